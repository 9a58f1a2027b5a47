/**
 * The reader of a partner record (src/schemas/record.ts) from anything outside the page: the browser's
 * storage, an imported file, a portfolio export. Every entry of every section is checked on its own with its
 * section's schema: one that fails is left out and named (section and id), every other one is read, and
 * nothing the input holds can throw. The limits below bound what one record may hold, so a crafted file cannot
 * make a page slow or its storage full.
 *
 * Each section's reader below checks an entry field by field and builds it anew with only the fields its type
 * has, typed as record.ts's types, so the compiler holds the two together. Written without zod: the record's
 * page reads the stored record before the partner acts, and zod (even `zod/mini`) would be most of what that
 * page loads (its budget: test/e2e/workspace-budget.spec.ts).
 *
 * An entry's `by` (who entered it and when it came, record.ts) is read with `readSource`: one that is not
 * right is left out and the entry read without it.
 *
 * Ids (every map's keys, the person of a credential, an evidence's owner), days and quarters are as
 * record-values.ts says, which needs no zod. A reference to an entry that is not there
 * (a credential of a person deleted in another tab) is kept: counting ignores it.
 */
import type {
  EvidenceStatus,
  PartnerRecord,
  RecordAllocation,
  RecordBooking,
  RecordCredential,
  RecordEvidence,
  RecordPerson,
  RecordReference,
  RecordSection,
  RecordSource,
  RecordSurvey,
} from './record.ts';
import { RECORD_SECTIONS } from './record.ts';
import { isIsoDay, isQuarter, isRecordId, MAX_RECORD_ID_LENGTH } from './record-values.ts';

export { isIsoDay, isQuarter, isRecordId, MAX_RECORD_ID_LENGTH };

/** The most entries one section may hold; a large partner has a few hundred people with a few passes each. */
export const MAX_RECORD_ENTRIES = 5000;
/** The longest label of a person: an internal id or initials. */
export const MAX_LABEL_LENGTH = 80;
/** The longest name of a course, exam or customer. */
export const MAX_NAME_LENGTH = 200;
/** The longest note on an evidence. */
export const MAX_NOTE_LENGTH = 2000;
/** The most links on one evidence, and the longest. */
export const MAX_LINKS = 20;
export const MAX_LINK_LENGTH = 2000;
/** The largest amount booked in one quarter; anything above is a typing slip. */
export const MAX_AMOUNT = 1e12;
/** The range of a survey score: wide enough for any scale in use (1 to 5, 0 to 10, percentages, -100 to 100). */
export const MIN_SCORE = -1000;
export const MAX_SCORE = 1000;
/** The most competencies one person's allocation may list. */
export const MAX_ALLOCATED = 200;

/** Whether a text is an http or https address. */
function isWebLink(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Whether a text holds a control character (or a line or paragraph separator); `lines` lets \n, \r and \t by. */
function hasControl(text: string, lines = false): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (lines && (code === 9 || code === 10 || code === 13)) continue;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** An entry's field, when the entry has it as its own (never one inherited, such as `constructor`). */
const own = (entry: Record<string, unknown>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(entry, key) ? entry[key] : undefined;

/** Whether a value is one line of the partner's text: not blank, no control characters, at most `max` characters. */
const isLine = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max && /\S/.test(value) && !hasControl(value);

/** Whether a value is a finite number from `min` to `max`. */
const isNumberIn = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

/** Whether a text is a moment in ISO form, UTC, that a Date can hold: `2026-12-07T10:00:00.000Z`. */
export function isInstant(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/.test(value) &&
    isIsoDay(value.slice(0, 10)) &&
    !Number.isNaN(Date.parse(value))
  );
}

/**
 * Who entered an entry (`by`), as its type, or undefined when absent or not right: a crafted or broken
 * attribution is left out, never the entry it is on.
 */
export function readSource(value: unknown): RecordSource | undefined {
  if (!isPlainObject(value)) return undefined;
  const [name, at] = [own(value, 'name'), own(value, 'at')];
  return isLine(name, MAX_LABEL_LENGTH) && isInstant(at) ? { name, at } : undefined;
}

/** An entry's `by`, as fields to spread into the entry read: none when absent or not right. */
function byOf(e: Record<string, unknown>): { by?: RecordSource } {
  const by = readSource(own(e, 'by'));
  return by ? { by } : {};
}

const EVIDENCE_STATUSES: ReadonlySet<unknown> = new Set([
  'todo',
  'doing',
  'ready',
] as const satisfies readonly EvidenceStatus[]);

/** A note on an evidence: text of at most MAX_NOTE_LENGTH characters, line breaks and tabs allowed. */
const isNote = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_NOTE_LENGTH && !hasControl(value, true);

/** The links of an evidence: at most MAX_LINKS http or https addresses of at most MAX_LINK_LENGTH characters. */
const isLinks = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= MAX_LINKS &&
  value.every((link) => typeof link === 'string' && link.length <= MAX_LINK_LENGTH && isWebLink(link));

/**
 * Each section's reader: the entry as its type, with only the fields the type has, or null when a field is
 * missing or not as the type and its limits say. An optional field is left out when absent; present, it must
 * be right like any other.
 */
const READERS: { [S in RecordSection]: (e: Record<string, unknown>) => PartnerRecord[S][string] | null } = {
  people(e): RecordPerson | null {
    const label = own(e, 'label');
    return isLine(label, MAX_LABEL_LENGTH) ? { label } : null;
  },
  credentials(e): RecordCredential | null {
    const [person, name, passed] = [own(e, 'person'), own(e, 'name'), own(e, 'passed')];
    return isRecordId(person) && isLine(name, MAX_NAME_LENGTH) && isIsoDay(passed)
      ? { person, name, passed, ...byOf(e) }
      : null;
  },
  bookings(e): RecordBooking | null {
    const [competency, quarter, amount] = [own(e, 'competency'), own(e, 'quarter'), own(e, 'amount')];
    return isRecordId(competency) && isQuarter(quarter) && isNumberIn(amount, 0, MAX_AMOUNT)
      ? { competency, quarter, amount, ...byOf(e) }
      : null;
  },
  references(e): RecordReference | null {
    const [competency, customer, date] = [own(e, 'competency'), own(e, 'customer'), own(e, 'date')];
    return isRecordId(competency) && isLine(customer, MAX_NAME_LENGTH) && isIsoDay(date)
      ? { competency, customer, date, ...byOf(e) }
      : null;
  },
  surveys(e): RecordSurvey | null {
    const [competency, score, date] = [own(e, 'competency'), own(e, 'score'), own(e, 'date')];
    return isRecordId(competency) && isNumberIn(score, MIN_SCORE, MAX_SCORE) && isIsoDay(date)
      ? { competency, score, date, ...byOf(e) }
      : null;
  },
  evidence(e): RecordEvidence | null {
    const [competency, requirement, status] = [own(e, 'competency'), own(e, 'requirement'), own(e, 'status')];
    const [owner, due, note, links] = [own(e, 'owner'), own(e, 'due'), own(e, 'note'), own(e, 'links')];
    if (!isRecordId(competency) || !isRecordId(requirement) || !EVIDENCE_STATUSES.has(status)) return null;
    if (owner !== undefined && !isRecordId(owner)) return null;
    if (due !== undefined && !isIsoDay(due)) return null;
    if (note !== undefined && !isNote(note)) return null;
    if (links !== undefined && !isLinks(links)) return null;
    return {
      competency,
      requirement,
      ...(owner === undefined ? {} : { owner }),
      status: status as EvidenceStatus,
      ...(due === undefined ? {} : { due }),
      ...(note === undefined ? {} : { note }),
      ...(links === undefined ? {} : { links: [...links] }),
      ...byOf(e),
    };
  },
  allocations(e): RecordAllocation | null {
    const competencies = own(e, 'competencies');
    return Array.isArray(competencies) &&
      competencies.length <= MAX_ALLOCATED &&
      competencies.every(isRecordId) &&
      new Set(competencies).size === competencies.length
      ? { competencies: [...competencies] }
      : null;
  },
};

/**
 * An entry that was left out: its section and id (`''` when the whole section could not be read). The id is
 * the input's own text: a page may use it to find the entry, never show it.
 */
export interface DroppedEntry {
  section: RecordSection;
  id: string;
}

/** What reading a record found. */
export type RecordReading =
  | {
      ok: true;
      record: PartnerRecord;
      /** The entries left out, each named; every other one was read. */
      dropped: DroppedEntry[];
      /** How many sections the input had that a record does not (ignored). */
      unknownSections: number;
    }
  | { ok: false };

const SECTIONS: ReadonlySet<string> = new Set(RECORD_SECTIONS);

/** Reads one section entry by entry into `into`, naming in `dropped` each entry left out. */
function readSection(
  section: RecordSection,
  value: unknown,
  into: Record<string, unknown>,
  dropped: DroppedEntry[],
): void {
  if (value === undefined) return;
  if (!isPlainObject(value)) {
    dropped.push({ section, id: '' });
    return;
  }
  const readEntry: (e: Record<string, unknown>) => unknown = READERS[section];
  let read = 0;
  for (const [key, entry] of Object.entries(value)) {
    const named = { section, id: key };
    if (read >= MAX_RECORD_ENTRIES || !isRecordId(key)) {
      dropped.push(named);
      continue;
    }
    const parsed = isPlainObject(entry) ? readEntry(entry) : null;
    if (parsed === null) {
      dropped.push(named);
      continue;
    }
    into[key] = parsed;
    read += 1;
  }
}

/**
 * Reads a partner record from anything (parsed JSON, storage, a file): every entry its section's reader
 * takes is kept, each one that fails is left out and named; sections a record does not have are ignored and
 * counted. Not ok only when the input is no record at all (not an object). Never throws.
 */
export function readPartnerRecord(input: unknown): RecordReading {
  try {
    if (!isPlainObject(input)) return { ok: false };
    const record: Record<string, Record<string, unknown>> = {};
    const dropped: DroppedEntry[] = [];
    for (const section of RECORD_SECTIONS) {
      record[section] = {};
      readSection(section, input[section], record[section], dropped);
    }
    const unknownSections = Object.keys(input).filter((key) => !SECTIONS.has(key)).length;
    // Every entry is its section's reader's output, of the section's type.
    return { ok: true, record: record as unknown as PartnerRecord, dropped, unknownSections };
  } catch {
    // Exotic inputs (proxies, throwing getters) cannot come from JSON, but must not crash a page either.
    return { ok: false };
  }
}
