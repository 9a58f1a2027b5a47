/**
 * What the islands say about answers that come from outside the page: a share link, an imported file,
 * another tab, the clipboard. One message per mistake, each a key of the site's dictionary (`msg.*`), and only
 * text the site owns: field labels and competency titles from the catalogue, and counts. Nothing a link or a
 * file carries is ever repeated, so a crafted one cannot put its own words ("your account is suspended, call
 * ...") in front of a partner. Here are the messages put together from several keys; a message of one key
 * is asked for where it is said, `t('msg.unchanged')`.
 */
import type { Translate } from '../text/translate.ts';

/** "A", "A and B", "A, B and C", as the language lists them (`t.list`). */
export const listOf = (t: Translate, items: readonly string[]): string => t.list(items);

/** The longest list of names a message spells out; longer ones are summed up. */
const NAMED = 5;

/** Names, or the first few and how many more. */
function summed(t: Translate, names: readonly string[]): string {
  if (names.length <= NAMED) return listOf(t, names);
  return listOf(t, [...names.slice(0, NAMED), t.count('list.more', names.length - NAMED)]);
}

/**
 * What is said of money figures a sender left out (src/engine/withheld.ts), naming them: while their answers
 * are shown (`kept` false), or once used, when the sender's verdicts stay in this tab only (`kept` true);
 * null when none were left out.
 */
export function withheldNote(t: Translate, fields: readonly string[], kept: boolean): string | null {
  if (fields.length === 0) return null;
  return t(kept ? 'msg.withheld.kept' : 'msg.withheld.shown', { fields: summed(t, fields) });
}

/** Sentences one after the other, the empty ones left out. */
const sentences = (t: Translate, ...said: (string | null | false)[]): string =>
  said.filter((s): s is string => !!s).reduce((first, then) => t('list.then', { first, then }));

/**
 * What was left out of answers read from a link or a file: the fields whose value did not suit them (by
 * label) and how many answers named no requirement. Null when nothing was left out.
 */
export function leftOutNote(
  t: Translate,
  checked: { refused: readonly string[]; unknown: number },
): string | null {
  const { refused, unknown } = checked;
  if (refused.length === 0 && unknown === 0) return null;
  return sentences(
    t,
    refused.length > 0 && t('msg.leftOut.refused', { fields: summed(t, [...new Set(refused)]) }),
    unknown > 0 && t.count('msg.leftOut.unknown', unknown),
  );
}

/** Entries of a shared or imported portfolio for competencies the catalogue does not have. */
export const unknownEntriesNote = (t: Translate, count: number): string =>
  t.count('msg.unknownEntries', count);

/** A message followed by "Your answers are unchanged.": said after a failed import or a refused link. */
export const unchanged = (t: Translate, message: string): string => sentences(t, message, t('msg.unchanged'));

/** A portfolio share link opened on a competency's page (titled `title`). */
export const portfolioLinkNote = (t: Translate, title: string): string =>
  t('msg.portfolioLink', { title, page: t('portfolio.title') });

/** A competency's share link opened on the portfolio page, named by its catalogue title when known. */
export const oneCompetencyLink = (t: Translate, title: string | undefined): string =>
  title === undefined ? t('msg.oneCompetencyLink') : t('msg.oneCompetencyLink.named', { title });

/** Why an import file was refused (`why`, a `msg.fileRefused.*`), with what stays as it was. */
export const notImported = (t: Translate, why: string): string => unchanged(t, t('msg.notImported', { why }));

/** A portfolio export imported on a competency's page (titled `title`). */
export const portfolioFile = (t: Translate, title: string): string =>
  t('msg.fileRefused.portfolio', { title, page: t('portfolio.title') });

/** One competency's export imported on the portfolio page, named by its catalogue title when known. */
export const oneCompetencyFile = (t: Translate, title: string | undefined): string =>
  title === undefined
    ? t('msg.fileRefused.oneCompetency')
    : t('msg.fileRefused.oneCompetency.named', { title });

/**
 * Answers given under another rules version than the page's. Rules versions are hashes, so whether the
 * other rules are older or newer (a page cached from before a change, a link from a newer build) is not
 * known: never "earlier".
 */
export const otherRulesNote = (t: Translate, title?: string): string =>
  title === undefined ? t('msg.otherRules') : t('msg.otherRules.named', { title });

/** A file that holds another competency's answers, named by its title in the catalogue when known. */
export const otherCompetencyFile = (t: Translate, title: string, other: string | undefined): string =>
  other === undefined
    ? t('msg.fileRefused.otherCompetency', { title })
    : t('msg.fileRefused.otherCompetency.named', { title, other });

/**
 * What using other answers (a share link's, a file's) would change, by field label: fields whose value
 * differs, and fields the partner answered that the others leave empty (a ticked box is never lost
 * without a word).
 */
export function changesNote(t: Translate, changed: readonly string[], cleared: readonly string[]): string {
  if (changed.length === 0 && cleared.length === 0) return t('msg.sameAnswers');
  return t('msg.using', { changes: changeList(t, changed, cleared) });
}

/** "changes A and B and clears C, which these answers leave empty". */
function changeList(t: Translate, changed: readonly string[], cleared: readonly string[]): string {
  const changes = changed.length > 0 ? t('msg.changes', { fields: summed(t, changed) }) : '';
  const clears = cleared.length > 0 ? t('msg.clears', { fields: summed(t, cleared) }) : '';
  return changes && clears ? t('msg.changesAndClears', { changes, clears }) : changes || clears;
}

/** Said once other answers replaced the partner's own (`done`), naming the fields changed and cleared. */
export const replacedNote = (
  t: Translate,
  done: string,
  changed: readonly string[],
  cleared: readonly string[],
): string =>
  sentences(
    t,
    done,
    changed.length > 0 && t('msg.replaced.changed', { fields: summed(t, changed) }),
    cleared.length > 0 && t('msg.replaced.cleared', { fields: summed(t, cleared) }),
  );

/** The question before a reset, naming every answer it clears. */
export const resetQuestion = (t: Translate, title: string, labels: readonly string[]): string =>
  labels.length === 0
    ? t('msg.reset.none', { title })
    : t('msg.reset.question', { title, fields: summed(t, labels) });

/** Said once a reset cleared the answers, naming them. */
export const clearedNote = (t: Translate, labels: readonly string[]): string =>
  labels.length === 0 ? t('msg.cleared') : t('msg.cleared.named', { fields: summed(t, labels) });

/** The kinds of replacement, each with its undo button (`msg.undo.*`) shown until the next replacement. */
export type UndoKind = 'shared' | 'imported' | 'reset' | 'portfolio';

/**
 * What using a shared or imported portfolio would change: per competency (by catalogue title) the fields
 * that change or clear, the competencies it unticks, and the business model and region.
 */
export function portfolioChangesNote(
  t: Translate,
  competencies: readonly { title: string; changed: readonly string[]; cleared: readonly string[] }[],
  unticked: readonly string[],
  context: string | null,
): string[] {
  const notes = competencies
    .filter((c) => c.changed.length + c.cleared.length > 0)
    .map((c) => t('msg.using.named', { title: c.title, changes: changeList(t, c.changed, c.cleared) }));
  if (unticked.length > 0)
    notes.push(t.count('msg.unticks', unticked.length, { titles: summed(t, unticked) }));
  if (context) notes.push(t('msg.setsContext', { context }));
  return notes.length > 0 ? notes : [t('msg.sameAnswers')];
}

/** The fields whose text cannot be read, named in the verdict until fixed or cleared; null when none. */
export function attentionNote(t: Translate, labels: readonly string[]): string | null {
  if (labels.length === 0) return null;
  return t.count('msg.attention', labels.length, { fields: listOf(t, labels) });
}

/** Said when the portfolio's picker changes while chosen competencies keep a context of their own. */
export const ownContextNote = (t: Translate, titles: readonly string[]): string =>
  t.count('msg.ownContext', titles.length, { titles: summed(t, titles) });

/** Which business model and region a competency of the portfolio is scored for, and why. */
export const scoredFor = (t: Translate, model: string, region: string, own: boolean): string =>
  own ? t('msg.scoredFor.own', { model, region }) : t('msg.scoredFor', { model, region });

/** The banner's words over answers imported from a file (named when known: the partner chose it). */
export const fromFileNote = (t: Translate, file?: string): string =>
  file === undefined ? t('msg.fromFile.unnamed') : t('msg.fromFile', { file });

/**
 * Said once shared answers are used: they are saved, except in a frame of another website (`msg.framed`),
 * where they are the page's own until it is left.
 */
export const usedSharedNote = (t: Translate, framed: boolean): string =>
  framed ? t('msg.usedShared.framed') : t('msg.usedShared');

/** Said when the partner kept their own answers over shared or imported ones. */
export const keptOwnNote = (t: Translate, imported: boolean): string =>
  imported ? t('msg.keptOwn.imported') : t('msg.keptOwn.shared');

/**
 * Said instead of exporting the portfolio's action plan when it would have no rows: no competency has answers
 * (`answered` 0), or every one answered is at its highest level (or not offered where it is scored).
 */
export const emptyPlanNote = (t: Translate, answered: number): string =>
  answered === 0 ? t('msg.emptyPlan.none') : t('msg.emptyPlan.done');

/** What an island says inside another website's frame (`msg.framed`), with the link out of it. */
export type FramedNote = { readonly text: string; readonly link: string };

/**
 * Said by an island shown in a frame of another website: a page there could lay its own buttons over this one
 * and make a click replace or clear the partner's answers, so the island neither reads nor changes them. The
 * islands get it with their data, so it costs their first download nothing.
 */
export const framedNote = (t: Translate): FramedNote => ({
  text: t('msg.framed'),
  link: t('msg.framed.link'),
});

/** Said on the portfolio when saved answers of some competencies could not be read. */
export const unreadableNote = (t: Translate, titles: readonly string[]): string =>
  t.count('msg.unreadable', titles.length, { titles: summed(t, titles) });
