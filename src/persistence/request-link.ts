/**
 * Asking colleagues for some of the partner record's fields, without a server: the owner's request and the
 * colleague's reply, as links (the URL fragment, never sent) or, for the reply, a file; either may be sealed
 * with a passphrase (sealed.ts). Loaded only when the owner makes a request or a page opens one or a reply.
 *
 * A request, version 1, compact JSON:
 *   { f: "competency-request", v: 1, id, from, at, ask }
 * - `id`: a record id (record-values.ts) the reply names again, so a reply can be told from another's.
 * - `from`: the owner's name as they gave it; `at`: when the request was made (an ISO moment, UTC).
 * - `ask`: what is asked, each section optional: `credentials: { people: [{ id, label }…] }` (the passes of
 *   the record's people named, by their id in the owner's record and their label),
 *   `bookings: { competencies: [slug…], quarters: ["2026-Q3"…] }`, `references: { competencies: [slug…] }`,
 *   `surveys: { competencies: [slug…] }`.
 * A reply, version 1, compact JSON:
 *   { f: "competency-reply", v: 1, request, from, ask, by: { name, at },
 *     record: { credentials, bookings, references, surveys } }
 * - `request`, `from`, `ask`: the request's, so the owner sees what was asked; `by`: the colleague's name and
 *   when they made the reply; `record`: the entries they gave, as the record holds them (record.ts), only
 *   in the sections and for the people, competencies and quarters asked (a pass only of a person asked about;
 *   a reply adds no people). Each entry read takes `by` as its own.
 *
 * In a link: `#ask=<base64url of the JSON>.<checksum>` or `#reply=…`, as share links (share-link.ts); sealed,
 * the base64url of the envelope's JSON (an object, `{ v, alg, … }`) in its place. A reply file is the reply's
 * JSON itself, or a sealed file (`format: "competency-sealed"`) whose text is that JSON.
 *
 * Reading never throws: a link cut or edited, another kind of text, a newer version, a request for
 * competencies the site does not list: a message in the site's words, and nothing changes. Entries of a reply
 * that cannot be read, or lie outside what was asked, are left out and counted.
 */
import type { PartnerRecord, RecordSource } from '../schemas/record.ts';
import { emptyRecord } from '../schemas/record.ts';
import { isInstant, MAX_LABEL_LENGTH, readPartnerRecord, readSource } from '../schemas/record-schema.ts';
import { isQuarter, isRecordId } from '../schemas/record-values.ts';
import type { Translate } from '../text/translate.ts';
import { isRecord } from '../util/is-record.ts';
import { REPLY_FORMAT, REQUEST_FORMAT, SEALED_FILE_FORMAT } from './formats.ts';
import { REPLY_PARAM, REQUEST_PARAM } from './request-fragment.ts';
import { checksum, fragmentText, fromBase64Url, toBase64Url } from './share-link.ts';

export { REPLY_FORMAT, REQUEST_FORMAT };

/** The version of requests and replies. */
export const REQUEST_VERSION = 1;
/** The most quarters a request may ask bookings for (ten years), the most competencies per section and people. */
export const MAX_ASKED_QUARTERS = 40;
export const MAX_ASKED_COMPETENCIES = 200;
export const MAX_ASKED_PEOPLE = 1000;
/** The longest reply file read. */
export const MAX_REPLY_FILE_BYTES = 2_000_000;

/** The sections a request may ask for, in the record's order (RECORD_SECTIONS). */
export const ASKABLE = ['credentials', 'bookings', 'references', 'surveys'] as const;
export type AskedSection = (typeof ASKABLE)[number];

/** A person a request asks the passes of: their id in the owner's record and their label there. */
export interface AskedPerson {
  id: string;
  label: string;
}

/** What a request asks for. */
export interface RecordAsk {
  credentials?: { people: AskedPerson[] };
  bookings?: { competencies: string[]; quarters: string[] };
  references?: { competencies: string[] };
  surveys?: { competencies: string[] };
}

/** A request for some of the record's fields. */
export interface RecordRequest {
  id: string;
  /** The owner's name. */
  from: string;
  /** When it was made, an ISO moment. */
  at: string;
  ask: RecordAsk;
}

/** A colleague's reply to a request. */
export interface RecordReply {
  /** The request's id, name of its owner and what it asked. */
  request: string;
  from: string;
  ask: RecordAsk;
  /** Who replied and when. */
  by: RecordSource;
  /** The entries given, in the sections asked; each carries `by`. */
  record: PartnerRecord;
}

/** Why a link or file was not read, in the site's words; `sealed` holds a protected one's envelope, unchecked. */
export type RequestError = { ok: false; message: string; sealed?: unknown };
export type Read<T> = { ok: true; value: T; leftOut: number } | RequestError;

type Kind = 'request' | 'reply';

/** Whether a value is a list of at most `max` distinct items that `each` takes. */
const listOf = (value: unknown, max: number, each: (v: unknown) => boolean): value is string[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.length <= max &&
  value.every(each) &&
  new Set(value).size === value.length;

const isName = (value: unknown): value is string =>
  typeof value === 'string' &&
  value.trim() !== '' &&
  value.length <= MAX_LABEL_LENGTH &&
  readSource({ name: value, at: '2000-01-01T00:00:00Z' }) !== undefined;

/** Reads the people a request asks the passes of: at least one, each id once, or null when one is not right. */
function readPeople(value: unknown): AskedPerson[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > MAX_ASKED_PEOPLE) return null;
  const people: AskedPerson[] = [];
  for (const item of value) {
    if (!isRecord(item) || !isRecordId(item['id']) || !isName(item['label'])) return null;
    people.push({ id: item['id'], label: item['label'] });
  }
  return new Set(people.map((p) => p.id)).size === people.length ? people : null;
}

/**
 * Reads what a request asks: each section's competencies and quarters, or 'damaged' when one is not right, or
 * 'unknown' when one names a competency `known` does not hold. Sections a request cannot ask are ignored.
 */
function readAsk(value: unknown, known: ReadonlySet<string>): RecordAsk | 'damaged' | 'unknown' {
  if (!isRecord(value)) return 'damaged';
  const ask: RecordAsk = {};
  let unknown = false;
  for (const section of ASKABLE) {
    const part = Object.prototype.hasOwnProperty.call(value, section) ? value[section] : undefined;
    if (part === undefined) continue;
    if (!isRecord(part)) return 'damaged';
    if (section === 'credentials') {
      const people = readPeople(part['people']);
      if (people === null) return 'damaged';
      ask.credentials = { people };
      continue;
    }
    const competencies = part['competencies'];
    if (!listOf(competencies, MAX_ASKED_COMPETENCIES, isRecordId)) return 'damaged';
    if (competencies.some((c) => !known.has(c))) unknown = true;
    if (section === 'bookings') {
      const quarters = part['quarters'];
      if (!listOf(quarters, MAX_ASKED_QUARTERS, isQuarter)) return 'damaged';
      ask.bookings = { competencies: [...competencies], quarters: [...quarters].sort() };
    } else ask[section] = { competencies: [...competencies] };
  }
  if (unknown) return 'unknown';
  return Object.keys(ask).length === 0 ? 'damaged' : ask;
}

/** Whether an entry of a section lies within what was asked: a pass of a person asked about, or an entry of a competency and quarter asked. */
export function isAsked(
  ask: RecordAsk,
  section: AskedSection,
  entry: { competency?: string; quarter?: string; person?: string },
) {
  if (section === 'credentials') return ask.credentials?.people.some((p) => p.id === entry.person) ?? false;
  const part = ask[section];
  if (entry.competency === undefined) return false;
  if (!part?.competencies.includes(entry.competency)) return false;
  return section !== 'bookings' || (ask.bookings?.quarters.includes(entry.quarter ?? '') ?? false);
}

/** The message of a problem with a request or a reply. */
const problem = (t: Translate, kind: Kind, why: 'damaged' | 'newer' | 'unknown' | 'sealed' | 'other') =>
  kind === 'request' ? t(`msg.request.${why}`) : t(`msg.reply.${why}`);

/** Checks the head of a parsed request or reply: its format and version. */
function head(t: Translate, kind: Kind, data: unknown): RequestError | Record<string, unknown> {
  if (!isRecord(data)) return { ok: false, message: problem(t, kind, 'damaged') };
  const format = data['f'] ?? data['format'];
  if (format === SEALED_FILE_FORMAT || (format === undefined && 'alg' in data && 'data' in data))
    return { ok: false, message: problem(t, kind, 'sealed'), sealed: data };
  const mine = kind === 'request' ? REQUEST_FORMAT : REPLY_FORMAT;
  const theirs = kind === 'request' ? REPLY_FORMAT : REQUEST_FORMAT;
  if (format === theirs) return { ok: false, message: problem(t, kind, 'other') };
  if (format !== mine) return { ok: false, message: problem(t, kind, 'damaged') };
  const v = data['v'];
  if (typeof v === 'number' && v > REQUEST_VERSION) return { ok: false, message: problem(t, kind, 'newer') };
  if (v !== REQUEST_VERSION) return { ok: false, message: problem(t, kind, 'damaged') };
  return data;
}

/** Reads a request's JSON text (a link's, or a sealed link's once opened). Never throws. */
export function readRequestJson(t: Translate, json: string, known: ReadonlySet<string>): Read<RecordRequest> {
  try {
    const data = head(t, 'request', JSON.parse(json));
    if ('ok' in data && data.ok === false) return data as RequestError;
    const { id, from, at } = data as Record<string, unknown>;
    if (!isRecordId(id) || !isName(from) || !isInstant(at))
      return { ok: false, message: problem(t, 'request', 'damaged') };
    const ask = readAsk((data as Record<string, unknown>)['ask'], known);
    if (typeof ask === 'string') return { ok: false, message: problem(t, 'request', ask) };
    return { ok: true, value: { id, from, at, ask }, leftOut: 0 };
  } catch {
    return { ok: false, message: problem(t, 'request', 'damaged') };
  }
}

/** Reads a reply's JSON text (a link's, a file's, or a sealed one's once opened). Never throws. */
export function readReplyJson(t: Translate, json: string, known: ReadonlySet<string>): Read<RecordReply> {
  try {
    const data = head(t, 'reply', JSON.parse(json));
    if ('ok' in data && data.ok === false) return data as RequestError;
    const { request, from, by: rawBy, record: rawRecord } = data as Record<string, unknown>;
    const by = readSource(rawBy);
    if (!isRecordId(request) || !isName(from) || !by)
      return { ok: false, message: problem(t, 'reply', 'damaged') };
    const ask = readAsk((data as Record<string, unknown>)['ask'], known);
    if (typeof ask === 'string') return { ok: false, message: problem(t, 'reply', ask) };
    // Only the sections asked are read; anything else the reply holds is left out and counted.
    const asked: Record<string, unknown> = {};
    let leftOut = 0;
    if (isRecord(rawRecord)) {
      for (const [section, entries] of Object.entries(rawRecord)) {
        if ((ASKABLE as readonly string[]).includes(section) && section in ask) asked[section] = entries;
        else if (isRecord(entries)) leftOut += Object.keys(entries).length;
      }
    } else if (rawRecord !== undefined) return { ok: false, message: problem(t, 'reply', 'damaged') };
    const read = readPartnerRecord(asked);
    if (!read.ok) return { ok: false, message: problem(t, 'reply', 'damaged') };
    leftOut += read.dropped.length;
    const record = emptyRecord();
    for (const section of ASKABLE) {
      const out = record[section] as Record<string, unknown>;
      for (const [id, entry] of Object.entries(read.record[section])) {
        if (isAsked(ask, section, entry as { competency?: string; quarter?: string; person?: string }))
          out[id] = { ...entry, by };
        else leftOut += 1;
      }
    }
    return { ok: true, value: { request, from, ask, by, record }, leftOut };
  } catch {
    return { ok: false, message: problem(t, 'reply', 'damaged') };
  }
}

/** A request as the compact JSON text its link carries, or seals. */
export const requestJson = (request: RecordRequest): string =>
  JSON.stringify({ f: REQUEST_FORMAT, v: REQUEST_VERSION, ...request });

/** A reply as the compact JSON text its link or file carries, or seals; entries without their `by` (the reply's). */
export function replyJson(reply: RecordReply): string {
  const record: Record<string, Record<string, unknown>> = {};
  for (const section of ASKABLE) {
    if (!(section in reply.ask)) continue;
    const entries: Record<string, unknown> = {};
    const given: Record<string, { by?: unknown }> = reply.record[section];
    for (const [id, entry] of Object.entries(given)) {
      const { by: _by, ...rest } = entry;
      entries[id] = rest;
    }
    record[section] = entries;
  }
  const { request, from, ask, by } = reply;
  return JSON.stringify({ f: REPLY_FORMAT, v: REQUEST_VERSION, request, from, ask, by, record });
}

/** The fragment (without `#`) of a link for a text: `ask=` or `reply=`, its base64url and checksum. */
export function linkFragment(kind: Kind, text: string): string {
  const body = toBase64Url(text);
  return `${kind === 'request' ? REQUEST_PARAM : REPLY_PARAM}=${body}.${checksum(body)}`;
}

/** A link's JSON text from a location hash, or why not (none, cut or edited). Never throws. */
export function linkJson(t: Translate, kind: Kind, hash: string): { ok: true; json: string } | RequestError {
  const damaged: RequestError = { ok: false, message: problem(t, kind, 'damaged') };
  const text = fragmentText(hash, kind === 'request' ? REQUEST_PARAM : REPLY_PARAM);
  if (text === null) return damaged;
  const match = /^([A-Za-z0-9_-]+)\.([0-9a-z]{1,7})[^A-Za-z0-9_-]*$/.exec(text);
  if (match === null) return damaged;
  const [, body = '', sum] = match;
  if (checksum(body) !== sum) return damaged;
  try {
    return { ok: true, json: fromBase64Url(body) };
  } catch {
    return damaged;
  }
}

/** Reads a request link's hash: the request, or why not (`sealed` holding a protected one's envelope). */
export function decodeRequest(t: Translate, hash: string, known: ReadonlySet<string>): Read<RecordRequest> {
  const link = linkJson(t, 'request', hash);
  return link.ok ? readRequestJson(t, link.json, known) : link;
}

/** Reads a reply link's hash: the reply, or why not (`sealed` holding a protected one's envelope). */
export function decodeReply(t: Translate, hash: string, known: ReadonlySet<string>): Read<RecordReply> {
  const link = linkJson(t, 'reply', hash);
  return link.ok ? readReplyJson(t, link.json, known) : link;
}

/** Reads a reply file's text: a reply, or a sealed file (`sealed`), or why not. Never throws. */
export function readReplyFile(t: Translate, text: string, known: ReadonlySet<string>): Read<RecordReply> {
  if (text.length > MAX_REPLY_FILE_BYTES) return { ok: false, message: problem(t, 'reply', 'damaged') };
  return readReplyJson(t, text.replace(/^\uFEFF/, ''), known);
}

/** A reply file's text: the reply's JSON and a final line break. */
export const replyFileText = (reply: RecordReply): string => `${replyJson(reply)}\n`;
