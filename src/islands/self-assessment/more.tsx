/**
 * The part of the self-assessment loaded only once the partner acts (types a figure, shares, exports,
 * imports, opens the Services Expert check) or has something saved to check: the answers schema
 * (zod/mini), re-scoring, share links, CSV and files. One module, so one request serves them all and the
 * first load stays small.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { actionPlan, actionPlanCsv } from '../../engine/action-plan.ts';
import { answerFields } from '../../engine/answer-fields.ts';
import { assess } from '../../engine/assess.ts';
import {
  MAX_FILE_BYTES,
  readAssessmentFile,
  writeAssessmentFile,
} from '../../persistence/assessment-file.ts';
import { checkDesignation } from '../../engine/designation.ts';
import { rulesHash } from '../../engine/hash.ts';
import type { AssessmentContext, CompetencyAssessment } from '../../engine/types.ts';
import { rescore, verdictsOf, type Verdicts } from '../../engine/versioning.ts';
import { designationModel } from '../../domain/designation.ts';
import { competencyFactIllustrative } from '../../domain/provenance.ts';
import { titleOf } from '../../domain/wording.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import { PORTFOLIO_SHARE_SLUG } from '../../persistence/formats.ts';
import { knownAnswers } from '../../persistence/known-answers.ts';
import { replacementOf, undoReplacement, type Replacement } from '../../persistence/replacement.ts';
import {
  changedIds,
  mergeAnswers,
  saveMerged,
  type Draft,
  type Entry,
  type SavedCompetency,
} from '../../persistence/merge-answers.ts';
import { decodeShare, encodeShare } from '../../persistence/share-link.ts';
import { readSaved, type ReadResult } from '../../persistence/storage.ts';
import { openGateway } from '../../persistence/storage-gateway.ts';
import { hasShare } from '../../persistence/share-fragment.ts';
import {
  clearSaved,
  readLastContext,
  storageKey,
  writeLastContext,
  type SavedContext,
  type StorageLike,
} from '../../persistence/storage-access.ts';
import { answerLabel, checkAnswers, parseAnswers } from '../../engine/answers.ts';
import {
  attentionNote,
  CLEAR_REFUSED,
  CLEARED_IN_TAB,
  changesNote,
  clearedNote,
  replacedNote,
  resetQuestion,
  UNDO_LABELS,
  UPDATED_FROM_TAB,
  FILE_REFUSED,
  importedNote,
  leftOutNote,
  LINK_COPIED,
  linkNote,
  notImported,
  OTHER_COMPETENCY,
  otherRulesNote,
  portfolioLinkNote,
  UNCHANGED,
  UNDONE,
  UNREADABLE_ANSWERS,
  usedSharedNote,
  fromFileNote,
  keptOwnNote,
} from '../../persistence/messages.ts';
import type { Answers } from '../../schemas/answers.ts';
import type { BusinessModelId, LevelId } from '../../schemas/ids.ts';
import { copyLink, type CopiedLink } from '../shared/clipboard.ts';
import { firstChoice, type Choice } from '../shared/context.ts';
import { contextOf, sameContext } from '../shared/offered-context.ts';
import { download } from '../shared/download.ts';
import { withBase } from '../../util/base-path.ts';
import { localDay } from '../../util/dates.ts';
import { isRecord } from '../../util/is-record.ts';
import { LinkField } from '../shared/LinkField.tsx';
import { MarkedValue } from '../shared/MarkedValue.tsx';
import { SharedBanner } from '../shared/SharedBanner.tsx';
import { PrintHead } from '../shared/PrintHead.tsx';
import { Announcer, spokenText } from '../shared/Announcer.tsx';
import { useFieldEdits, withoutKey } from '../shared/use-field-edits.ts';
import { fieldKit } from '../shared/field-kit.ts';
import { FieldNote } from '../shared/FieldNote.tsx';
import { forgetPending, readPending } from '../../persistence/pending-text.ts';
import type { IslandStorage } from '../shared/use-island-storage.ts';
import { AnswerInput } from './AnswerInput.tsx';
import { HowScored } from './HowScored.tsx';
import { followKeyboard, keepRowInView } from './row-in-view.ts';

// Rendered by the island once this module is loaded: it holds the only link box, shared-answers banner and
// printed first line.
export {
  answerFields,
  assess,
  changedIds,
  FieldNote,
  fieldKit,
  HowScored,
  mergeAnswers,
  openGateway,
  SharedBanner,
};

/** The box with the competency's share link, once made. */
export function ShareLinkField({ link }: { link: CopiedLink }) {
  return <LinkField id="sa-link" link={link} copied={LINK_COPIED.answers} />;
}

type Context = AssessmentContext;

/**
 * Answers shown read-only in place of the partner's own until they choose: from a share link, or from a
 * file (`file`, its name). `designation` the interim designation's answers that came along.
 */
export interface Shared {
  answers: Answers;
  context: Context;
  note: ComponentChildren;
  file?: string | undefined;
  designation?: Answers | undefined;
}

/**
 * The last replacement of the partner's answers (shared or imported answers used, a reset): the fields it
 * changed and the context before and after, so it can be undone until the next one (replacement.ts).
 */
export interface Undo extends Replacement {
  kind: keyof typeof UNDO_LABELS;
  context: { before: Context; after: Context };
}

/** What the island hands to the helpers here: its rules, and how to show a result or a problem. */
export interface Host {
  rules: CompetencyRules;
  /** The current rules hash. */
  rulesVersion: string;
  /** Every business model and region the page offers in its pickers. */
  models: readonly Choice<BusinessModelId>[];
  regions: readonly Choice[];
  /** Shows a problem in the alert region; the answers stay as they are. */
  alert: (text: string) => void;
  /** Shows what just happened in the status region. */
  info: (message: ComponentChildren) => void;
  /** The interim designation's rules, on an area competency. */
  servicesExpert?: CompetencyRules | undefined;
  /** The partner's own answers and context now. */
  answers: Answers;
  context: Context;
  /** Where answers are saved. */
  storage: IslandStorage;
  /** Shows answers from a share link or a file, read-only, in place of the partner's own. */
  show: (shared: Shared) => void;
  /** Replaces the partner's answers and context (saved by the island), with a message to show. */
  replace: (answers: Answers, context: Context, message: ComponentChildren) => void;
  /** The empty form's business model and region. */
  initial: { context: Context };
  /** The entry as last read from or written to the store (null before). */
  base: { current: Entry | null };
  /** Sets the partner's answers, from those shown now. */
  setAnswers: (update: (now: Answers) => Answers) => void;
  /** Sets the business model and region; `contextNow` holds the last set. */
  setContext: (context: Context) => void;
  contextNow: { readonly current: Context };
  /** Sets when the answers were last saved, in words. */
  setSavedAt: (at: string) => void;
  /** The last replacement, whose undo is offered until the next one. */
  undo: Undo | null;
  /** Keeps the last replacement to offer its undo, or forgets it (null). */
  setUndo: (undo: Undo | null) => void;
  /** Takes text into a field as if the partner typed it. */
  change: (id: string, text: string) => void;
}

/** The saved or linked business model and region if the page offers both in its pickers, else null. */
const hostContext = (host: Host, saved: { model: string; region: string }): Context | null =>
  contextOf(host.models, host.regions, saved);

const levelName = (level: LevelId | null): string => (level ? titleOf(level) : 'None');

const stateWords = {
  met: 'met',
  partial: 'partly met',
  unmet: 'not met',
  unanswered: 'not answered',
  absent: 'not asked',
};

/** Re-scores answers given under other rules; null when the rules are the current ones. */
function rulesNote(host: Host, version: string, ctx: Context, answers: Answers, verdicts?: Verdicts) {
  if (version === host.rulesVersion) return null;
  const { changes, changed } = rescore({ rulesHash: version, context: ctx, answers, verdicts }, host.rules);
  return (
    <>
      <p>
        {otherRulesNote()}
        {changes === null ? '' : changed ? ' What changed:' : ' No verdict changed.'}
      </p>
      {changes && changed && (
        <ul>
          {changes.achieved && (
            <li>
              Level achieved: {levelName(changes.achieved.before)} → {levelName(changes.achieved.after)}
            </li>
          )}
          {changes.requirements.map((c) => (
            <li key={`${c.level}-${c.id}`}>
              {c.label} at {titleOf(c.level)}: {stateWords[c.before]} → {stateWords[c.after]}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** When answers were saved, in words for the saved note, e.g. "Nov 28, 2026, 10:00 AM". */
const savedTime = (at: string): string => {
  const date = new Date(at);
  // A damaged time is left unsaid rather than shown as "Invalid Date".
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });
};

/**
 * Says why what is stored for a competency is left as it is (it cannot be read or understood, so no edit
 * writes over it: saveMerged refuses), offering the stored text as a file.
 */
function holdUnreadable(storage: IslandStorage, slug: string, saved: ReadResult & { status: 'invalid' }) {
  const { text } = saved;
  storage.say(
    <>
      {saved.message}{' '}
      {text !== undefined && (
        <button type="button" onClick={() => download(`${slug}-saved-data.txt`, text, 'text/plain')}>
          Download the saved data
        </button>
      )}
    </>,
  );
}

/** How a competency's entry is read, merged and saved, with the verdicts under its saved context. */
function competencyOf(host: Host, rules: CompetencyRules, rulesVersion: string): SavedCompetency {
  return {
    slug: rules.slug,
    rulesVersion,
    parse: parseAnswers,
    fit: (answers) => knownAnswers(rules, answers),
    score: (entry) => {
      const ctx = hostContext(host, entry.context);
      return ctx ? verdictsOf(assess(rules, ctx, entry.answers)) : undefined;
    },
  };
}

/** The labels of saved answers that could not be read, and how many named no field of the rules. */
function droppedOf(rules: CompetencyRules, ids: readonly string[] = []) {
  const labels = ids.map((id) => answerLabel(rules, id));
  return {
    refused: labels.filter((l) => l !== undefined),
    unknown: labels.length - labels.filter(Boolean).length,
  };
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

/**
 * Reads the saved assessment; `show` gets the entry (its answers checked against the current rules),
 * its context if the page offers it, when it was saved in words ('' when unknown), plus any note. What
 * cannot be read is left in place, saying so, and the island works in this tab.
 */
export function loadSaved(
  storage: IslandStorage,
  host: Host,
  show: (entry: Entry, context: Context | null, savedAt: string, note: ComponentChildren) => void,
): void {
  const saved = readSaved(storage.current, host.rules.slug, parseAnswers);
  if (saved.status === 'invalid') return holdUnreadable(storage, host.rules.slug, saved);
  // Text typed but not an answer yet comes back into its field, with its message or question, once the
  // saved answers are shown.
  const pending = {
    ...(saved.status === 'ok' ? saved.texts : undefined),
    ...readPending(storage.current, host.rules.slug),
  };
  queueMicrotask(() => {
    for (const [id, text] of Object.entries(pending)) host.change(id, text);
  });
  if (saved.status === 'empty') return;
  const env = saved.envelope;
  const ctx = hostContext(host, env.context);
  const note = ctx && rulesNote(host, env.rulesVersion, ctx, env.answers, env.verdicts);
  // Ids the rules dropped are expected after a change of rules; a value that no longer fits, or that
  // could not be read at all, is named.
  const checked = checkAnswers(env.answers, host.rules);
  const dropped = droppedOf(host.rules, saved.dropped);
  const leftOut = leftOutNote({
    refused: [...dropped.refused, ...(checked?.refused ?? [])],
    unknown: dropped.unknown,
  });
  show(
    { answers: checked?.answers ?? {}, context: env.context, changed: env.changed ?? {} },
    ctx,
    savedTime(env.savedAt),
    (note || leftOut) && [
      leftOut && <p>{leftOut}</p>,
      note && [<p>Your saved answers were re-scored.</p>, note],
    ],
  );
}

/** The interim designation's saved answers, to travel with the area's link or export; undefined without. */
function designationPayload(host: Host) {
  const se = host.servicesExpert;
  if (!se) return undefined;
  const saved = readSaved(host.storage.current, se.slug, parseAnswers);
  if (saved.status !== 'ok') return undefined;
  return { slug: se.slug, rulesVersion: rulesHash(se), answers: saved.envelope.answers };
}

/** The interim designation's answers that came with a link or file, checked against its rules. */
function designationOf(host: Host, carried: { slug: string; answers: unknown } | undefined) {
  const se = host.servicesExpert;
  if (!se || carried?.slug !== se.slug) return undefined;
  const checked = checkAnswers(carried.answers, se);
  return checked && Object.keys(checked.answers).length > 0 ? checked.answers : undefined;
}

/**
 * Reads the share link in the location: `host.show` gets its answers and context, or `host.alert` the
 * problem; a link pasted into the tab brings the widget into view (`scrollTo`).
 */
export function openShare(host: Host, scrollTo?: HTMLElement | null): void {
  scrollTo?.scrollIntoView();
  const unchanged = ` ${UNCHANGED}`;
  const decoded = decodeShare(location.hash);
  if (!decoded.ok) return host.alert(decoded.message + unchanged);
  const value = decoded.value;
  if (value.slug === PORTFOLIO_SHARE_SLUG) return host.alert(portfolioLinkNote(host.rules.title) + unchanged);
  if (value.slug !== host.rules.slug) return host.alert(OTHER_COMPETENCY + unchanged);
  const checked = checkAnswers(value.answers, host.rules);
  const ctx = hostContext(host, value.context);
  if (checked === null || ctx === null) return host.alert(UNREADABLE_ANSWERS + unchanged);
  const leftOut = leftOutNote(checked);
  host.show({
    answers: checked.answers,
    context: ctx,
    note: [leftOut && <p>{leftOut}</p>, rulesNote(host, value.rulesVersion, ctx, checked.answers)],
    designation: designationOf(host, value.designation),
  });
}

/** The share link of the answers, and whether it reached the clipboard. */
export async function shareLink(host: Host, context: Context, answers: Answers): Promise<CopiedLink> {
  const fragment = encodeShare({
    slug: host.rules.slug,
    rulesVersion: host.rulesVersion,
    context: { model: context.businessModel, region: context.region },
    answers,
    designation: designationPayload(host),
  });
  const link = await copyLink(`${location.origin}${location.pathname}${location.search}#${fragment}`);
  host.info(linkNote(link.copied));
  return link;
}

/** Downloads the action plan (CSV) or the answers (JSON) of the partner's own assessment. */
export function exportFile(
  host: Host,
  kind: 'csv' | 'json',
  own: CompetencyAssessment,
  answers: Answers,
): void {
  const slug = host.rules.slug;
  if (own.status !== 'assessed') return host.alert(`Nothing to export: ${own.message}`);
  if (kind === 'csv') {
    return download(
      `${slug}-action-plan.csv`,
      actionPlanCsv(
        actionPlan(own, host.rules, {
          exportDate: localDay(new Date()),
          models: host.models,
          regions: host.regions,
        }),
      ),
      'text/csv;charset=utf-8',
    );
  }
  const text = writeAssessmentFile({
    slug,
    title: host.rules.title,
    rulesVersion: host.rulesVersion,
    context: { model: own.context.businessModel, region: own.context.region },
    answers,
    verdicts: verdictsOf(own),
    designation: designationPayload(host),
    exportedAt: new Date().toISOString(),
  });
  download(`${slug}-self-assessment.json`, text, 'application/json');
}

/** Saves the interim designation's answers that came with a link or file, over what is saved for it. */
function takeDesignation(host: Host, answers: Answers | undefined, region: string): void {
  const se = host.servicesExpert;
  const model = se && designationModel(se);
  if (!se || !model || !answers) return;
  saveMerged(host.storage.current, competencyOf(host, se, rulesHash(se)), null, {
    answers,
    context: { model, region },
  });
}

/**
 * Replaces every answer (the island saves them), with a message, and keeps `undo` to offer until the next
 * replacement, forgetting the text of fields that were not answers yet; `undo` is null when this undoes the
 * last one, and then what was typed since stays as typed.
 */
function replaceAll(
  host: Host,
  answers: Answers,
  context: Context,
  message: ComponentChildren,
  undo: Undo | null,
): void {
  if (undo) forgetPending(host.storage.current, host.rules.slug);
  host.replace(answers, context, message);
  host.setUndo(undo);
}

/** The labels of the fields given, as the current rules name them. */
const labelsOf = (host: Host, ids: readonly string[]): string[] =>
  ids.map((id) => answerLabel(host.rules, id) ?? id);

/** The record of replacing the partner's answers and context with these, to undo it. */
const undoOf = (host: Host, kind: Undo['kind'], answers: Answers, context: Context): Undo => ({
  kind,
  ...replacementOf(host.answers, answers),
  context: { before: host.context, after: context },
});

/**
 * The button that undoes the last replacement, shown until the next one: it puts back the fields the
 * replacement changed, and the context, unless the partner changed them since.
 */
export function UndoButton({ host }: { host: Host }) {
  const { undo } = host;
  if (!undo) return null;
  const { context } = undo;
  const back = (): void =>
    replaceAll(
      host,
      undoReplacement(host.answers, undo),
      sameContext(host.context, context.after) ? context.before : host.context,
      UNDONE,
      null,
    );
  return (
    <p class="sa-undo">
      <button type="button" onClick={back}>
        {UNDO_LABELS[undo.kind]}
      </button>
    </p>
  );
}

/**
 * Leaves shared or imported answers: with `use` they become the partner's own (saved by the island), with
 * a button to undo it until the next replacement; else they are set aside. Either way a link leaves the address, so
 * a reload shows the partner's own answers.
 */
export function leaveShared(host: Host, use: boolean, shared: Shared): void {
  const { file } = shared;
  if (use) {
    takeDesignation(host, shared.designation, shared.context.region);
    writeLastContext(host.storage.current, {
      model: shared.context.businessModel,
      region: shared.context.region,
    });
    const r = replacementOf(host.answers, shared.answers);
    const message = replacedNote(
      file === undefined ? usedSharedNote(host.storage.framed) : importedNote(file),
      labelsOf(host, r.changed),
      labelsOf(host, r.cleared),
    );
    const kind = file === undefined ? 'shared' : 'imported';
    replaceAll(
      host,
      shared.answers,
      shared.context,
      message,
      undoOf(host, kind, shared.answers, shared.context),
    );
  } else host.info(keptOwnNote(file !== undefined));
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** Keeps the row of the field that took the focus in view, now and as the keyboard opens (row-in-view.ts). */
export function focused(target: EventTarget | null): void {
  followKeyboard();
  keepRowInView(target);
}

/** Reads out the result bar (level and readiness) once typing pauses; the bar itself is no live region. */
export function ResultSaid({ result }: { result: CompetencyAssessment }) {
  return <Announcer watch={result} say={(me) => spokenText(me.closest('.sa')?.querySelector('.sa-bar'))} />;
}

/** The printed report's first line: the competency, business model and region, the day and the rules version. */
export function ReportHead({ rules, situation }: { rules: CompetencyRules; situation: string }) {
  return (
    <PrintHead what={`${rules.title} self-assessment`} situation={situation}>
      {' '}
      <MarkedValue
        text={`Rules version ${rules.version}`}
        illustrative={competencyFactIllustrative(rules, 'version')}
      />
      .
    </PrintHead>
  );
}

/**
 * The banner over shared or imported answers, asking before they replace the partner's own and saying what
 * that would change in the answers the partner has now.
 */
export function Banner(props: { host: Host; shared: Shared; leave: (use: boolean) => void }) {
  const { file, note, answers } = props.shared;
  const r = replacementOf(props.host.answers, answers);
  const changes = changesNote(labelsOf(props.host, r.changed), labelsOf(props.host, r.cleared));
  return (
    <SharedBanner
      id="sa-shared-h"
      level={3}
      title={file === undefined ? 'Viewing shared answers' : 'Viewing imported answers'}
      text={file === undefined ? undefined : fromFileNote(file)}
      file={file !== undefined}
      note={[<p>{changes}</p>, note]}
      leave={props.leave}
    />
  );
}

/**
 * Saves the partner's own answers and context with their verdicts, merged field by field with what another
 * tab may have saved since this one last read the store (`base`). Returns what is stored now and when it
 * was saved, in words ('' when nothing new was written), or null when what is stored cannot be read (then
 * left as it is, saying so). Where the browser refuses to save, the gateway keeps it in this tab.
 */
export function saveOwn(
  storage: IslandStorage,
  host: Host,
  base: Entry | null,
  answers: Answers,
  context: Context,
): { entry: Entry; at: string } | null {
  const draft = { answers, context: { model: context.businessModel, region: context.region } };
  const saved = saveMerged(storage.current, competencyOf(host, host.rules, host.rulesVersion), base, draft);
  if (!saved.ok) {
    holdUnreadable(storage, host.rules.slug, saved.read);
    return null;
  }
  return saved.entry && { entry: saved.entry, at: savedTime(saved.savedAt) };
}

/**
 * Takes what is stored now as the last entry known: answers changed here since `was` (the entry last
 * known, or what a save just wrote from) stay as typed, and a business model or region picked in another
 * tab replaces this tab's unless it was picked here since.
 */
export function adopt(host: Host, entry: Entry | null, was: Draft | null = host.base.current): void {
  host.base.current = entry;
  host.setAnswers((now) => mergeAnswers(was?.answers ?? {}, now, entry?.answers ?? {}));
  if (entry) host.setContext(followContext(host, was, entry, host.contextNow.current));
}

/**
 * Saves the answers and context of a render, changed since the entry they were shown from (`known`), and
 * takes what was saved: edits made since that render stay (a field emptied and typed again among them),
 * the rest is what was saved, other tabs' fields included.
 */
export function saveEdits(host: Host, known: Entry | null, answers: Answers, context: Context): void {
  const saved = saveOwn(host.storage, host, known, answers, context);
  if (!saved) return;
  adopt(host, saved.entry, { answers, context: { model: context.businessModel, region: context.region } });
  if (saved.at) host.setSavedAt(saved.at);
}

/**
 * Takes what another tab saved or removed (a `storage` event), writing back what this tab saved that the
 * other tab's write lacked: `show` gets what is stored now with a note, when it differs from what this
 * tab last knew (`base`); null when another tab cleared it.
 */
export function syncSaved(
  storage: IslandStorage,
  host: Host,
  base: Entry | null,
  show: (entry: Entry | null, note: ComponentChildren) => void,
): void {
  const saved = saveMerged(storage.current, competencyOf(host, host.rules, host.rulesVersion), base, null);
  if (!saved.ok) return holdUnreadable(storage, host.rules.slug, saved.read);
  const { entry } = saved;
  if (entry === null) return void (base && show(null, CLEARED_IN_TAB));
  if (base && sameAs(base, entry)) return;
  show(entry, UPDATED_FROM_TAB);
}

/** Whether an entry's answers and context are those of another. */
const sameAs = (a: Entry, b: Entry): boolean =>
  changedIds(a.answers, b.answers).length === 0 && sameSavedContext(a.context, b.context);

const sameSavedContext = (a: SavedContext, b: SavedContext): boolean =>
  a.model === b.model && a.region === b.region;

/**
 * The context to show once `entry` is what is stored: its own, when the page still shows the one it last
 * knew (`was`; none yet) and the page offers it; else the page's (`now`), picked here since. A change
 * goes into the address too, as a pick does, so that a reload keeps it.
 */
export function followContext(host: Host, was: Draft | null, entry: Entry, now: Context): Context {
  const shown = { model: now.businessModel, region: now.region };
  if ((was && !sameSavedContext(was.context, shown)) || sameSavedContext(entry.context, shown)) return now;
  const next = hostContext(host, entry.context);
  if (!next) return now;
  putInAddress(next);
  return next;
}

/** Puts the business model and region into the page's address, so that a reload or a copied address keeps them. */
const putInAddress = (context: Context): void =>
  history.replaceState(
    history.state,
    '',
    `?model=${context.businessModel}&region=${context.region}${location.hash}`,
  );

/** Keeps a business model and region the partner picked: for the other pages, and in the address. */
export function picked(storage: IslandStorage, context: Context): void {
  writeLastContext(storage.current, { model: context.businessModel, region: context.region });
  putInAddress(context);
}

/**
 * Removes the saved answers (Reset): what to say, and whether they are gone. Only a removal the browser
 * made counts: when it refuses, the answers stay saved and shown.
 */
export function clearOwn(host: Host): { cleared: boolean; note: string } {
  const { storage } = host;
  if (!clearSaved(storage.current, host.rules.slug)) return { cleared: false, note: CLEAR_REFUSED };
  storage.say(null);
  const undo = undoOf(host, 'reset', {}, host.context);
  host.setUndo(undo);
  return { cleared: true, note: clearedNote(labelsOf(host, Object.keys(undo.before))) };
}

/** The inline confirmation before every answer is cleared; it takes the focus when it opens. */
export function ConfirmReset(props: { host: Host; clear: () => void; cancel: () => void }) {
  const { host } = props;
  const clear = useRef<HTMLButtonElement>(null);
  useEffect(() => clear.current?.focus(), []);
  return (
    <div
      class="sa-confirm"
      role="group"
      aria-labelledby="sa-confirm-q"
      onKeyDown={(e) => e.key === 'Escape' && props.cancel()}
    >
      <p id="sa-confirm-q">{resetQuestion(host.rules.title, labelsOf(host, Object.keys(host.answers)))}</p>
      <p class="sa-buttons">
        <button type="button" class="sa-danger" ref={clear} onClick={props.clear}>
          Clear answers
        </button>
        <button type="button" onClick={props.cancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}

/** Prints the report: on paper the page is the report alone (assessment.css). */
export function printReport(): void {
  window.print();
}

/** The catalogue's titles by slug (the site's own file), loaded once; none when it cannot be read. */
let titlesLoaded: Promise<Readonly<Record<string, string>>> | undefined;
function catalogueTitles(): Promise<Readonly<Record<string, string>>> {
  titlesLoaded ??= fetch(withBase(import.meta.env.BASE_URL, '/competencies/titles.json'))
    .then((r) => (r.ok ? r.json() : {}))
    .then((v: unknown) => (isRecord(v) ? (v as Record<string, string>) : {}))
    .catch(() => ({}));
  return titlesLoaded;
}

/**
 * Reads a file chosen in the input and shows its answers read-only, saying what using them would change,
 * until the partner chooses; or alerts why not and changes nothing.
 */
export async function importFile(host: Host, input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  // A status from an earlier import must not stand next to this one's outcome.
  host.info(null);
  const refuse = (why: string) => host.alert(notImported(why));
  if (file.size > MAX_FILE_BYTES) return refuse(FILE_REFUSED.tooLarge);
  let text: string;
  try {
    text = await file.text();
  } catch {
    return refuse(FILE_REFUSED.unread);
  }
  const { rules } = host;
  const titles = await catalogueTitles();
  const read = readAssessmentFile(text, rules.slug, rules.title, rules, (slug) => titles[slug]);
  if (!read.ok) return host.alert(read.message);
  const ctx = hostContext(host, read.value.context);
  if (ctx === null) return refuse(FILE_REFUSED.unknownContext);
  const { answers, rulesVersion, verdicts, leftOut } = read.value;
  host.show({
    answers,
    context: ctx,
    file: file.name,
    designation: designationOf(host, read.value.designation),
    note: [leftOut && <p>{leftOut}</p>, rulesNote(host, rulesVersion, ctx, answers, verdicts)],
  });
}

/** The fields of a form whose text cannot be read, for the verdict to name; null when none. */
export function needsAttention(
  fields: readonly { id: string; requirement: { label: string } }[],
  errors: Readonly<Record<string, unknown>>,
): string | null {
  return attentionNote(fields.filter((f) => errors[f.id] !== undefined).map((f) => f.requirement.label));
}

/**
 * The Services Expert check on an area competency: the designation's own requirements (answered here and
 * saved under the designation, so its own page shows them too) and its one verdict (checkDesignation), the
 * same as on its own page and in the portfolio.
 */
export function ServicesExpert(props: {
  designation: CompetencyRules;
  area: CompetencyAssessment;
  store: StorageLike;
  disabled: boolean;
  levels: Readonly<Record<string, string>>;
  /** The designation's answers that came with a share link or file, shown in place of the saved ones. */
  shared?: Answers | undefined;
}) {
  const { designation, area, store, disabled, levels } = props;
  // The business model whose Expert level the designation stands in for, from its content.
  const model = designationModel(designation);
  const fields = useMemo(() => (model ? answerFields(designation, model) : []), [designation, model]);
  const [answers, setAnswers] = useState<Answers>({});
  // The answers as last changed, so two quick edits in a row both count.
  const latest = useRef(answers);
  latest.current = answers;
  // The entry as last read from or written to storage: what another tab changed since is kept on a write.
  const base = useRef<Entry | null>(null);
  // Why what is saved is left alone (it cannot be read), or '' while it can be.
  const [held, setHeld] = useState('');
  const edits = useFieldEdits(() => Promise.resolve(fieldKit({ current: store }, designation.slug)));
  const competency: SavedCompetency = {
    slug: designation.slug,
    rulesVersion: rulesHash(designation),
    parse: parseAnswers,
    fit: (a) => knownAnswers(designation, a),
  };
  /**
   * Saves `edited` (null: only takes what another tab saved) merged with what is stored, and shows the
   * result. Unreadable saved data is never written over: the edit then counts here only.
   */
  const merge = (edited: Answers | null): void => {
    const context = { model: model ?? '', region: area.context.region };
    const saved = saveMerged(store, competency, base.current, edited && { answers: edited, context });
    const before = base.current?.answers ?? {};
    const mine = edited ?? latest.current;
    if (saved.ok) base.current = saved.entry;
    else setHeld(saved.read.message);
    // Edits not saved yet (relative to what was last read) stay; the rest is what is stored now.
    latest.current = saved.ok ? mergeAnswers(before, mine, saved.entry?.answers ?? {}) : mine;
    setAnswers(latest.current);
  };
  // The newest handlers, for what is set up once below.
  const handlersRef = useRef({ merge, change });
  useEffect(() => {
    handlersRef.current = { merge, change };
  });
  useEffect(() => {
    const take = () => handlersRef.current.merge(null);
    take();
    for (const [id, text] of Object.entries(readPending(store, designation.slug)))
      handlersRef.current.change(id, text);
    // Another tab saved or removed the designation's answers, or cleared the site's data.
    const onStorage = (e: StorageEvent) =>
      (e.key === null || e.key === storageKey(designation.slug)) && take();
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, [store, designation.slug]);
  const shown = props.shared ?? answers;
  const verdict = checkDesignation(designation, area.context.region, shown);

  function change(id: string, value: string | boolean): void {
    const field = fields.find((f) => f.id === id);
    if (!field || !model) return;
    void edits.edit(id, value, field.requirement, (read) =>
      merge(read === undefined ? withoutKey(latest.current, id) : { ...latest.current, [id]: read }),
    );
  }

  return (
    <>
      <fieldset class="sa-fields" disabled={disabled}>
        <legend>{designation.title} requirements</legend>
        <p>
          {designation.summary} These answers are shared with the {designation.title} page in this browser.
        </p>
        {held && <p>{held}</p>}
        {fields.map((f) => (
          <AnswerInput
            key={f.id}
            field={f}
            prefix="sa-se"
            levels={levels}
            value={shown[f.id]}
            text={props.shared ? undefined : edits.texts[f.id]}
            error={props.shared ? undefined : edits.errors[f.id]}
            onChange={change}
            Note={FieldNote}
          />
        ))}
      </fieldset>
      <div role="status" class="sa-panel">
        <p>
          {verdict.title}: <strong>{verdict.headline}</strong>.{' '}
          {verdict.outcome === 'missing' ? `${verdict.progress ?? ''}. Still missing:` : verdict.summary}
        </p>
        {verdict.outcome === 'missing' && (
          <ul>
            {verdict.missing.map((m) => (
              <li key={m.id}>
                {m.label}: <MarkedValue text={m.gap} illustrative={m.illustrative} />.
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
