/**
 * The reader of a partner record (src/schemas/record.ts) from anything outside the page: the browser's
 * storage, an imported file, a portfolio export. Every entry of every section is checked on its own with its
 * section's schema: one that fails is left out and named (section and id), every other one is read, and
 * nothing the input holds can throw. The limits below bound what one record may hold, so a crafted file cannot
 * make a page slow or its storage full.
 *
 * The shapes here are record.ts's types, checked: a test of types below fails the build when the two part.
 * The types stay in record.ts, free of zod, so that the engine and pages that only count from a record do not
 * load the schema. Built with `zod/mini` because it ships to the browser.
 *
 * Ids (every map's keys, the person of a credential, an evidence's owner), days and quarters are as
 * record-values.ts says, which needs no zod. A reference to an entry that is not there
 * (a credential of a person deleted in another tab) is kept: counting ignores it.
 */
import { z } from './zod-mini.ts';
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

/** One line of the partner's text: not blank, no control characters, at most `max` characters. */
const line = (max: number, what: string) =>
  z.string({ error: `expected ${what} as text` }).check(
    z.maxLength(max, { error: `expected ${what} of at most ${max} characters` }),
    z.regex(/\S/, { error: `expected ${what}, not blank` }),
    z.refine((s) => !hasControl(s), { error: `expected ${what} without control characters` }),
  );

const id = (what: string) =>
  z.string({ error: `expected ${what} as an id` }).check(
    z.refine(isRecordId, {
      error: `expected ${what} as an id of lower-case words joined by hyphens, at most ${MAX_RECORD_ID_LENGTH} characters`,
    }),
  );

const day = (what: string) =>
  z
    .string({ error: `expected ${what} as a day, YYYY-MM-DD` })
    .check(z.refine(isIsoDay, { error: `expected ${what} as a day of the calendar, YYYY-MM-DD` }));

const slug = id('a competency');

export const RecordPersonSchema = /* @__PURE__ */ z.object({ label: line(MAX_LABEL_LENGTH, 'a label') });

export const RecordCredentialSchema = /* @__PURE__ */ z.object({
  person: id('a person'),
  name: line(MAX_NAME_LENGTH, 'the name of a course or exam'),
  passed: day('the day passed'),
});

export const RecordBookingSchema = /* @__PURE__ */ z.object({
  competency: slug,
  quarter: z
    .string({ error: 'expected a quarter, YYYY-Qn' })
    .check(z.refine(isQuarter, { error: 'expected a quarter, YYYY-Qn' })),
  amount: z
    .number({ error: 'expected an amount' })
    .check(
      z.gte(0, { error: 'expected an amount of 0 or more' }),
      z.lte(MAX_AMOUNT, { error: 'expected an amount of at most 1,000,000,000,000' }),
    ),
});

export const RecordReferenceSchema = /* @__PURE__ */ z.object({
  competency: slug,
  customer: line(MAX_NAME_LENGTH, 'a customer'),
  date: day('the day of the reference'),
});

export const RecordSurveySchema = /* @__PURE__ */ z.object({
  competency: slug,
  score: z
    .number({ error: 'expected a score' })
    .check(
      z.gte(MIN_SCORE, { error: `expected a score of ${MIN_SCORE} or more` }),
      z.lte(MAX_SCORE, { error: `expected a score of at most ${MAX_SCORE}` }),
    ),
  date: day('the day of the survey'),
});

const EVIDENCE_STATUSES = ['todo', 'doing', 'ready'] as const satisfies readonly EvidenceStatus[];

export const RecordEvidenceSchema = /* @__PURE__ */ z.object({
  competency: slug,
  requirement: id('a requirement'),
  owner: z.optional(id('an owner')),
  status: z.enum(EVIDENCE_STATUSES, { error: 'expected a status: todo, doing or ready' }),
  due: z.optional(day('the day due')),
  note: z.optional(
    z.string({ error: 'expected a note as text' }).check(
      z.maxLength(MAX_NOTE_LENGTH, { error: `expected a note of at most ${MAX_NOTE_LENGTH} characters` }),
      z.refine((s) => !hasControl(s, true), { error: 'expected a note without control characters' }),
    ),
  ),
  links: z.optional(
    z
      .array(
        z.string({ error: 'expected a link as text' }).check(
          z.maxLength(MAX_LINK_LENGTH, {
            error: `expected a link of at most ${MAX_LINK_LENGTH} characters`,
          }),
          z.refine(isWebLink, { error: 'expected an http or https address' }),
        ),
      )
      .check(z.maxLength(MAX_LINKS, { error: `expected at most ${MAX_LINKS} links` })),
  ),
});

export const RecordAllocationSchema = /* @__PURE__ */ z.object({
  competencies: z.array(slug).check(
    z.maxLength(MAX_ALLOCATED, { error: `expected at most ${MAX_ALLOCATED} competencies` }),
    z.refine((list) => new Set(list).size === list.length, { error: 'expected each competency once' }),
  ),
});

/** Each section's entry schema. */
export const RECORD_ENTRY_SCHEMAS = {
  people: RecordPersonSchema,
  credentials: RecordCredentialSchema,
  bookings: RecordBookingSchema,
  references: RecordReferenceSchema,
  surveys: RecordSurveySchema,
  evidence: RecordEvidenceSchema,
  allocations: RecordAllocationSchema,
} as const;

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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

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
  const schema: z.ZodMiniType = RECORD_ENTRY_SCHEMAS[section];
  let read = 0;
  for (const [key, entry] of Object.entries(value)) {
    const named = { section, id: key };
    if (read >= MAX_RECORD_ENTRIES || !isRecordId(key)) {
      dropped.push(named);
      continue;
    }
    const parsed = schema.safeParse(entry);
    if (!parsed.success) {
      dropped.push(named);
      continue;
    }
    into[key] = parsed.data;
    read += 1;
  }
}

/**
 * Reads a partner record from anything (parsed JSON, storage, a file): every entry that passes its section's
 * schema is kept, each one that fails is left out and named; sections a record does not have are ignored and
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
    // Every entry passed its section's schema, whose output is the section's type (checked below).
    return { ok: true, record: record as unknown as PartnerRecord, dropped, unknownSections };
  } catch {
    // Exotic inputs (proxies, throwing getters) cannot come from JSON, but must not crash a page either.
    return { ok: false };
  }
}

// The schemas' output is exactly record.ts's types: this fails to compile when either changes alone.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type AllTrue<T extends true[]> = T;
export type SchemasMatchTypes = AllTrue<
  [
    Same<z.output<typeof RecordPersonSchema>, RecordPerson>,
    Same<z.output<typeof RecordCredentialSchema>, RecordCredential>,
    Same<z.output<typeof RecordBookingSchema>, RecordBooking>,
    Same<z.output<typeof RecordReferenceSchema>, RecordReference>,
    Same<z.output<typeof RecordSurveySchema>, RecordSurvey>,
    Same<z.output<typeof RecordEvidenceSchema>, RecordEvidence>,
    Same<z.output<typeof RecordAllocationSchema>, RecordAllocation>,
  ]
>;
