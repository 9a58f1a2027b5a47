/**
 * The part of the portfolio assessment loaded only when needed: scoring and the roll-up (the first view
 * comes with the page), the answers schema (to read saved answers and typed figures), saving with
 * verdicts, the share link, the JSON export and the combined action plan (CSV). Kept out of the first load so the page stays within its
 * JavaScript budget.
 */
import {
  actionPlanCsv,
  plannedCompetencies,
  portfolioPlanGroups,
  type ActionPlanRow,
} from '../../engine/action-plan.ts';
import { assess } from '../../engine/assess.ts';
import { portfolioView, type PortfolioView, type PortfolioWithheld } from '../../engine/portfolio.ts';
import type { AssessmentContext } from '../../engine/types.ts';
import {
  decodePortfolioShare,
  MAX_PORTFOLIO_FILE_BYTES,
  readOpenedShare,
  readPortfolioFile,
  type UncheckedPayload,
} from '../../persistence/portfolio-file.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import { knownAnswers } from '../../persistence/known-answers.ts';
import { checkRulesFile } from '../../persistence/portfolio-rules.ts';
import { readSaved } from '../../persistence/storage.ts';
import { openGateway } from '../../persistence/storage-gateway.ts';
import type { StorageLike } from '../../persistence/storage-access.ts';
import {
  entryOf,
  mergeAnswers,
  saveMerged,
  type Entry,
  type Merged,
} from '../../persistence/merge-answers.ts';
import { verdictsOf } from '../../engine/versioning.ts';
import { answerLabel, answerRequirement, checkAnswers, parseAnswers } from '../../engine/answers.ts';
import { readPending } from '../../persistence/pending-text.ts';
import type { Requirement } from '../../schemas/requirement.ts';
import { fieldKit } from '../shared/field-kit.ts';
// Renders wait for the paint of the edit that asked for them, once this part is in.
import '../shared/paint-first.ts';
import {
  portfolioReplacementOf,
  replacementOf,
  undoPortfolioReplacement,
  type PortfolioReplacement,
  type PortfolioState,
} from '../../persistence/replacement.ts';
import {
  attentionNote,
  emptyPlanNote,
  leftOutNote,
  notImported,
  otherRulesNote,
  ownContextNote,
  portfolioChangesNote,
  scoredFor,
  unknownEntriesNote,
  unreadableNote,
  usedSharedNote,
} from '../../persistence/messages.ts';
import type { IslandWords, Translate } from '../../text/translate.ts';
import type { OpenGateway } from '../shared/use-island-storage.ts';
import { islandTranslator } from '../../text/translate.ts';
import type { Answers } from '../../schemas/answers.ts';
import { download } from '../shared/download.ts';
import { contextOf, sameContext } from '../shared/offered-context.ts';
import { openText } from '../shared/sealing.ts';
import type { Choice } from '../shared/context.ts';
import { localDay } from '../../util/dates.ts';
import { importAgain } from '../shared/load-once.ts';
import { countedPeople } from '../../engine/record-figures.ts';
import type { RollUpTier } from '../../engine/rollup.ts';
import { PrintHead, situationOf } from '../shared/PrintHead.tsx';
import { Announcer, spokenText } from '../shared/Announcer.tsx';
import { PrintedPlan } from './PrintedPlan.tsx';
import { AnnouncedVerdict } from './announced.tsx';
import { recordAnswers, recordEnteredBy, type RecordScored } from './record.ts';
import { DayField, recordOn, recordNoteIn as fieldNoteIn } from '../shared/record-on.tsx';
import { takeSnapshot } from '../shared/snapshot-take.ts';
import { Kept } from './kept.tsx';
import { keepWith } from '../shared/snapshot-keep.ts';
import { diffStandings } from '../../engine/snapshot-diff.ts';
import { heldLevelTitle } from '../../domain/wording.ts';
import { readSnapshots, SNAPSHOTS_KEY, snapshotList, writeSnapshots } from '../../persistence/snapshots.ts';
import { checkWithheld, type Withheld } from '../../engine/withheld.ts';
import {
  exportFile,
  Forward,
  forwarding,
  keepWithheld,
  keptWithheld,
  PortfolioBanner,
  ShareLinkBox,
  shareLink,
  withheldNotes,
  type Said,
} from './forwarding.tsx';

// Used by the island once this module is loaded: the check of the rules file fetched with it, the view for
// every context, choice and answers after the first, the field reader, the check of a saved or linked
// context and the comparison of two, the partner record and its day (the answers it gives, the day field,
// each field's note with the record's figure), forwarding (the link and the file as chosen, the verdicts
// kept for money figures left out), and the options with the link box, the shared-portfolio banner or its
// passphrase prompt, printed first line and live region it renders, and the note that a snapshot was kept
// when a level or the tier changed.
// The progress page loads this module too, for the snapshots: reading, writing and taking them, their
// comparison, and the labels of answers and levels it shows. The competency page and the partner record's page
// load it once their changes settle, to keep a snapshot when a level or the tier moved (keepWith).
export {
  AnnouncedVerdict,
  Announcer,
  answerLabel,
  attentionNote,
  checkRulesFile,
  contextOf,
  DayField,
  diffStandings,
  exportFile,
  fieldNoteIn,
  fieldKit,
  Forward,
  forwarding,
  heldLevelTitle,
  keepWith,
  keepWithheld,
  Kept,
  keptWithheld,
  mergeAnswers,
  ownContextNote,
  portfolioView,
  PortfolioBanner,
  PrintedPlan,
  PrintHead,
  recordAnswers,
  recordOn,
  readSnapshots,
  sameContext,
  scoredFor,
  ShareLinkBox,
  shareLink,
  situationOf,
  SNAPSHOTS_KEY,
  snapshotList,
  spokenText,
  takeSnapshot,
  unreadableNote,
  usedSharedNote,
  withheldNotes,
  writeSnapshots,
};
export type { Said };

/** Opens the storage gateway, which says in the page's words what the browser refuses. */
export const opener =
  (words: IslandWords): OpenGateway =>
  (get, say) =>
    openGateway(get, say, islandTranslator(words));

type Context = AssessmentContext;

/** What the portfolio read of the competencies saved in this browser. */
export interface SavedPortfolio {
  /** Each competency's saved entry (answers, context, when each changed), by slug. */
  entries: Record<string, Entry>;
  /** A note for each one that could not be read or was re-scored. */
  notes: string[];
  /** The titles of the competencies whose saved entry could not be read, left as it is. */
  unreadable: string[];
}

/** Every competency's saved entry, and a note for each one that could not be read or was re-scored. */
export function readAll(
  t: Translate,
  store: StorageLike,
  list: readonly CompetencyRules[],
  versions: Readonly<Record<string, string>>,
): SavedPortfolio {
  const read: SavedPortfolio = { entries: {}, notes: [], unreadable: [] };
  for (const rules of list) {
    const saved = readSaved(store, rules.slug, parseAnswers);
    if (saved.status === 'empty') continue;
    if (saved.status === 'invalid') {
      read.notes.push(t('portfolio.titled', { title: rules.title, note: t(`msg.saved.${saved.why}`) }));
      read.unreadable.push(rules.title);
      continue;
    }
    const entry = entryOf(saved, (answers) => knownAnswers(rules, answers));
    if (entry) read.entries[rules.slug] = entry;
    if (saved.envelope.rulesVersion !== versions[rules.slug]) {
      read.notes.push(otherRulesNote(t, rules.title));
    }
  }
  return read;
}

/**
 * Saves one competency's answers where its own page reads them, scored for `context`, merged field by
 * field with what another tab saved since this page last read it (`base`); without answers, only takes
 * what is stored and writes back what this page saved that another tab's write lacked. What is stored but
 * cannot be read or understood (a newer version, damage) is left as it is (`ok: false`): the answers then
 * live only on this page, as the note from readAll says.
 */
export function save(
  store: StorageLike,
  rules: CompetencyRules,
  rulesVersion: string,
  context: Context,
  base: Entry | null,
  answers: Answers | null,
  w: Translate,
): Merged {
  const saved = { model: context.businessModel, region: context.region };
  return saveMerged(
    store,
    {
      slug: rules.slug,
      rulesVersion,
      parse: parseAnswers,
      fit: (stored) => knownAnswers(rules, stored),
      // The verdicts are kept when the entry keeps the context they were scored for.
      score: (entry) =>
        entry.context.model === saved.model && entry.context.region === saved.region
          ? verdictsOf(assess(rules, context, entry.answers, w))
          : undefined,
    },
    base,
    answers && { answers, context: saved },
  );
}

/** Text typed into a competency's field that is not an answer yet (pending-text.ts), with its requirement. */
export function pendingTexts(
  store: StorageLike,
  list: readonly CompetencyRules[],
): { slug: string; id: string; text: string; req: Requirement }[] {
  return list.flatMap((rules) =>
    Object.entries(readPending(store, rules.slug)).flatMap(([id, text]) => {
      const req = answerRequirement(rules, id);
      return req ? [{ slug: rules.slug, id, text, req }] : [];
    }),
  );
}

/**
 * A shared portfolio, checked: its context, each competency's answers and the verdicts kept for money
 * figures left out; or why it cannot be opened, with a protected one's envelope (`sealed`).
 */
export type OpenedShare =
  | {
      ok: true;
      context: { model: string; region: string };
      answers: Record<string, Answers>;
      withheld: PortfolioWithheld;
      notes: string[];
    }
  | { ok: false; message: string; sealed?: unknown };

/**
 * Checks a shared or imported portfolio against the catalogue: each competency's answers against its
 * current rules (a value that does not fit is left out and its field named), entries for competencies the
 * catalogue does not have summed up in one note. Messages name competencies by their catalogue titles only.
 */
function checkPayload(
  t: Translate,
  payload: UncheckedPayload,
  list: readonly CompetencyRules[],
  versions: Readonly<Record<string, string>>,
): OpenedShare {
  const bySlug = new Map(list.map((r) => [r.slug, r]));
  const answers: Record<string, Answers> = {};
  const withheld: Record<string, Withheld> = {};
  const notes: string[] = [];
  let unknown = 0;
  for (const entry of payload.entries) {
    const rules = bySlug.get(entry.slug);
    if (rules === undefined) {
      unknown++;
      continue;
    }
    const checked = checkAnswers(entry.answers, rules);
    if (checked === null) return { ok: false, message: t('msg.unreadableAnswers') };
    answers[rules.slug] = checked.answers;
    const kept = checkWithheld(entry.withheld, rules);
    if (Object.keys(kept).length > 0) withheld[rules.slug] = kept;
    const leftOut = leftOutNote(t, checked);
    if (leftOut) notes.push(t('portfolio.titled', { title: rules.title, note: leftOut }));
    if (entry.rulesVersion !== versions[rules.slug]) notes.push(otherRulesNote(t, rules.title));
  }
  if (unknown > 0) notes.push(unknownEntriesNote(t, unknown));
  // A partner record in the file is imported on the record's page, which asks first with what it changes.
  if (payload.record !== undefined) notes.push(t('portfolio.fileRecord'));
  return { ok: true, context: payload.context, answers, withheld, notes };
}

/** A competency's title by its slug, in the catalogue's list. */
const titleIn =
  (list: readonly CompetencyRules[]) =>
  (slug: string): string | undefined =>
    list.find((r) => r.slug === slug)?.title;

/** Reads and checks the portfolio share link in a location hash. Never throws. */
export function openShared(
  t: Translate,
  hash: string,
  list: readonly CompetencyRules[],
  versions: Readonly<Record<string, string>>,
): OpenedShare {
  const decoded = decodePortfolioShare(t, hash, titleIn(list));
  return decoded.ok ? checkPayload(t, decoded.value, list, versions) : decoded;
}

/**
 * Opens a protected portfolio link's or file's envelope with a passphrase and checks what it holds: the
 * portfolio, or why not (a wrong passphrase, an envelope changed, what it holds refused). Never throws.
 */
export async function openSealed(
  t: Translate,
  envelope: unknown,
  passphrase: string,
  file: boolean,
  list: readonly CompetencyRules[],
  versions: Readonly<Record<string, string>>,
): Promise<OpenedShare> {
  const opened = await openText(t, envelope, passphrase);
  if (!opened.ok) return opened;
  const read = file
    ? readPortfolioFile(t, opened.text, titleIn(list), true)
    : readOpenedShare(t, opened.text, titleIn(list));
  return read.ok ? checkPayload(t, read.value, list, versions) : { ok: false, message: read.message };
}

/** Reads and checks a portfolio export chosen in a file input. Never throws. */
export async function openFile(
  t: Translate,
  input: HTMLInputElement,
  list: readonly CompetencyRules[],
  versions: Readonly<Record<string, string>>,
): Promise<OpenedShare | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  if (file.size > MAX_PORTFOLIO_FILE_BYTES)
    return { ok: false, message: notImported(t, t('msg.fileRefused.tooLarge')) };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: notImported(t, t('msg.fileRefused.unread')) };
  }
  const read = readPortfolioFile(t, text, titleIn(list));
  return read.ok ? checkPayload(t, read.value, list, versions) : read;
}

/** What the portfolio is scored from: the record's day, the choice, and the verdicts a sender kept. */
type PortfolioScored = RecordScored & {
  chosen: ReadonlySet<string>;
  withheld?: PortfolioWithheld | undefined;
};

/**
 * The combined action plan, dated today, a group of rows per competency: every competency with answers
 * (typed, or from the partner record on its day), each scored for its own context (else `context`), with
 * who entered each figure from the record and the record's owner, status and due day of each requirement's
 * evidence; without money figures (`moneyless`) for a plan forwarded. The CSV export and the printed
 * portfolio show these rows.
 */
export function planGroups(
  list: readonly CompetencyRules[],
  scored: PortfolioScored,
  titles: { models: readonly Choice[]; regions: readonly Choice[]; words: IslandWords },
  moneyless = false,
): { slug: string; rows: ActionPlanRow[] }[] {
  const meta = {
    exportDate: localDay(new Date()),
    models: titles.models,
    regions: titles.regions,
    t: islandTranslator(titles.words),
    record: scored.on?.record,
    enteredBy: recordEnteredBy(list, scored),
  };
  const { context, chosen, own } = scored;
  const withheld = scored.withheld ?? keptWithheld();
  return portfolioPlanGroups(list, context, chosen, recordAnswers(list, scored), own, meta, {
    moneyless,
    withheld,
  });
}

/**
 * The portfolio view of what it is scored from (portfolioView): typed answers over the record's figures,
 * the money figures a sender left out scored as the verdicts they kept.
 */
export function viewOf(
  list: readonly CompetencyRules[],
  scored: PortfolioScored,
  tiers: readonly RollUpTier[],
  t: Translate,
): PortfolioView {
  const { context, chosen, own } = scored;
  const given = recordAnswers(list, scored);
  return portfolioView(list, context, chosen, given, tiers, t, own, scored.withheld ?? keptWithheld());
}

/**
 * Downloads the combined action plan (planGroups) in one CSV, without money figures when the partner asks.
 * Says why nothing was downloaded: nothing to plan, or a passphrase asked for (a CSV opens in any
 * spreadsheet, so it cannot be protected).
 */
export function exportPlan(
  t: Translate,
  list: readonly CompetencyRules[],
  scored: PortfolioScored,
  titles: Parameters<typeof planGroups>[2],
): Said {
  if (forwarding.current.protect) return { problem: t('msg.sealed.csv') };
  const rows = planGroups(list, scored, titles, forwarding.current.moneyless).flatMap((g) => g.rows);
  if (rows.length === 0) {
    const planned = plannedCompetencies(list, scored.chosen, recordAnswers(list, scored));
    return { note: emptyPlanNote(t, planned.length) };
  }
  download('competency-portfolio-action-plan.csv', actionPlanCsv(t, rows), 'text/csv;charset=utf-8');
  return {};
}
/** The last replacement of the portfolio, to undo it; `own` is each replaced competency's context before. */
export interface PortfolioUndo extends PortfolioReplacement<Context> {
  file: boolean;
  own: Record<string, Context>;
}

/**
 * What replacing the portfolio `before` with `after` (a shared or imported one) changes: the record to undo
 * it and what it changes in words, competencies and fields by their catalogue titles and labels.
 */
export function replacing(
  t: Translate,
  list: readonly CompetencyRules[],
  before: PortfolioState<Context>,
  after: PortfolioState<Context>,
  contextWords: string,
): { undo: PortfolioReplacement<Context>; notes: string[] } {
  const undo = portfolioReplacementOf(before, after, sameContext);
  const titled = (slug: string) => list.find((r) => r.slug === slug);
  const notes = portfolioChangesNote(
    t,
    Object.entries(undo.answers).map(([slug, r]) => {
      const rules = titled(slug);
      const label = (id: string) => (rules && answerLabel(rules, id)) ?? id;
      const { changed, cleared } = replacementOf(r.before, r.after);
      return { title: rules?.title ?? slug, changed: changed.map(label), cleared: cleared.map(label) };
    }),
    undo.unticked.map((slug) => titled(slug)?.title ?? slug),
    undo.context ? contextWords : null,
  );
  return { undo, notes };
}

/** The portfolio `now` with the last replacement undone, keeping what was changed since. */
export const undoReplacing = (
  now: PortfolioState<Context>,
  undo: PortfolioReplacement<Context>,
): PortfolioState<Context> => undoPortfolioReplacement(now, undo, sameContext);

/** The evidence pack's code and the workbook's writer, fetched on the first click that makes a pack. */
const packCode = importAgain(() => import('../shared/pack-export.ts'));

/**
 * Downloads the evidence pack of the whole portfolio (`slug` '') or of one of its competencies, as a
 * workbook or JSON, scored as the page scores (typed answers over the record's figures on its day),
 * protected and without money figures as the partner chose for links and files (forwarding); returns what
 * to tell the partner: the file and its hash, that there is nothing to pack, or why it could not be made.
 */
export async function exportPack(
  t: Translate,
  kind: 'xlsx' | 'json',
  slug: string,
  list: readonly CompetencyRules[],
  scored: RecordScored & { chosen: ReadonlySet<string> },
  data: {
    models: readonly Choice[];
    regions: readonly Choice[];
    tiers: readonly RollUpTier[];
    words: IslandWords;
  },
): Promise<string> {
  const planned = plannedCompetencies(list, scored.chosen, recordAnswers(list, scored));
  const { on } = scored;
  const { protect, passphrase, moneyless } = forwarding.current;
  if (protect && !passphrase) return t('msg.sealed.noPassphrase');
  try {
    const { downloadPack, packTranslator } = await packCode();
    return await downloadPack(
      kind,
      slug === '' ? 'competency-portfolio-evidence-pack' : `${slug}-evidence-pack`,
      {
        scope: slug === '' ? { kind: 'portfolio' } : { kind: 'competency', slug },
        covered: slug === '' ? planned : planned.filter((c) => c.slug === slug),
        context: scored.context,
        own: scored.own,
        typed: scored.answers,
        record: on && { record: on.record, counted: countedPeople(on.record, list, on.day) },
        day: on?.day ?? localDay(new Date()),
        tiers: slug === '' ? data.tiers : [],
        t: await packTranslator(data.words),
        models: data.models,
        regions: data.regions,
        moneyless,
      },
      protect ? passphrase : undefined,
    );
  } catch {
    return t('pack.unavailable');
  }
}
