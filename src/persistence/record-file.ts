/**
 * The partner record (src/schemas/record.ts) in a JSON file, and what importing one does.
 *
 * The export, version 2, canonical JSON (sorted keys, src/util/canonical-json.ts), so that one record always
 * gives the same file:
 *   { format: "competency-record", v: 2, exportedAt: <ISO time>, record: { <section>: { <id>: entry } } }
 * Version 2 lets an entry carry `by` (who entered it and when it came, record.ts), which a version 1 reader
 * would drop; a version 1 file is the same shape without it and is read as it is.
 * The record page imports it again (readRecordFile), and also takes the record a portfolio export carries
 * (portfolio-file.ts) and the text of a stored record offered as a file (record-storage.ts). A file is read
 * without ever throwing, whatever it holds: one that is too large, not JSON, another kind of file or from a
 * newer version is refused in the site's words; each entry that cannot be read is left out and counted, the
 * rest are read (src/schemas/record-schema.ts).
 *
 * An import replaces the record: before it, the page shows what it adds, changes and removes in each section
 * (diffRecords, importQuestion), and once done it can be undone (applyRecordImport, undoRecordImport): the undo
 * puts back only the entries the import changed and nobody changed since, as replacement.ts does for answers.
 * Messages use only the site's own words and counts (`msg.record.*`), never text from the file; entry labels
 * (diffRecords) are the partner's own data, for a page to list as data, never inside a sentence.
 */
import { emptyRecord, RECORD_SECTIONS, type PartnerRecord, type RecordSection } from '../schemas/record.ts';
import { readPartnerRecord, type DroppedEntry } from '../schemas/record-schema.ts';
import type { Translate } from '../text/translate.ts';
import { canonicalJson } from '../util/canonical-json.ts';
import { isRecord } from '../util/is-record.ts';
import { FILE_FORMAT, fileJson, PORTFOLIO_FILE_FORMAT, RECORD_FILE_FORMAT } from './formats.ts';
import { changedEntries, RECORD_STORAGE_VERSION, type RecordRead } from './record-storage.ts';

export { RECORD_FILE_FORMAT };

/** The current version of the export. */
export const RECORD_FILE_VERSION = 2;

/**
 * Files larger than this are refused unread: a record at every section's limit of entries would be larger,
 * but the browser's storage holds about five million characters, and a real record is far smaller.
 */
export const MAX_RECORD_FILE_BYTES = 4_000_000;

/** The record as an export file's text: canonical JSON and a final line break. */
export function writeRecordFile(record: PartnerRecord, exportedAt: Date): string {
  return `${canonicalJson({ format: RECORD_FILE_FORMAT, v: RECORD_FILE_VERSION, exportedAt, record })}\n`;
}

/** Entries counted by section. */
export type SectionCounts = Partial<Record<RecordSection, number>>;

/** "2 people and 1 booking": counts of entries by section, in the sections' order, the empty ones left out. */
export function entriesText(t: Translate, counts: SectionCounts): string {
  const parts = RECORD_SECTIONS.filter((s) => (counts[s] ?? 0) > 0).map((s) =>
    t.count(`msg.record.entries.${s}`, counts[s] ?? 0),
  );
  return t.list(parts);
}

/** How many entries of each section a list names. */
function countsOf(entries: readonly { section: RecordSection }[]): SectionCounts {
  const counts: SectionCounts = {};
  for (const { section } of entries) counts[section] = (counts[section] ?? 0) + 1;
  return counts;
}

/** Sentences one after the other, the empty ones left out. */
const sentences = (t: Translate, ...said: (string | null | false)[]): string =>
  said.filter((s): s is string => !!s).reduce((first, then) => t('list.then', { first, then }));

/**
 * What was left out of a record read from a file or storage: how many entries of each section could not be
 * read, and how many parts of the file a record does not have. Null when nothing was.
 */
export function recordLeftOutNote(
  t: Translate,
  dropped: readonly DroppedEntry[],
  unknownSections = 0,
): string | null {
  if (dropped.length === 0 && unknownSections === 0) return null;
  return sentences(
    t,
    dropped.length > 0 && t('msg.record.leftOut', { entries: entriesText(t, countsOf(dropped)) }),
    unknownSections > 0 && t.count('msg.record.unknownSections', unknownSections),
  );
}

/** What a page says about the stored record: why it is left as it is, or what was left out; null when all is read. */
export function savedRecordNote(t: Translate, read: RecordRead): string | null {
  if (read.status === 'invalid') return t(`msg.record.saved.${read.why}`);
  if (read.status === 'ok' && read.dropped.length > 0)
    return t('msg.record.saved.leftOut', { entries: entriesText(t, countsOf(read.dropped)) });
  return null;
}

/** Why a file was not imported (`why`, a sentence), followed by "Your record is unchanged.". */
const notImported = (t: Translate, why: string): string =>
  sentences(t, t('msg.notImported', { why }), t('msg.record.unchanged'));

/** What a record file held. */
export type RecordFileRead =
  | {
      ok: true;
      record: PartnerRecord;
      /** The entries left out (the rest were read). */
      dropped: DroppedEntry[];
      /** What was left out, in the site's words; null when nothing was. */
      note: string | null;
    }
  | { ok: false; message: string };

/** Whether a value declares a version above `known`. */
const newerThan = (data: Record<string, unknown>, known: number): boolean =>
  typeof data['v'] === 'number' && data['v'] > known;

/** Reads a record from a file's parsed JSON, or why it is refused. */
function recordIn(t: Translate, data: unknown): { record: unknown } | { why: string } {
  if (!isRecord(data)) return { why: t('msg.record.fileRefused.notExport') };
  const format = data['format'];
  if (format === RECORD_FILE_FORMAT) {
    if (newerThan(data, RECORD_FILE_VERSION)) return { why: t('msg.record.fileRefused.newer') };
    return data['v'] === RECORD_FILE_VERSION || data['v'] === 1
      ? { record: data['record'] }
      : { why: t('msg.record.fileRefused.notExport') };
  }
  if (format === PORTFOLIO_FILE_FORMAT) {
    // Version 2 (without money figures, portfolio-file.ts) never carries a record.
    if (newerThan(data, 2)) return { why: t('msg.record.fileRefused.newer') };
    return 'record' in data ? { record: data['record'] } : { why: t('msg.record.fileRefused.answers') };
  }
  if (format === FILE_FORMAT || 'slug' in data) return { why: t('msg.record.fileRefused.answers') };
  // The stored record offered as a file: { v, record, changed, savedAt }.
  if (format === undefined && 'record' in data && 'savedAt' in data) {
    if (newerThan(data, RECORD_STORAGE_VERSION)) return { why: t('msg.record.fileRefused.newer') };
    if (data['v'] === RECORD_STORAGE_VERSION || data['v'] === 1) return { record: data['record'] };
  }
  return { why: t('msg.record.fileRefused.notExport') };
}

/**
 * Reads a record file's text: a record export, a portfolio export that carries a record, or a stored record
 * offered as a file. Never throws; refuses in the site's words, and leaves out (and counts) each entry it
 * cannot read.
 */
export function readRecordFile(t: Translate, text: string): RecordFileRead {
  try {
    if (text.length > MAX_RECORD_FILE_BYTES)
      return { ok: false, message: notImported(t, t('msg.record.fileRefused.tooLarge')) };
    // An editor may start the file with a byte order mark, which is no part of the JSON.
    const json = fileJson(t, text.replace(/^\uFEFF/, ''), MAX_RECORD_FILE_BYTES);
    if (!json.ok) return { ok: false, message: notImported(t, t('msg.fileRefused.notJson')) };
    const found = recordIn(t, json.data);
    if ('why' in found) return { ok: false, message: notImported(t, found.why) };
    const read = readPartnerRecord(found.record);
    if (!read.ok) return { ok: false, message: notImported(t, t('msg.record.fileRefused.notExport')) };
    const kept = RECORD_SECTIONS.some((s) => Object.keys(read.record[s]).length > 0);
    if (!kept && read.dropped.length > 0)
      return { ok: false, message: notImported(t, t('msg.record.fileRefused.noEntries')) };
    const { record, dropped, unknownSections } = read;
    return { ok: true, record, dropped, note: recordLeftOutNote(t, dropped, unknownSections) };
  } catch {
    return { ok: false, message: notImported(t, t('msg.fileRefused.unread')) };
  }
}

/** An entry in a diff: its id and how the partner names it (their own data, never part of a sentence). */
export interface DiffEntry {
  id: string;
  label: string;
}

/** What an import does to one section. */
export interface SectionDiff {
  added: DiffEntry[];
  changed: DiffEntry[];
  removed: DiffEntry[];
}

/** What an import does, section by section. */
export type RecordDiff = Record<RecordSection, SectionDiff>;

/** A competency's title in the catalogue by its slug, when known. */
export type TitleOf = (slug: string) => string | undefined;

/**
 * How the partner names an entry: a person by their label, a pass by its person and name, a booking by its
 * competency and quarter, and so on; competencies by their catalogue titles when `titleOf` knows them.
 */
export function entryLabel(
  record: PartnerRecord,
  section: RecordSection,
  id: string,
  titleOf: TitleOf = () => undefined,
): string {
  const person = (pid: string): string => record.people[pid]?.label ?? pid;
  const title = (slug: string): string => titleOf(slug) ?? slug;
  switch (section) {
    case 'people': {
      return record.people[id]?.label ?? id;
    }
    case 'credentials': {
      const c = record.credentials[id];
      return c ? `${person(c.person)} · ${c.name} · ${c.passed}` : id;
    }
    case 'bookings': {
      const b = record.bookings[id];
      return b ? `${title(b.competency)} · ${b.quarter}` : id;
    }
    case 'references': {
      const r = record.references[id];
      return r ? `${title(r.competency)} · ${r.customer} · ${r.date}` : id;
    }
    case 'surveys': {
      const s = record.surveys[id];
      return s ? `${title(s.competency)} · ${s.date}` : id;
    }
    case 'evidence': {
      const e = record.evidence[id];
      return e ? `${title(e.competency)} · ${e.requirement}` : id;
    }
    case 'allocations': {
      return person(id);
    }
  }
}

/** What importing `incoming` over `current` adds, changes and removes, section by section, with labels. */
export function diffRecords(
  current: PartnerRecord,
  incoming: PartnerRecord,
  titleOf: TitleOf = () => undefined,
): RecordDiff {
  const diff = {} as RecordDiff;
  for (const section of RECORD_SECTIONS) diff[section] = { added: [], changed: [], removed: [] };
  for (const [section, id] of changedEntries(current, incoming)) {
    const was = (current[section] as Record<string, unknown>)[id];
    const is = (incoming[section] as Record<string, unknown>)[id];
    if (was === undefined)
      diff[section].added.push({ id, label: entryLabel(incoming, section, id, titleOf) });
    else if (is === undefined)
      diff[section].removed.push({ id, label: entryLabel(current, section, id, titleOf) });
    else diff[section].changed.push({ id, label: entryLabel(incoming, section, id, titleOf) });
  }
  return diff;
}

/** How many entries an import adds, changes and removes, by section. */
export function diffCounts(diff: RecordDiff): {
  added: SectionCounts;
  changed: SectionCounts;
  removed: SectionCounts;
} {
  const counts = { added: {} as SectionCounts, changed: {} as SectionCounts, removed: {} as SectionCounts };
  for (const section of RECORD_SECTIONS) {
    for (const what of ['added', 'changed', 'removed'] as const) {
      const n = diff[section][what].length;
      if (n > 0) counts[what][section] = n;
    }
  }
  return counts;
}

/** Whether an import changes nothing. */
export const sameRecord = (diff: RecordDiff): boolean =>
  RECORD_SECTIONS.every((s) => diff[s].added.length + diff[s].changed.length + diff[s].removed.length === 0);

/**
 * The question before an import, in counts: "Using this file adds 2 people, changes 1 booking and removes 3
 * customer references, which the file does not hold." Or that the file holds the same record.
 */
export function importQuestion(t: Translate, diff: RecordDiff): string {
  if (sameRecord(diff)) return t('msg.record.same');
  const { added, changed, removed } = diffCounts(diff);
  const parts = [
    Object.keys(added).length > 0 && t('msg.record.adds', { entries: entriesText(t, added) }),
    Object.keys(changed).length > 0 && t('msg.record.changes', { entries: entriesText(t, changed) }),
    Object.keys(removed).length > 0 && t('msg.record.removes', { entries: entriesText(t, removed) }),
  ].filter((p): p is string => !!p);
  return t('msg.record.using', { changes: t.list(parts) });
}

/** One entry an import replaced: its value before and after (undefined: absent). */
export interface ReplacedEntry {
  section: RecordSection;
  id: string;
  before: unknown;
  after: unknown;
}

/** What an import replaced, to undo it. */
export interface RecordReplacement {
  entries: ReplacedEntry[];
}

/** A copy of a record, each section copied (entries are never changed in place). */
function copyRecord(record: PartnerRecord): PartnerRecord {
  const copy = emptyRecord();
  for (const section of RECORD_SECTIONS) Object.assign(copy[section], record[section]);
  return copy;
}

/**
 * The record after importing `incoming` over `current` (the file's record, whole), and what it replaced, to
 * undo it. The page saves the record (writeRecord), which times every entry that changed.
 */
export function applyRecordImport(
  current: PartnerRecord,
  incoming: PartnerRecord,
): { record: PartnerRecord; replacement: RecordReplacement } {
  const entries = changedEntries(current, incoming).map(([section, id]): ReplacedEntry => ({
    section,
    id,
    before: (current[section] as Record<string, unknown>)[id],
    after: (incoming[section] as Record<string, unknown>)[id],
  }));
  return { record: copyRecord(incoming), replacement: { entries } };
}

/**
 * The record `now` with an import undone: each entry it replaced goes back to its value before, unless it was
 * changed since (its value is no longer the one the import gave it).
 */
export function undoRecordImport(now: PartnerRecord, replacement: RecordReplacement): PartnerRecord {
  const next = copyRecord(now);
  for (const { section, id, before, after } of replacement.entries) {
    const out = next[section] as Record<string, unknown>;
    const is = out[id];
    if (
      is === undefined
        ? after !== undefined
        : after === undefined || canonicalJson(is) !== canonicalJson(after)
    )
      continue;
    if (before === undefined) delete out[id];
    else out[id] = before;
  }
  return next;
}

/** Said once an import replaced the record, naming the file the partner chose. */
export const recordImportedNote = (t: Translate, file: string): string => t('msg.record.imported', { file });

/** Said once an import was undone. */
export const recordUndoneNote = (t: Translate): string => t('msg.record.undone');
