/**
 * The JSON evidence pack: what a competency, or a portfolio's competencies, were scored with and what they
 * gave, hash-stamped so that a validator can tell whether it was edited since it was made. The workbook
 * (pack-workbook.ts) shows the same content and names the same hash.
 *
 * Shape, version 2 (every object's keys in any order; src/engine/evidence-pack.ts builds it):
 *   { format: "competency-evidence-pack", v: 2,
 *     createdAt     when it was made, an ISO timestamp, e.g. "2026-12-07T09:30:00.000Z"
 *     scope         { kind: "portfolio" } or { kind: "competency", slug }
 *     rulesVersion  { <slug>: the rules version of the content, e.g. "1.1" }
 *     rulesHash     { <slug>: the content's rules hash (src/engine/hash.ts), 16 hex digits }
 *     context       { day: YYYY-MM-DD the figures are worked out for, lang: the language of the page it was
 *                     made on, businessModel, region: the page's, competencies: { <slug>: { businessModel,
 *                     region } each competency was scored for } }
 *     answers       { <slug>: { <requirement id>: number | boolean } } the figures scored: the typed ones, and
 *                     the partner record's for the rest
 *     sources       { <slug>: { <requirement id>: "typed" | "record" | "unanswered" } } for every requirement
 *                   of the competency's levels on its business model
 *     verdicts      { tier: the id of the tier the levels imply, or null (always null for one competency),
 *                     competencies: { <slug>: { status: "assessed" | "not-offered", achieved: level id | null,
 *                     levels: [{ level, state: "met" | "partial" | "unmet" | "unanswered", percent,
 *                     requirements: [{ id, status, progress: 0..1 }] }] } } }
 *     people        [{ person, label, credential, name, passed, expires, competency, requirement, by? }]: each
 *                   pass of the record counted toward a requirement whose figure the verdict uses; ids are the
 *                   record's, `expires` the first day it no longer counts ('' when it does not lapse), `by`
 *                   { name, at } who entered it and when it came, when a colleague's reply brought it
 *     evidence      { <slug>: { <requirement id>: { owner: label, status: "todo" | "doing" | "ready", due,
 *                     note, links: [] } } } from the partner record ({} without one)
 *     enteredBy     { <slug>: { <requirement id>: [{ name, at }] } } who entered the record's entries behind
 *                   each figure from the record, when colleagues' replies brought them ({} without a record)
 *     withheld      null when the pack holds every figure; made with "leave out money figures", the verdicts
 *                   kept in place of the money figures left out, { <slug>: { <requirement id>: { <level id>:
 *                   "met" | "unmet" } } } (src/engine/withheld.ts): `answers` then holds no revenue or growth
 *                   figure, and `verdicts` and the workbook are scored as a receiver scores the kept verdicts
 *                   (a partly met one as not met, so that no progress gives an amount back)
 *     checkAt       where on the site that made it a pack is checked, a path from the site's root, e.g.
 *                   "/evidence-pack/" or "/de/evidence-pack/"
 *     hash }        SHA-256, 64 lowercase hex digits, over the canonical JSON of every other field: keys
 *                   sorted by UTF-16 code units at every level, no whitespace, numbers as JavaScript writes
 *                   them (src/util/canonical-json.ts), encoded as UTF-8
 * A change of these fields or their meaning raises `v`; readers refuse a version they do not know and say a
 * later one is newer. Version 1 had neither `withheld` nor `checkAt`, and is still checked.
 *
 * Protected with a passphrase, the JSON pack's text is sealed as an export file is (sealed.ts, a
 * `competency-sealed` file), and so is the workbook, inside its wrapper (pack-workbook-file.ts).
 */
import type { PackBody } from '../engine/evidence-pack.ts';
import { canonicalJson } from '../util/canonical-json.ts';
import { isRecord } from '../util/is-record.ts';
import { withBase } from '../util/base-path.ts';
import { langOf, localePath } from '../text/langs.ts';
import { PACK_FORMAT } from './formats.ts';

export { PACK_FORMAT };

/** The version of the pack's shape. */
export const PACK_VERSION = 2;
/** The versions checked: this one and those before it. */
const KNOWN_VERSIONS: readonly unknown[] = [1, 2];

/** The page where a validator checks a pack, from the site's root in the default language. */
export const PACK_CHECK_PATH = '/evidence-pack/';

/** That page in a language (a BCP 47 tag; the default for one the site does not speak), base path included. */
export const packCheckHref = (base: string, lang: string): string =>
  withBase(base, localePath(langOf(lang), PACK_CHECK_PATH));

/** Packs larger than this are not read: a portfolio's pack of the whole catalogue is far smaller. */
export const MAX_PACK_BYTES = 5_000_000;

/** The SHA-256 of a text's UTF-8 bytes, as lowercase hex (Web Crypto). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The hash of a pack: SHA-256 over the canonical JSON of every field but `hash`. */
export function packHash(body: Readonly<Record<string, unknown>>): Promise<string> {
  const { hash: _left, ...rest } = body;
  return sha256Hex(canonicalJson(rest));
}

/** The pack as a file's text (indented, for a person to read) and its hash. */
export async function writePack(body: PackBody): Promise<{ text: string; hash: string }> {
  const hash = await packHash(body as unknown as Record<string, unknown>);
  return { text: JSON.stringify({ ...body, hash }, null, 2) + '\n', hash };
}

/** What a validator learns from a pack's text. */
export type PackCheck =
  | { status: 'intact'; hash: string }
  | { status: 'edited'; hash: string; expected: string }
  | { status: 'newer' }
  | { status: 'not-a-pack' };

/**
 * Whether a text is an evidence pack as it was made ('intact'), one changed since ('edited': its content no
 * longer gives its hash), a pack of a later version than this site reads ('newer'), or no pack at all.
 * Never throws, whatever the text.
 */
export async function verifyPack(text: string): Promise<PackCheck> {
  try {
    if (typeof text !== 'string' || text.length > MAX_PACK_BYTES) return { status: 'not-a-pack' };
    const data: unknown = JSON.parse(text);
    if (!isRecord(data) || data['format'] !== PACK_FORMAT) return { status: 'not-a-pack' };
    const v = data['v'];
    if (typeof v === 'number' && v > PACK_VERSION) return { status: 'newer' };
    if (!KNOWN_VERSIONS.includes(v) || typeof data['hash'] !== 'string') return { status: 'not-a-pack' };
    const given = data['hash'];
    const expected = await packHash(data);
    return given === expected
      ? { status: 'intact', hash: given }
      : { status: 'edited', hash: given, expected };
  } catch {
    // Not JSON, nested too deep to serialise, or no Web Crypto here.
    return { status: 'not-a-pack' };
  }
}
