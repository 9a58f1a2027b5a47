/**
 * A whole portfolio in a share link or a JSON file. The share link reuses the share-link codec
 * (share-link.ts) with the slug "portfolio" and, as its answers, { <slug>: { v: <rules hash>, a: <answers> } }.
 * The export, version 1:
 *   { format: "competency-portfolio", v: 1, context: { model, region }, tier,
 *     competencies: [{ slug, title, achieved, rulesVersion, answers }], exportedAt }
 *   + record? (optional): the partner record (src/schemas/record.ts), its sections as record-file.ts writes them
 * The portfolio imports it again (readPortfolioFile); `title` and `achieved` are for people reading the
 * file and are not read back. `record` was added within version 1: a file without it (an older export) reads
 * as before, and a page that does not know it ignores it. readPortfolioFile hands it on unchecked; the
 * record's own reader (readRecordFile in record-file.ts, which takes a portfolio export too) checks it entry
 * by entry and asks before an import, like the answers.
 */
import { FILE_FORMAT, fileJson, PORTFOLIO_FILE_FORMAT, PORTFOLIO_SHARE_SLUG } from './formats.ts';
import { notImported, oneCompetencyFile, oneCompetencyLink } from './messages.ts';
import type { Translate } from '../text/translate.ts';
import { decodeShare, encodeShare } from './share-link.ts';
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
}

/** What a portfolio link or export carries. */
export interface PortfolioPayload {
  context: { model: string; region: string };
  entries: PortfolioEntry[];
}

/** The fragment (without `#`) of a portfolio share link. */
export function encodePortfolioShare(payload: PortfolioPayload): string {
  const answers: Record<string, { v: string; a: Answers }> = {};
  for (const e of payload.entries) answers[e.slug] = { v: e.rulesVersion, a: e.answers };
  return encodeShare({ slug: PORTFOLIO_SHARE_SLUG, rulesVersion: '1', context: payload.context, answers });
}

/** Portfolio entries whose answers are still unchecked: each must go through the answers schema. */
export type UncheckedPayload = {
  context: { model: string; region: string };
  entries: { slug: string; rulesVersion: string; answers: unknown }[];
  /** The partner record an export carries, not yet read (readRecordFile); absent from links and older files. */
  record?: unknown;
};

/**
 * Reads a portfolio share link from a location hash. Never throws; the answers still need checking. One
 * competency's link is named by its title in the catalogue (`titleOf`).
 */
export function decodePortfolioShare(
  t: Translate,
  hash: string,
  titleOf: TitleOf = () => undefined,
): { ok: true; value: UncheckedPayload } | { ok: false; message: string } {
  const decoded = decodeShare(t, hash);
  if (!decoded.ok) return decoded;
  const { slug, context, answers } = decoded.value;
  if (slug !== PORTFOLIO_SHARE_SLUG) return { ok: false, message: oneCompetencyLink(t, titleOf(slug)) };
  if (!isRecord(answers)) return { ok: false, message: t('msg.damagedPortfolio') };
  const entries: UncheckedPayload['entries'] = [];
  for (const [key, value] of Object.entries(answers)) {
    if (!isRecord(value) || typeof value['v'] !== 'string')
      return { ok: false, message: t('msg.damagedPortfolio') };
    entries.push({ slug: key, rulesVersion: value['v'], answers: value['a'] });
  }
  return { ok: true, value: { context, entries } };
}

/**
 * Files larger than this are refused unread: an export of every competency is a few kilobytes, and the record
 * it may carry at most 4,000,000 characters (MAX_RECORD_FILE_BYTES in record-file.ts).
 */
export const MAX_PORTFOLIO_FILE_BYTES = 4_200_000;

/**
 * Reads a portfolio export's text (writePortfolioFile). Never throws; each competency's answers still
 * need checking against its rules, as a share link's do. One competency's export (or a copy of its saved
 * entry) is named by its title in the catalogue (`titleOf`).
 */
export function readPortfolioFile(
  t: Translate,
  text: string,
  titleOf: TitleOf = () => undefined,
): { ok: true; value: UncheckedPayload } | { ok: false; message: string } {
  const refuse = (why: string) => ({ ok: false as const, message: notImported(t, why) });
  const json = fileJson(t, text, MAX_PORTFOLIO_FILE_BYTES);
  if (!json.ok) return json;
  const { data } = json;
  if (isRecord(data) && (data['format'] === FILE_FORMAT || 'savedAt' in data) && 'slug' in data) {
    const slug = data['slug'];
    return refuse(oneCompetencyFile(t, typeof slug === 'string' ? titleOf(slug) : undefined));
  }
  if (!isRecord(data) || data['format'] !== PORTFOLIO_FILE_FORMAT || data['v'] !== 1)
    return refuse(t('msg.fileRefused.notExport'));
  const context = data['context'];
  const list = data['competencies'];
  if (!isContext(context) || !Array.isArray(list)) return refuse(t('msg.fileRefused.noContext'));
  const entries: UncheckedPayload['entries'] = [];
  for (const item of list as unknown[]) {
    if (!isRecord(item) || typeof item['slug'] !== 'string' || typeof item['rulesVersion'] !== 'string')
      return refuse(t('msg.fileRefused.notExport'));
    entries.push({ slug: item['slug'], rulesVersion: item['rulesVersion'], answers: item['answers'] });
  }
  const value: UncheckedPayload = { context: { model: context.model, region: context.region }, entries };
  if (data['record'] !== undefined) value.record = data['record'];
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

/** The portfolio export as pretty-printed JSON text, with the partner record when there is one. */
export function writePortfolioFile(
  payload: PortfolioPayload,
  summary: PortfolioFileSummary,
  record?: PartnerRecord,
): string {
  const competencies = payload.entries.map((e) => ({
    slug: e.slug,
    title: summary.levels[e.slug]?.title ?? e.slug,
    achieved: summary.levels[e.slug]?.achieved ?? null,
    rulesVersion: e.rulesVersion,
    answers: e.answers,
  }));
  const file = {
    format: PORTFOLIO_FILE_FORMAT,
    v: 1,
    context: payload.context,
    tier: summary.tier,
    competencies,
    exportedAt: summary.exportedAt,
    ...(record && { record }),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
