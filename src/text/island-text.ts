import { DICTIONARIES, type Lang, type TextKey, type Translate } from './text.ts';
import type { IslandWords } from './translate.ts';
import { localeFormats } from './locale.ts';

/**
 * The words an island shows, in the page's language. The page hands them to the island as a prop, so no
 * dictionary enters the island's JavaScript. An island names each text by a short name of its own
 * (`text.heading`), which costs its code fewer bytes than the dictionary's key would.
 */
export type IslandText<M extends Readonly<Record<string, TextKey>>> = { readonly [N in keyof M]: string };

/** The texts an island needs, by its own names, in the translator's language; placeholders left for it to fill. */
export function islandText<const M extends Readonly<Record<string, TextKey>>>(
  t: Translate,
  names: M,
): IslandText<M> {
  return Object.fromEntries(Object.entries(names).map(([name, key]) => [name, t.raw(key)])) as IslandText<M>;
}

/** What the self-assessment widget shows before its lazy part loads, by the names its code uses. */
export const WIDGET_TEXT = {
  heading: 'widget.heading',
  pickSituation: 'shared.yourSituation',
  pickModel: 'picker.model',
  pickRegion: 'picker.region',
  situation: 'widget.situation',
  figures: 'widget.figures',
  caption: 'widget.caption',
  requirement: 'widget.requirement',
  yourFigure: 'widget.yourFigure',
  notAsked: 'widget.notAsked',
  helpEvidence: 'widget.helpEvidence',
  and: 'list.lastSeparator',
  met: 'status.met',
  partial: 'status.partial',
  unmet: 'status.unmet',
  unanswered: 'status.unanswered',
  everyLevel: 'widget.everyLevel',
  whatsMissing: 'widget.whatsMissing',
  missingFor: 'widget.missingFor',
  howScored: 'widget.howScored',
  checkServicesExpert: 'widget.checkServicesExpert',
  actions: 'widget.actions',
  saved: 'widget.saved',
  savedAt: 'widget.savedAt',
  copyLink: 'widget.copyLink',
  exportCsv: 'widget.exportCsv',
  exportJson: 'widget.exportJson',
  print: 'widget.print',
  import: 'widget.import',
  reset: 'widget.reset',
  mark: 'site.markName',
  colon: 'list.colon',
  sentences: 'list.sentences',
} as const satisfies Readonly<Record<string, TextKey>>;

export type WidgetText = IslandText<typeof WIDGET_TEXT>;

/**
 * The words an island's code says beyond its first view (messages, the late-loaded part), by dictionary key:
 * a key, or every key under a prefix ending in a dot. The page hands them as one prop (`islandWords`), and
 * the island's code reads them through `islandTranslator` (translate.ts), so they live in the HTML of the
 * page, in its language only, and no dictionary enters the JavaScript. A prefix after `!` leaves its keys
 * out of those selected, e.g. the partner record's messages, which only the record's page says.
 */
export type WordSelection = readonly (TextKey | `${string}.` | `!${string}.`)[];

/**
 * What the engine writes wherever it scores: action-plan cells, requirement kinds, verdicts, readiness,
 * designations, reasons, announced rules and the figures of a partner record. Both islands score, so both
 * hand it these.
 */
const ENGINE_WORDS = [
  'plan.',
  'kind.',
  'counting.',
  'verdict.',
  'readiness.',
  'designation.',
  'reason.',
  'announced.',
  'figure.',
] as const satisfies WordSelection;

/**
 * What is said when a snapshot is kept because a level or the tier changed on the page
 * (src/islands/shared/snapshot-keep.ts), with its link to the progress page.
 */
const SNAPSHOT_WORDS = ['snapshot.', 'progress.link'] as const satisfies WordSelection;

/**
 * What the evidence pack's workbook says (its sheets' names and headings, where a figure came from, the
 * states, the legend of the mark) and what is said once it is made: not handed to the islands but fetched
 * with the pack's code, on the click that makes one (src/persistence/pack-words.ts). The buttons and what
 * is said when that code cannot be loaded are handed: `pack.` without `pack.book.`.
 */
export const PACK_BOOK_WORDS = [
  'pack.book.',
  'status.',
  'site.notice',
  'portfolio.pack.whole',
  'workspace.by',
] as const satisfies WordSelection;

/** What the self-assessment widget's late-loaded part says. */
export const WIDGET_WORDS = [
  'msg.',
  '!msg.record.',
  'more.',
  'shared.',
  'field.',
  'list.',
  'state.',
  'portfolio.title',
  'widget.situation',
  'pack.',
  '!pack.book.',
  ...ENGINE_WORDS,
  ...SNAPSHOT_WORDS,
] as const satisfies WordSelection;

/** What the portfolio says, its first view included. */
export const PORTFOLIO_WORDS = [
  'msg.',
  '!msg.record.',
  'portfolio.',
  'shared.',
  'field.',
  'list.',
  'more.se.legend',
  'more.announced.current',
  'picker.model',
  'picker.region',
  'widget.situation',
  'widget.copyLink',
  'widget.exportCsv',
  'widget.requirement',
  'checklist.evidence',
  'matrix.notOffered',
  'status.',
  'state.',
  'more.of',
  'site.markName',
  'pack.',
  '!pack.book.',
  ...ENGINE_WORDS,
  ...SNAPSHOT_WORDS,
] as const satisfies WordSelection;

/** Whether a key is among those selected: named or under a prefix, and under no prefix left out. */
export const selects = (selection: WordSelection, key: string): boolean =>
  selection.every((s) => !s.startsWith('!') || !key.startsWith(s.slice(1))) &&
  selection.some((s) => (s.endsWith('.') ? key.startsWith(s) : key === s));

/** The words of `lang` an island's code needs, for the page to hand it. */
export function islandWords(lang: Lang, selection: WordSelection): IslandWords {
  const words: Record<string, string> = {};
  for (const [key, value] of Object.entries(DICTIONARIES[lang]))
    if (selects(selection, key)) words[key] = value;
  return { lang, words, formats: localeFormats(lang) };
}

/**
 * What the progress page says: its own words, and what scoring the standing now says, as the portfolio
 * does (the page scores as the portfolio does to take a snapshot).
 */
export const PROGRESS_WORDS = ['progress.', ...PORTFOLIO_WORDS] as const satisfies WordSelection;

/**
 * What the partner record's page says: its sections, its file messages, and what it says of a day (the
 * engine's words, the forecast's and the calendar's).
 */
export const WORKSPACE_WORDS = [
  'workspace.',
  'msg.request.',
  'msg.reply.',
  'msg.sealed.',
  'shared.unlock.',
  'shared.keep',
  'msg.number.',
  'msg.framed',
  'msg.framed.link',
  'msg.record.',
  'msg.notImported',
  'msg.fileRefused.',
  'list.',
  'site.markName',
  'state.',
  'status.',
  'forecast.',
  'calendar.',
  ...ENGINE_WORDS,
  ...SNAPSHOT_WORDS,
] as const satisfies WordSelection;

/**
 * The words of the partner record's page: WORKSPACE_WORDS, with what the storage gateway says when the
 * browser refuses (`msg.storage.*`) worded for the record rather than for answers (`workspace.storage.*`).
 */
export function workspaceWords(lang: Lang): IslandWords {
  const handed = islandWords(lang, WORKSPACE_WORDS);
  const words: Record<string, string> = { ...handed.words };
  for (const fault of ['blocked', 'read', 'write'] as const)
    words[`msg.storage.${fault}`] = DICTIONARIES[lang][`workspace.storage.${fault}`];
  return { ...handed, words };
}

/**
 * What the page that checks an evidence pack says: its own words, the passphrase prompt's and what opening
 * a protected file says, the states of its verdicts and the separators.
 */
export const PACK_CHECK_WORDS = [
  'packCheck.',
  'msg.sealed.',
  'shared.unlock.',
  'state.',
  'list.',
  'portfolio.pack.whole',
] as const satisfies WordSelection;

/**
 * The words of the page that checks a pack: PACK_CHECK_WORDS, with the passphrase prompt's words for answers
 * (`shared.keep`, a wrong passphrase, a changed file) worded for a file a partner sent.
 */
export function packCheckWords(lang: Lang): IslandWords {
  const handed = islandWords(lang, PACK_CHECK_WORDS);
  const d = DICTIONARIES[lang];
  const words: Record<string, string> = {
    ...handed.words,
    'shared.keep': d['packCheck.another'],
    'msg.sealed.wrong': d['packCheck.sealed.wrong'],
    'msg.sealed.tampered': d['packCheck.sealed.tampered'],
  };
  return { ...handed, words };
}
