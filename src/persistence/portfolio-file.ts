/**
 * A whole portfolio in a share link or a JSON file. The share link reuses the share-link codec
 * (share-link.ts) with the slug "portfolio" and, as its answers, { <slug>: { v: <rules hash>, a: <answers> } }.
 * A link made with "Leave out money figures" (src/engine/withheld.ts) is the codec's format 2, its answers
 * without money figures and its `withheld` the verdicts kept for them by slug, { <slug>: <withheld> }: a
 * site that reads only format 1 says the link is newer rather than showing them as not answered.
 * The export, version 1:
 *   { format: "competency-portfolio", v: 1, context: { model, region }, tier,
 *     competencies: [{ slug, title, achieved, rulesVersion, answers }], exportedAt }
 *   + record? (optional): the partner record (src/schemas/record.ts), its sections as record-file.ts writes them
 * Version 2 is version 1 made with "Leave out money figures": the same fields, each competency's answers
 * without money figures and, beside them, `withheld`, the verdicts kept for them (when it had any), and never
 * a record (its bookings are money figures).
 * The portfolio imports it again (readPortfolioFile); `title` and `achieved` are for people reading the
 * file and are not read back. `record` was added within version 1: a file without it (an older export) reads
 * as before, and a page that does not know it ignores it. readPortfolioFile hands it on unchecked; the
 * record's own reader (readRecordFile in record-file.ts, which takes a portfolio export too) checks it entry
 * by entry and asks before an import, like the answers.
 * A link or export protected with a passphrase is a sealed envelope (sealed.ts) of the text above: the
 * link's as share-link.ts carries one, the file as `{ format: "competency-sealed", … }`. Reading one gives
 * the envelope back (`sealed`) for the page to ask for the passphrase; the text it opens to is read here
 * again (readOpenedShare, readPortfolioFile).
 */
import {
  FILE_FORMAT,
  fileJson,
  PORTFOLIO_FILE_FORMAT,
  PORTFOLIO_SHARE_SLUG,
  SEALED_FILE_FORMAT,
} from './formats.ts';
import { notImported, oneCompetencyFile, oneCompetencyLink } from './messages.ts';
import type { Translate } from '../text/translate.ts';
import {
  decodeShare,
  decodeShareJson,
  encodeShare,
  shareJson,
  type SharePayload,
  type ShareResult,
} from './share-link.ts';
import type { Withheld } from '../engine/withheld.ts';
import { isContext } from './storage-access.ts';
import type { Answers } from '../schemas/answers.ts';
import type { PartnerRecord } from '../schemas/record.ts';
import { isRecord } from '../util/is-record.ts';

export { PORTFOLIO_FILE_FORMAT, PORTFOLIO_SHARE_SLUG };

/** A competency's title in the catalogue by its slug, to name what a link or file holds; never its own words. */
export type TitleOf = (slug: string) => string | undefined;

/** One competency in a portfolio link or export. */
export interface PortfolioEntry {
  slug: string;
  /** The rules hash the answers were given against. */
  rulesVersion: string;
  answers: Answers;
  /** The verdicts kept for money figures left out (withheld.ts); absent when none were. */
  withheld?: Withheld | undefined;
}

/** What a portfolio link or export carries. */
export interface PortfolioPayload {
  context: { model: string; region: string };
  entries: PortfolioEntry[];
}

/** The share-link payload of a portfolio: format 2 when any competency's money figures were left out. */
function sharePayload(payload: PortfolioPayload): SharePayload {
  const answers: Record<string, { v: string; a: Answers }> = {};
  const withheld: Record<string, Withheld> = {};
  for (const e of payload.entries) {
    answers[e.slug] = { v: e.rulesVersion, a: e.answers };
    if (e.withheld !== undefined) withheld[e.slug] = e.withheld;
  }
  const kept = payload.entries.some((e) => e.withheld !== undefined);
  return {
    slug: PORTFOLIO_SHARE_SLUG,
    rulesVersion: '1',
    context: payload.context,
    answers,
    ...(kept && { withheld }),
  };
}

/** The fragment (without `#`) of a portfolio share link. */
export function encodePortfolioShare(payload: PortfolioPayload): string {
  return encodeShare(sharePayload(payload));
}

/** A portfolio share link's JSON text, as a protected link seals it (encodeSealedShare in share-link.ts). */
export const portfolioShareJson = (payload: PortfolioPayload): string => shareJson(sharePayload(payload));

/** Portfolio entries whose answers are still unchecked: each must go through the answers schema. */
export type UncheckedPayload = {
  context: { model: string; region: string };
  entries: { slug: string; rulesVersion: string; answers: unknown; withheld?: unknown }[];
  /** The partner record an export carries, not yet read (readRecordFile); absent from links and older files. */
  record?: unknown;
};

/** A portfolio read from a link or a file, or why not; `sealed` holds a protected one's envelope, unchecked. */
export type PortfolioRead =
  { ok: true; value: UncheckedPayload } | { ok: false; message: string; sealed?: unknown };

/** A share link's payload read as a portfolio (decodeShare's result). */
function portfolioOf(t: Translate, decoded: ShareResult, titleOf: TitleOf): PortfolioRead {
  if (!decoded.ok) return decoded;
  const { slug, context, answers, withheld } = decoded.value;
  if (slug !== PORTFOLIO_SHARE_SLUG) return { ok: false, message: oneCompetencyLink(t, titleOf(slug)) };
  if (!isRecord(answers)) return { ok: false, message: t('msg.damagedPortfolio') };
  const kept = isRecord(withheld) ? withheld : {};
  const entries: UncheckedPayload['entries'] = [];
  for (const [key, value] of Object.entries(answers)) {
    if (!isRecord(value) || typeof value['v'] !== 'string')
      return { ok: false, message: t('msg.damagedPortfolio') };
    const entry: UncheckedPayload['entries'][number] = {
      slug: key,
      rulesVersion: value['v'],
      answers: value['a'],
    };
    if (Object.hasOwn(kept, key)) entry.withheld = kept[key];
    entries.push(entry);
  }
  return { ok: true, value: { context, entries } };
}

/**
 * Reads a portfolio share link from a location hash. Never throws; the answers still need checking. One
 * competency's link is named by its title in the catalogue (`titleOf`); a protected link gives its envelope
 * (`sealed`).
 */
export function decodePortfolioShare(
  t: Translate,
  hash: string,
  titleOf: TitleOf = () => undefined,
): PortfolioRead {
  return portfolioOf(t, decodeShare(t, hash), titleOf);
}

/**
 * Reads the text a protected portfolio link opened to, as a plain link's. Never throws; another envelope in
 * it is damage, never opened again.
 */
export function readOpenedShare(
  t: Translate,
  text: string,
  titleOf: TitleOf = () => undefined,
): PortfolioRead {
  const decoded = decodeShareJson(t, text);
  if (!decoded.ok && decoded.sealed !== undefined) return { ok: false, message: t('msg.sealed.damaged') };
  return portfolioOf(t, decoded, titleOf);
}

/**
 * Files larger than this are refused unread: an export of every competency is a few kilobytes, and the record
 * it may carry at most 4,000,000 characters (MAX_RECORD_FILE_BYTES in record-file.ts).
 */
export const MAX_PORTFOLIO_FILE_BYTES = 4_200_000;

/**
 * Reads a portfolio export's text (writePortfolioFile). Never throws; each competency's answers still
 * need checking against its rules, as a share link's do. One competency's export (or a copy of its saved
 * entry) is named by its title in the catalogue (`titleOf`). A protected export gives its envelope (`sealed`);
 * the text it opens to is read here again, and another envelope in it is damage.
 */
export function readPortfolioFile(
  t: Translate,
  text: string,
  titleOf: TitleOf = () => undefined,
  opened = false,
): PortfolioRead {
  const refuse = (why: string) => ({ ok: false as const, message: notImported(t, why) });
  const json = fileJson(t, text, MAX_PORTFOLIO_FILE_BYTES);
  if (!json.ok) return json;
  const { data } = json;
  if (isRecord(data) && data['format'] === SEALED_FILE_FORMAT)
    return opened
      ? { ok: false, message: t('msg.sealed.damaged') }
      : { ok: false, message: refuse(t('msg.fileRefused.sealed')).message, sealed: data };
  if (isRecord(data) && (data['format'] === FILE_FORMAT || 'savedAt' in data) && 'slug' in data) {
    const slug = data['slug'];
    return refuse(oneCompetencyFile(t, typeof slug === 'string' ? titleOf(slug) : undefined));
  }
  if (!isRecord(data) || data['format'] !== PORTFOLIO_FILE_FORMAT || (data['v'] !== 1 && data['v'] !== 2))
    return refuse(t('msg.fileRefused.notExport'));
  const context = data['context'];
  const list = data['competencies'];
  if (!isContext(context) || !Array.isArray(list)) return refuse(t('msg.fileRefused.noContext'));
  const entries: UncheckedPayload['entries'] = [];
  for (const item of list as unknown[]) {
    if (!isRecord(item) || typeof item['slug'] !== 'string' || typeof item['rulesVersion'] !== 'string')
      return refuse(t('msg.fileRefused.notExport'));
    const entry: UncheckedPayload['entries'][number] = {
      slug: item['slug'],
      rulesVersion: item['rulesVersion'],
      answers: item['answers'],
    };
    if (data['v'] === 2 && item['withheld'] !== undefined) entry.withheld = item['withheld'];
    entries.push(entry);
  }
  const value: UncheckedPayload = { context: { model: context.model, region: context.region }, entries };
  if (data['v'] === 1 && data['record'] !== undefined) value.record = data['record'];
  return { ok: true, value };
}

/** What the portfolio export holds besides the answers: when, and what the roll-up said. */
export interface PortfolioFileSummary {
  exportedAt: string;
  /** The tier implied, or null. */
  tier: string | null;
  /** Each competency's title and the level it reaches, by slug. */
  levels: Record<string, { title: string; achieved: string | null }>;
}

/**
 * The portfolio export as pretty-printed JSON text, with the partner record when there is one; version 2,
 * without the record, when money figures were left out (an entry carries `withheld`).
 */
export function writePortfolioFile(
  payload: PortfolioPayload,
  summary: PortfolioFileSummary,
  record?: PartnerRecord,
): string {
  const moneyless = payload.entries.some((e) => e.withheld !== undefined);
  const competencies = payload.entries.map((e) => ({
    slug: e.slug,
    title: summary.levels[e.slug]?.title ?? e.slug,
    achieved: summary.levels[e.slug]?.achieved ?? null,
    rulesVersion: e.rulesVersion,
    answers: e.answers,
    ...(e.withheld && { withheld: e.withheld }),
  }));
  const file = {
    format: PORTFOLIO_FILE_FORMAT,
    v: moneyless ? 2 : 1,
    context: payload.context,
    tier: summary.tier,
    competencies,
    exportedAt: summary.exportedAt,
    ...(record && !moneyless && { record }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
