/**
 * Where the partner record (src/schemas/record.ts) is kept: one entry in the browser's localStorage (or any
 * Storage-like object, so it tests without a DOM), reached through the storage gateway (storage-gateway.ts),
 * which knows whether the browser reads and writes: with writes refused, what the page saves is kept in the
 * tab.
 *
 * Data shape, key `competency-record`, version 2:
 *   { v: 2, record: { people, credentials, bookings, references, surveys, evidence, allocations },
 *     changed: { '<section>/<id>': <epoch ms> }, savedAt }
 * Each section maps ids to entries (record.ts). `changed` says when each entry was last changed, added or
 * deleted; a deleted entry keeps its time (a tombstone), so a tab that still holds the entry does not write
 * it back. An entry without a time counts as changed at time 0. `savedAt` is an ISO timestamp.
 *
 * Tabs merge entry by entry (mergeRecords): the later change of each entry wins, a deletion winning a tie, and
 * two different entries changed at the same millisecond keep the one whose canonical JSON sorts last, so every
 * tab ends with the same record whichever write lands last. A save reads, merges and writes in one task
 * (writeRecord); another tab may still write in between, and the next save writes back what that write
 * lacked. The record removed from storage (cleared in another tab, or site data cleared) is never written
 * back from what a tab last knew: only that tab's own changes since are.
 *
 * Reads never throw. Each entry is read with its section's schema (src/schemas/record-schema.ts): one that
 * fails is left out and named (section and id) while the others are read, and it is written back as it was
 * on every save, unless the page itself changed that entry, so nothing is lost. A stored record that cannot be
 * read at all (not JSON, not this shape, a section that is no map) or that a newer version of the site wrote
 * is left as it is and never written over: the read says why (`msg.record.saved.*`) and hands its text back,
 * to offer as a file.
 *
 * Migrations: every older shape is turned into the current one on read (`migrate`), then validated; the next
 * save writes the current shape.
 * - v1 -> v2 (`fromV1`): version 2 lets an entry carry `by`, who entered it and when it came (a colleague's
 *   reply, record.ts). A version 1 page reads entries field by field and would write them back without it, so
 *   the version was raised: a version 1 page leaves a version 2 record alone (`newer`). A version 1 record has
 *   no `by` and is otherwise the same shape: only `v` changes.
 * To add version 3: write `fromV2`, chain it in `migrate`, and raise RECORD_STORAGE_VERSION.
 */
import { emptyRecord, RECORD_SECTIONS, type PartnerRecord, type RecordSection } from '../schemas/record.ts';
import { readPartnerRecord, type DroppedEntry } from '../schemas/record-schema.ts';
import { isRecordId } from '../schemas/record-values.ts';
import { canonicalJson } from '../util/canonical-json.ts';
import { isRecord } from '../util/is-record.ts';
import type { StorageLike } from './storage-access.ts';
import { RECORD_KEY } from './record-key.ts';
import { isStamp, readEnvelope, type Migrate, type UnreadableWhy } from './stored-json.ts';

/** The localStorage key of the partner record (record-key.ts, which a page's first load reads). */
export { RECORD_KEY };
/** The current envelope version. */
export const RECORD_STORAGE_VERSION = 2;

/** When each entry was last changed, added or deleted: epoch ms by `'<section>/<id>'` (changeKey). */
export type RecordChanged = Record<string, number>;

/** A record with when each entry last changed: what tabs merge. */
export interface RecordState {
  record: PartnerRecord;
  changed: RecordChanged;
}

/** The record as stored. */
export interface RecordEnvelope {
  v: typeof RECORD_STORAGE_VERSION;
  record: PartnerRecord;
  changed: RecordChanged;
  savedAt: string;
}

/** What a read found. */
export type RecordRead =
  | { status: 'empty' }
  | {
      status: 'ok';
      state: RecordState;
      savedAt: string;
      /** The entries that could not be read, left out here and kept as they are in storage. */
      dropped: DroppedEntry[];
    }
  | {
      status: 'invalid';
      /** Why it is left as it is: `msg.record.saved.*` says it in the site's words. */
      why: UnreadableWhy;
      /** The stored text the site cannot understand, to offer as a file; absent when it could not be read. */
      text?: string;
    };

/** The key of an entry in `changed`. */
export const changeKey = (section: RecordSection, id: string): string => `${section}/${id}`;

const SECTIONS: ReadonlySet<string> = new Set(RECORD_SECTIONS);

/** The section and id of a `changed` key, or null when it names no entry a record may hold. */
export function parseChangeKey(key: string): { section: RecordSection; id: string } | null {
  const slash = key.indexOf('/');
  if (slash < 0) return null;
  const section = key.slice(0, slash);
  const id = key.slice(slash + 1);
  return SECTIONS.has(section) && isRecordId(id) ? { section: section as RecordSection, id } : null;
}

/** The `changed` times that name an entry and hold a time a Date can; the rest are left out. */
function asChanged(value: unknown): RecordChanged {
  const changed: RecordChanged = {};
  if (!isRecord(value)) return changed;
  for (const [key, ms] of Object.entries(value)) {
    if (isStamp(ms) && parseChangeKey(key)) changed[key] = ms;
  }
  return changed;
}

/** Version 1 -> 2: the same shape; entries may now carry `by`. */
function fromV1(raw: Record<string, unknown>): Record<string, unknown> {
  return { ...raw, v: 2 };
}

/** Brings any known stored shape to the current version's shape (not yet validated). */
export const migrate: Migrate = (raw) =>
  isRecord(raw) && raw['v'] === 1 ? { value: fromV1(raw), migrated: true } : { value: raw, migrated: false };

/** An entry left out on reading, with its stored value, to write back as it was. */
type Kept = { section: RecordSection; id: string; value: unknown };

type StoredRead =
  (RecordRead & { status: 'empty' | 'invalid' }) | (RecordRead & { status: 'ok'; kept: Kept[] });

function readStored(store: Pick<StorageLike, 'getItem'>): StoredRead {
  const stored = readEnvelope(store, RECORD_KEY, RECORD_STORAGE_VERSION, migrate);
  if (stored.status !== 'ok') return stored;
  const { value, text } = stored;
  const savedAt = value['savedAt'];
  const read = readPartnerRecord(value['record']);
  if (typeof savedAt !== 'string' || !read.ok || read.dropped.some((d) => d.id === '')) {
    return { status: 'invalid', why: 'unreadable', text };
  }
  const sections = value['record'] as Record<string, Record<string, unknown>>;
  return {
    status: 'ok',
    state: { record: read.record, changed: asChanged(value['changed']) },
    savedAt,
    dropped: read.dropped,
    kept: read.dropped.map(({ section, id }) => ({ section, id, value: sections[section]?.[id] })),
  };
}

/** Reads, migrates and validates the stored record. Never throws. */
export function readRecord(store: Pick<StorageLike, 'getItem'>): RecordRead {
  const read = readStored(store);
  if (read.status !== 'ok') return read;
  const { state, savedAt, dropped } = read;
  return { status: 'ok', state, savedAt, dropped };
}

/** Whether two entries (or their absence) are the same. */
const sameEntry = (a: unknown, b: unknown): boolean =>
  a === b || (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b));

type Section = Record<string, unknown>;
const sectionOf = (record: PartnerRecord, section: RecordSection): Section => record[section];

/** Every id a state knows in a section: its entries and its tombstones. */
function idsOf(state: RecordState, section: RecordSection, into: Set<string>): void {
  for (const id of Object.keys(sectionOf(state.record, section))) into.add(id);
  const prefix = `${section}/`;
  for (const key of Object.keys(state.changed))
    if (key.startsWith(prefix)) into.add(key.slice(prefix.length));
}

/**
 * Merges two records entry by entry: the later change of each wins. On equal times a deletion wins, then the
 * entry whose canonical JSON sorts last, so the merge gives the same record in either order. An entry one side
 * does not know (neither holds it nor a time for it) is taken from the other.
 */
export function mergeRecords(mine: RecordState, theirs: RecordState): RecordState {
  const record = emptyRecord();
  const changed: RecordChanged = {};
  for (const section of RECORD_SECTIONS) {
    const ids = new Set<string>();
    idsOf(mine, section, ids);
    idsOf(theirs, section, ids);
    const out = sectionOf(record, section);
    for (const id of [...ids].sort()) {
      const key = changeKey(section, id);
      const a = sectionOf(mine.record, section)[id];
      const b = sectionOf(theirs.record, section)[id];
      const aTime = mine.changed[key];
      const bTime = theirs.changed[key];
      const aKnown = a !== undefined || aTime !== undefined;
      const bKnown = b !== undefined || bTime !== undefined;
      let entry: unknown;
      if (!aKnown || !bKnown) entry = aKnown ? a : b;
      else if ((aTime ?? 0) !== (bTime ?? 0)) entry = (aTime ?? 0) > (bTime ?? 0) ? a : b;
      else if (a === undefined || b === undefined) entry = undefined;
      else entry = canonicalJson(a) >= canonicalJson(b) ? a : b;
      if (entry !== undefined) out[id] = entry;
      if (aTime !== undefined || bTime !== undefined) changed[key] = Math.max(aTime ?? 0, bTime ?? 0);
    }
  }
  return { record, changed };
}

/** The entries that differ between two records, as [section, id] pairs in section order. */
export function changedEntries(before: PartnerRecord, after: PartnerRecord): [RecordSection, string][] {
  const pairs: [RecordSection, string][] = [];
  for (const section of RECORD_SECTIONS) {
    const was = sectionOf(before, section);
    const is = sectionOf(after, section);
    for (const id of new Set([...Object.keys(was), ...Object.keys(is)]))
      if (!sameEntry(was[id], is[id])) pairs.push([section, id]);
  }
  return pairs;
}

/** A copy of a state, its sections and times copied (entries are never changed in place). */
function copyState(state: RecordState): RecordState {
  const record = emptyRecord();
  for (const section of RECORD_SECTIONS) Object.assign(record[section], state.record[section]);
  return { record, changed: { ...state.changed } };
}

/**
 * The state to write: what is stored merged with what the page last knew (`base`, null when it read nothing),
 * with every entry the page changed, added or deleted since (`draft` against `base`) timed `now`. Nothing
 * stored (`stored` null) after the page knew a record means it was removed: only the page's own changes are
 * kept.
 */
export function recordToSave(
  base: RecordState | null,
  draft: PartnerRecord,
  stored: RecordState | null,
  now: number,
): RecordState {
  const known = stored && (base ? mergeRecords(base, stored) : stored);
  const next = known ? copyState(known) : { record: emptyRecord(), changed: {} };
  for (const [section, id] of changedEntries(base?.record ?? emptyRecord(), draft)) {
    const entry = sectionOf(draft, section)[id];
    const out = sectionOf(next.record, section);
    if (entry === undefined) delete out[id];
    else out[id] = entry;
    next.changed[changeKey(section, id)] = now;
  }
  return next;
}

/** Whether two states hold the same entries and times. */
export const sameState = (a: RecordState, b: RecordState): boolean => canonicalJson(a) === canonicalJson(b);

/** What a save did. */
export type RecordWrite =
  | {
      ok: true;
      /** What is stored now (null: nothing, removed). */
      state: RecordState | null;
      /** When this call wrote it, else '' (nothing to write, or the browser refused). */
      savedAt: string;
      /** Whether the browser refused the write (a gateway keeps it in the tab instead, and never refuses). */
      refused: boolean;
    }
  /** What is stored could not be read: nothing was written. */
  | { ok: false; read: RecordRead & { status: 'invalid' } };

/** The envelope to write for a state, with the entries that could not be read put back as they were. */
function envelopeOf(state: RecordState, kept: readonly Kept[], savedAt: string, stored: RecordState | null) {
  const record = copyState(state).record;
  for (const { section, id, value } of kept) {
    const key = changeKey(section, id);
    const out = sectionOf(record, section);
    // An entry the page itself changed since is the page's; any other one is written back as it was.
    if (Object.prototype.hasOwnProperty.call(out, id) || state.changed[key] !== stored?.changed[key])
      continue;
    Object.defineProperty(out, id, { value, enumerable: true, writable: true, configurable: true });
  }
  const envelope: RecordEnvelope = { v: RECORD_STORAGE_VERSION, record, changed: state.changed, savedAt };
  return envelope;
}

/**
 * Reads the stored record, merges the page's `draft` into it (see recordToSave; without a draft, only what
 * the page last knew and the store lacks) and writes the result when it differs from what is stored, all in
 * one task. Never writes over what it could not read; never throws.
 */
export function writeRecord(
  store: StorageLike,
  base: RecordState | null,
  draft: PartnerRecord | null,
  now = new Date(),
): RecordWrite {
  const read = readStored(store);
  if (read.status === 'invalid') return { ok: false, read };
  const stored = read.status === 'ok' ? read.state : null;
  const next = draft
    ? recordToSave(base, draft, stored, now.getTime())
    : stored && (base ? mergeRecords(base, stored) : stored);
  if (next === null || (stored && sameState(next, stored)))
    return { ok: true, state: next, savedAt: '', refused: false };
  const savedAt = now.toISOString();
  const envelope = envelopeOf(next, read.status === 'ok' ? read.kept : [], savedAt, stored);
  try {
    store.setItem(RECORD_KEY, JSON.stringify(envelope));
  } catch {
    return { ok: true, state: next, savedAt: '', refused: true };
  }
  return { ok: true, state: next, savedAt, refused: false };
}

/** Removes the stored record; false when the browser refuses. */
export function clearRecord(store: StorageLike): boolean {
  try {
    store.removeItem(RECORD_KEY);
    return true;
  } catch {
    return false;
  }
}
