/**
 * What the islands say about answers that come from outside the page: a share link, an imported file,
 * another tab, the clipboard. One message per mistake, and only text the site owns: field labels and
 * competency titles from the catalogue, and counts. Nothing a link or a file carries is ever repeated, so
 * a crafted one cannot put its own words ("your account is suspended, call ...") in front of a partner.
 */
import { plural } from '../domain/format.ts';

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** The longest list of names a message spells out; longer ones are summed up. */
const NAMED = 5;

/** Names, or the first few and how many more. */
function summed(names: readonly string[]): string {
  if (names.length <= NAMED) return listOf(names);
  return `${names.slice(0, NAMED).join(', ')} and ${plural(names.length - NAMED, 'more', 'more')}`;
}

/**
 * What was left out of answers read from a link or a file: the fields whose value did not suit them (by
 * label) and how many answers named no requirement. Null when nothing was left out.
 */
export function leftOutNote(checked: { refused: readonly string[]; unknown: number }): string | null {
  const parts: string[] = [];
  if (checked.refused.length > 0) {
    parts.push(
      `${summed([...new Set(checked.refused)])}: the value does not fit the field, so it was left out.`,
    );
  }
  if (checked.unknown > 0) {
    const what = plural(checked.unknown, 'answer', 'answers');
    parts.push(
      `${what} for requirements this competency does not have ${checked.unknown === 1 ? 'was' : 'were'} left out.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

/** Entries of a shared or imported portfolio for competencies the catalogue does not have. */
export function unknownEntriesNote(count: number): string {
  return `${plural(count, 'entry was', 'entries were')} left out: the catalogue has no such competency.`;
}

/** Said after a failed import or a refused link, so no one wonders. */
export const UNCHANGED = 'Your answers are unchanged.';

/** A competency share link opened on another competency's page. */
export const OTHER_COMPETENCY =
  'This share link holds answers for another competency; open it on that competency’s page.';

/** The portfolio page's name, as its heading says it. */
export const PORTFOLIO_PAGE = 'Portfolio self-assessment';

/** A portfolio share link opened on a competency's page (titled `title`). */
export const portfolioLinkNote = (title: string): string =>
  `This share link holds a whole portfolio, not answers for ${title}; open it on the ${PORTFOLIO_PAGE} page.`;

/** What one competency's link or file holds, by its catalogue title when known, and where it opens. */
const oneCompetency = (title: string | undefined, open: string): string =>
  title === undefined
    ? `the answers of one competency, not a portfolio; ${open} it on that competency’s page.`
    : `the answers of ${title} alone, not a portfolio; ${open} it on the ${title} page.`;

/** A competency's share link opened on the portfolio page, named by its catalogue title when known. */
export const oneCompetencyLink = (title: string | undefined): string =>
  `This share link holds ${oneCompetency(title, 'open')}`;

/** A portfolio share link whose entries are not what the site writes. */
export const DAMAGED_PORTFOLIO = 'This share link is damaged or incomplete.';

/** Answers in a link or file that cannot be read as answers at all. */
export const UNREADABLE_ANSWERS = 'This share link holds answers this page cannot read.';

/** The label of the share link's box once the link is on the clipboard, by what the link shows. */
export const LINK_COPIED = {
  answers: 'Link copied. Anyone who opens it sees these answers:',
  portfolio: 'Link copied. Anyone who opens it sees this portfolio:',
} as const;

/** Said once a share link was made: on the clipboard, or in the box to copy by hand. */
export const linkNote = (copied: boolean): string =>
  copied ? 'The share link was copied.' : 'The share link is in the box below, ready to copy.';

/** Why an import file was refused, with what stays as it was. */
export const notImported = (why: string): string => `The file was not imported: ${why} ${UNCHANGED}`;

/** The reasons a file is refused. */
export const FILE_REFUSED = {
  tooLarge: 'it is too large to be an exported self-assessment.',
  notJson: 'it is not valid JSON.',
  notExport: 'it is not a self-assessment exported from this site.',
  unread: 'it could not be read.',
  noContext: 'its business model, region or rules version is missing.',
  unknownContext: 'its business model or region is not one this site knows.',
  noAnswers: 'it holds no answers this page can read.',
} as const;

/** A portfolio export imported on a competency's page (titled `title`). */
export const portfolioFile = (title: string): string =>
  `it is a portfolio export, not answers for ${title}; import it on the ${PORTFOLIO_PAGE} page.`;

/** One competency's export imported on the portfolio page, named by its catalogue title when known. */
export const oneCompetencyFile = (title: string | undefined): string =>
  `it holds ${oneCompetency(title, 'import')}`;

/**
 * Answers given under another rules version than the page's. Rules versions are hashes, so whether the
 * other rules are older or newer (a page cached from before a change, a link from a newer build) is not
 * known: never "earlier".
 */
export const otherRulesNote = (title?: string): string =>
  `${title === undefined ? 'These' : `${title}: these`} answers were given under other rules than this page’s, so they are scored against this page’s rules.`;

/** A file that holds another competency's answers, named by its title in the catalogue when known. */
export const otherCompetencyFile = (title: string, other: string | undefined): string =>
  `it holds answers for ${other ?? 'another competency'}, not ${title}.`;

/** Said when using other answers would change nothing. */
const SAME_ANSWERS = 'These answers are the same as yours.';

/**
 * What using other answers (a share link's, a file's) would change, by field label: fields whose value
 * differs, and fields the partner answered that the others leave empty (a ticked box is never lost
 * without a word).
 */
export function changesNote(changed: readonly string[], cleared: readonly string[]): string {
  if (changed.length === 0 && cleared.length === 0) return SAME_ANSWERS;
  return `Using these answers ${changeList(changed, cleared)}.`;
}

/** "changes A and B and clears C, which these answers leave empty". */
const changeList = (changed: readonly string[], cleared: readonly string[]): string =>
  [
    changed.length > 0 ? `changes ${summed(changed)}` : '',
    cleared.length > 0 ? `clears ${summed(cleared)}, which these answers leave empty` : '',
  ]
    .filter(Boolean)
    .join(' and ');

/** Said once imported answers replaced the partner's own. */
export const importedNote = (file: string): string => `Imported the answers from ${file}.`;

/** Said once other answers replaced the partner's own (`done`), naming the fields changed and cleared. */
export const replacedNote = (done: string, changed: readonly string[], cleared: readonly string[]): string =>
  [
    done,
    changed.length > 0 ? `Changed: ${summed(changed)}.` : '',
    cleared.length > 0 ? `Cleared: ${summed(cleared)}.` : '',
  ]
    .filter(Boolean)
    .join(' ');

/** The question before a reset, naming every answer it clears. */
export const resetQuestion = (title: string, labels: readonly string[]): string =>
  labels.length === 0
    ? `There are no answers for ${title} to clear.`
    : `Clear every answer for ${title} from this browser: ${summed(labels)}? You can undo it until your answers are replaced again.`;

/** Said once a reset cleared the answers, naming them. */
export const clearedNote = (labels: readonly string[]): string =>
  labels.length === 0 ? 'Your answers were cleared.' : `Your answers were cleared: ${summed(labels)}.`;

/** The undo button of each kind of replacement, shown until the next replacement. */
export const UNDO_LABELS = {
  shared: 'Undo using the shared answers',
  imported: 'Undo the import',
  reset: 'Undo the reset',
  portfolio: 'Undo using the shared portfolio',
} as const;

/** Said once a replacement was undone. */
export const UNDONE =
  'Undone: your answers from before are back, and what you changed since stays as you changed it.';

/**
 * What using a shared or imported portfolio would change: per competency (by catalogue title) the fields
 * that change or clear, the competencies it unticks, and the business model and region.
 */
export function portfolioChangesNote(
  competencies: readonly { title: string; changed: readonly string[]; cleared: readonly string[] }[],
  unticked: readonly string[],
  context: string | null,
): string[] {
  const notes = competencies
    .filter((c) => c.changed.length + c.cleared.length > 0)
    .map((c) => `${c.title}: using these answers ${changeList(c.changed, c.cleared)}.`);
  if (unticked.length > 0)
    notes.push(
      `Unticks ${summed(unticked)}, which this portfolio does not hold; ${unticked.length === 1 ? 'its' : 'their'} answers stay saved.`,
    );
  if (context) notes.push(`Sets the business model and region to ${context}.`);
  return notes.length > 0 ? notes : [SAME_ANSWERS];
}

/** The fields whose text cannot be read, named in the verdict until fixed or cleared; null when none. */
export function attentionNote(labels: readonly string[]): string | null {
  if (labels.length === 0) return null;
  return `${listOf(labels)} ${labels.length === 1 ? 'needs' : 'need'} attention: not counted until fixed or cleared.`;
}

/**
 * Said when the scoring code (or the portfolio's rules) cannot be loaded: the connection dropped since the
 * page loaded. The islands get it with their data, so it costs their first download nothing.
 */
export const SCORING_UNAVAILABLE =
  'The scoring could not be loaded, so nothing was scored or saved just now. Check your connection, then try again or reload the page: what you saved before is unchanged.';

/**
 * What the server-rendered form says until its island wakes: before that it neither scores nor saves, and
 * if its scripts never load (a dropped connection, a blocker) it stays true. The islands get it with their
 * data and drop it once awake.
 */
export const NOT_LOADED_YET = 'Your figures are scored and saved once the page has finished loading.';

/** Said when another tab saved answers this page shows. */
export const UPDATED_FROM_TAB = 'Your view was updated with answers saved in another tab.';

/** Said when another tab changed which competencies the portfolio holds or targets. */
export const CHOICE_FROM_TAB = 'Your choice of competencies was updated from another tab.';

/** Said when the portfolio's picker changes while chosen competencies keep a context of their own. */
export const ownContextNote = (titles: readonly string[]): string =>
  `${summed(titles)} ${titles.length === 1 ? 'keeps' : 'keep'} the business model and region saved with ${titles.length === 1 ? 'its' : 'their'} answers; change them on ${titles.length === 1 ? 'its' : 'each'} own page.`;

/** Which business model and region a competency of the portfolio is scored for, and why. */
export const scoredFor = (model: string, region: string, own: boolean): string =>
  `Scored for ${model} in ${region}${own ? ', as saved with its answers' : ''}.`;

/** The banner's words over answers imported from a file (named when known: the partner chose it). */
export const fromFileNote = (file?: string): string =>
  `These answers come from ${file ?? 'the file you chose'} and are shown here only. Your own saved answers stay as they are unless you use these instead.`;

/** The banner's words over a portfolio imported from a file. */
export const FROM_FILE = fromFileNote();

/** What a report printed over answers from a link or a file says in place of the banner: whose they are. */
export const SHOWN_NOT_SAVED = {
  link: 'Shared answers: these came with a share link and are not the answers saved in this browser.',
  file: 'Imported answers: these come from a file and are not the answers saved in this browser.',
} as const;

/** Said once shared answers became the partner's own. */
export const USED_SHARED = 'The shared answers are now your saved answers.';

/**
 * Said once shared answers are used: they are saved, except in a frame of another website (FRAMED), where
 * they are the page's own until it is left.
 */
export const usedSharedNote = (framed: boolean): string =>
  framed ? 'The shared answers are shown as yours on this page only: nothing was saved.' : USED_SHARED;

/** Said when the partner kept their own answers over shared or imported ones. */
export const keptOwnNote = (imported: boolean): string =>
  `Your own answers are shown again; the ${imported ? 'imported' : 'shared'} answers were not saved.`;

/**
 * Said instead of exporting the portfolio's action plan when it would have no rows: no competency has answers
 * (`answered` 0), or every one answered is at its highest level (or not offered where it is scored).
 */
export const emptyPlanNote = (answered: number): string =>
  answered === 0
    ? 'Answer the requirements of at least one competency to export an action plan.'
    : 'Nothing to export: every competency you answered is at its highest level, or not offered where it is scored.';

/**
 * Said by an island shown in a frame of another website: a page there could lay its own buttons over this one
 * and make a click replace or clear the partner's answers, so the island neither reads nor changes them. The
 * islands get it with their data, so it costs their first download nothing.
 */
export const FRAMED = {
  text: 'This page is shown inside another website, so it neither shows nor changes the answers saved in this browser: a click here could be meant for that website.',
  link: 'Open this page in its own tab',
} as const;

/** What an island says inside another website's frame (FRAMED). */
export type FramedNote = { readonly text: string; readonly link: string };

/** Said once, when the browser will not keep answers (storage-gateway.ts), by what it refuses. */
export const STORAGE_FAULT = {
  blocked: 'This browser does not allow saving: answers are kept in this tab only until you export them.',
  read: 'This browser could not read what is saved here, so nothing is written over it: answers are kept in this tab only until you export them.',
  write: 'Your browser refused to save: answers are kept in this tab only until you export them.',
} as const;

/** Said when Reset could not remove the saved answers: they are still there and come back on a reload. */
export const CLEAR_REFUSED =
  'Your browser refused to clear the saved answers: they are still saved in this browser and come back when the page is reloaded.';

/** Said when another tab removed the answers this page showed (its Reset, or site data cleared). */
export const CLEARED_IN_TAB =
  'Your answers were cleared in another tab; only what you type from now on is saved.';

/** Said on the portfolio when saved answers of some competencies could not be read. */
export const unreadableNote = (titles: readonly string[]): string =>
  `The answers saved for ${summed(titles)} could not be read, so they are left as they are: what you type for ${titles.length === 1 ? 'it' : 'them'} is kept in this tab only, until you export it or reset ${titles.length === 1 ? 'its' : 'their'} answers on ${titles.length === 1 ? 'its' : 'each'} own page.`;
