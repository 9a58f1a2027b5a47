/**
 * The part of the self-assessment loaded only once the partner acts (types a figure, shares, exports,
 * imports, opens the Services Expert check) or has something saved to check: the answers schema
 * (zod/mini), re-scoring, saving, share links, files, reset and undo. The one entry of that part: it
 * re-exports what the island uses from the modules beside it (saving.tsx, sharing.tsx, files.tsx,
 * reset-undo.tsx, ServicesExpert.tsx), so one request serves them all and the first load stays small.
 */
import type { AssessmentContext, CompetencyAssessment } from '../../engine/types.ts';
import { answerFields as fieldsOf } from '../../engine/answer-fields.ts';
import { assess as scored } from '../../engine/assess.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import type { Answers } from '../../schemas/answers.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import { competencyFactIllustrative, marked } from '../../domain/provenance.ts';
import { hasShare } from '../../persistence/share-fragment.ts';
import { readLastContext } from '../../persistence/storage-access.ts';
import { mergeAnswers } from '../../persistence/merge-answers.ts';
import { attentionNote } from '../../persistence/messages.ts';
import { firstChoice } from '../shared/context.ts';
import { MarkedText } from '../shared/MarkedText.tsx';
import { fillParts } from '../../text/fill-parts.ts';
import { PrintHead } from '../shared/PrintHead.tsx';
import { Announcer, spokenText } from '../shared/Announcer.tsx';
import { textOf, type Host } from './host.ts';
import { openGateway } from '../../persistence/storage-gateway.ts';
import type { OpenGateway } from '../shared/use-island-storage.ts';
import { islandTranslator, type IslandWords } from '../../text/translate.ts';
import { loadSaved } from './saving.tsx';
import { openShare } from './sharing.tsx';
import { followKeyboard, keepFocusedRowInView } from './row-in-view.ts';
import { withheldFor } from './withheld-shown.ts';
import { fieldNoteIn as plainNoteIn } from '../shared/FieldNote.tsx';
import { recordNoteIn } from '../shared/record-on.tsx';
import { RecordDay, standingWithRecord } from './record.tsx';
import { UndoButton } from './reset-undo.tsx';
import { Kept } from './kept.tsx';

// Used by the island once this part is loaded: scoring, the field reader, the storage gateway, and the
// components it renders (the only link box, shared-answers banner and printed first line among them).
export { changedIds, mergeAnswers } from '../../persistence/merge-answers.ts';
export { fieldKit } from '../shared/field-kit.ts';
export { SharedBanner } from '../shared/SharedBanner.tsx';
export { HowScored } from './HowScored.tsx';
export type { Host, Shared, Undo } from './host.ts';
export { followTab, pick, saveEdits, saveOwn } from './saving.tsx';
export { Banner, Forward, openShare, shareLink } from './sharing.tsx';
export { PackButtons } from './pack.tsx';
export { exportFile, importFile, printReport } from './files.tsx';
export { ConfirmReset, leaveShared } from './reset-undo.tsx';
export { ServicesExpert } from './ServicesExpert.tsx';
export { Announced } from './announced.tsx';
// Renders wait for the paint of the edit that asked for them, once this part is in (paint-first.ts).
export { renderNow } from '../shared/paint-first.ts';

type Context = AssessmentContext;

/** The answer fields of a business model, in the words the page handed the island. */
export const answerFields = (words: IslandWords, rules: CompetencyRules, model: BusinessModelId) =>
  fieldsOf(rules, model, islandTranslator(words));

/**
 * The competency scored for answers, in the words the page handed the island: the partner's own answers
 * over the figures of the record stored here, on its day (standingWithRecord); shared answers (`shared`)
 * as they are, with the verdicts a sender kept for money figures they left out (withheld-shown.ts).
 */
export const assess = (
  words: IslandWords,
  rules: CompetencyRules,
  context: Context,
  answers: Answers,
  shared?: boolean,
): CompetencyAssessment =>
  (!shared && standingWithRecord('sa', rules, context, answers, { words })?.assessment) ||
  scored(rules, context, answers, islandTranslator(words), undefined, withheldFor(rules.slug, answers));

/**
 * What a field says under its box (FieldNote), in the words the page handed the island; under the partner's
 * own answers, with the record's figure and where it came from (recordNoteIn).
 */
export const fieldNoteIn = (words: IslandWords, shared?: unknown) =>
  shared ? plainNoteIn(words) : recordNoteIn(words);

/**
 * What shows above the partner's own answers: the day of the record's figures, once a record is stored
 * (RecordDay), the button that undoes the last replacement, and the note that a snapshot was kept (Kept).
 */
export function AboveOwn({ host }: { host: Host }) {
  return (
    <>
      <RecordDay host={host} />
      <UndoButton host={host} />
      <Kept host={host} />
    </>
  );
}

/**
 * The business model and region to show: those the address asks for, else those saved with the answers
 * (`saved`), else the last ones used on any page, else the empty form's.
 */
function chooseContext(host: Host, saved: Context | null): Context {
  const query = new URLSearchParams(location.search);
  const last = readLastContext(host.storage.current);
  const { models, regions, initial } = host;
  return {
    businessModel:
      firstChoice(models, [query.get('model'), saved?.businessModel, last?.model]) ??
      initial.context.businessModel,
    region:
      firstChoice(regions, [query.get('region'), saved?.region, last?.region]) ?? initial.context.region,
  };
}

/**
 * What the island reads first, once this code has loaded: the business model and region to show, what is
 * saved (under edits made while this loaded, such as a box ticked as the page woke) and a share link.
 */
export function readFirst(host: Host): void {
  host.setContext(chooseContext(host, null));
  loadSaved(host.storage, host, (entry, ctx, at, note) => {
    host.base.current = entry;
    host.setAnswers((now) => mergeAnswers({}, now, entry.answers));
    host.setSavedAt(at);
    host.setContext(chooseContext(host, ctx));
    host.info(note);
  });
  if (hasShare(location.hash)) openShare(host);
}

/** Opens the storage gateway, which says in the page's words what the browser refuses. */
export const opener =
  (words: IslandWords): OpenGateway =>
  (get, say) =>
    openGateway(get, say, islandTranslator(words));

/** Keeps the row of the field that took the focus in view, now and as the keyboard opens (row-in-view.ts). */
export function focused(target: EventTarget | null): void {
  followKeyboard();
  keepFocusedRowInView(target);
}

/** Reads out the result bar (level and readiness) once typing pauses; the bar itself is no live region. */
export function ResultSaid({ result, words }: { result: CompetencyAssessment; words: IslandWords }) {
  return (
    <Announcer
      watch={result}
      say={(me) => spokenText(me.closest('.sa')?.querySelector('.sa-bar'), islandTranslator(words))}
    />
  );
}

/** The printed report's first line: the competency, business model and region, the day and the rules version. */
export function ReportHead(props: { data: Pick<Host, 'rules' | 'words'>; situation: string }) {
  const { rules } = props.data;
  const t = textOf(props.data);
  return (
    <PrintHead t={t} what={t('more.reportHead', { competency: rules.title })} situation={props.situation}>
      <MarkedText
        value={fillParts(t.raw('list.then'), {
          first: '',
          then: marked(
            t('more.rulesVersion', { version: rules.version }),
            competencyFactIllustrative(rules, 'version'),
          ),
        })}
      />
      {t('list.stop')}
    </PrintHead>
  );
}

/** The fields of a form whose text cannot be read, for the verdict to name; null when none. */
export function needsAttention(
  host: Pick<Host, 'words'>,
  fields: readonly { id: string; requirement: { label: string } }[],
  errors: Readonly<Record<string, unknown>>,
): string | null {
  return attentionNote(
    textOf(host),
    fields.filter((f) => errors[f.id] !== undefined).map((f) => f.requirement.label),
  );
}
