/**
 * What a colleague's reply (request-link.ts) would do to the partner record, entry by entry, and taking the
 * entries the owner chose. Each entry of the reply is matched with the record's entry for the same field: a
 * pass by its person and course or exam (the record's pass of the same day, else its latest of that course
 * or exam), a booking by its competency and quarter, a reference by its competency and customer (trimmed,
 * case ignored), a survey result by its competency and day. It is new (the record has none), the same, or
 * differs (a conflict, which is only ever resolved by the owner's choice). A pass of a person the record no
 * longer holds is not reviewed (outsideRecord counts them): the record's passes are of its people. Taking
 * writes each chosen entry with its `by`, over the matching entry (under that entry's id) or as a new one; the
 * record page saves it and can undo it (record-file.ts's applyRecordImport and undoRecordImport).
 */
import type {
  PartnerRecord,
  RecordBooking,
  RecordCredential,
  RecordReference,
  RecordSurvey,
} from '../schemas/record.ts';
import { newRecordId } from '../schemas/record-values.ts';
import { canonicalJson } from '../util/canonical-json.ts';
import { ASKABLE, type AskedSection, type RecordReply } from './request-link.ts';

/** How an entry of a reply stands against the record. */
export type ReviewState = 'new' | 'same' | 'differs';

/** One entry of a reply, beside the record's entry for the same field. */
export type ReviewItem = {
  [S in AskedSection]: {
    section: S;
    /** The entry's id in the reply. */
    id: string;
    entry: PartnerRecord[S][string];
    /** The record's entry for the same field, and its id. */
    current?: { id: string; entry: PartnerRecord[S][string] } | undefined;
    state: ReviewState;
  };
}[AskedSection];

/** An entry of a section a request may ask for. */
type Entry = RecordCredential | RecordBooking | RecordReference | RecordSurvey;

/** A section of a record, its entries typed as any of the askable sections'. */
const entriesOf = (record: PartnerRecord, section: AskedSection): [string, Entry][] =>
  Object.entries(record[section] as Record<string, Entry>);

/** The key of the field an entry fills: two entries with the same key are for the same field. */
function fieldKey(section: AskedSection, entry: Entry): string {
  if (section === 'credentials')
    return `${(entry as RecordCredential).person}/${(entry as RecordCredential).name}`;
  const { competency } = entry as RecordBooking | RecordReference | RecordSurvey;
  if (section === 'bookings') return `${competency}/${(entry as RecordBooking).quarter}`;
  if (section === 'references')
    return `${competency}/${(entry as RecordReference).customer.trim().toLowerCase()}`;
  return `${competency}/${(entry as RecordSurvey).date}`;
}

/** The entry without who entered it: what is compared. */
const valueOf = (entry: object): string => {
  const { by: _by, ...rest } = entry as { by?: unknown };
  return canonicalJson(rest);
};

/** Whether a reply's entry is one the record can take: a pass only of a person the record holds. */
const fits = (record: PartnerRecord, section: AskedSection, entry: Entry): boolean =>
  section !== 'credentials' || Object.hasOwn(record.people, (entry as RecordCredential).person);

/** How many of a reply's passes are of people the record does not hold (any more): left out of the review. */
export const outsideRecord = (record: PartnerRecord, reply: RecordReply): number =>
  entriesOf(reply.record, 'credentials').filter(([, e]) => !fits(record, 'credentials', e)).length;

/**
 * The record's entry for an entry's field, among those with its key: one the same as it, else a pass's
 * latest (a pass taken again later), else the first.
 */
function matchOf(
  section: AskedSection,
  candidates: readonly [string, Entry][],
  entry: Entry,
): [string, Entry] | undefined {
  const same = candidates.find(([, c]) => valueOf(c) === valueOf(entry));
  if (same || section !== 'credentials') return same ?? candidates[0];
  return [...candidates].sort(([, a], [, b]) =>
    (b as RecordCredential).passed.localeCompare((a as RecordCredential).passed),
  )[0];
}

/**
 * Every entry of a reply beside the record's, in the sections' order and each section's field order; passes of
 * people the record does not hold are left out (outsideRecord).
 */
export function reviewReply(record: PartnerRecord, reply: RecordReply): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const section of ASKABLE) {
    const mine = new Map<string, [string, Entry][]>();
    for (const [id, entry] of entriesOf(record, section)) {
      const key = fieldKey(section, entry);
      mine.set(key, [...(mine.get(key) ?? []), [id, entry]]);
    }
    const entries = entriesOf(reply.record, section)
      .filter(([, e]) => fits(record, section, e))
      .sort(([, a], [, b]) => fieldKey(section, a).localeCompare(fieldKey(section, b)));
    for (const [id, entry] of entries) {
      const match = matchOf(section, mine.get(fieldKey(section, entry)) ?? [], entry);
      const current = match ? { id: match[0], entry: match[1] } : undefined;
      const state: ReviewState = !current
        ? 'new'
        : valueOf(current.entry) === valueOf(entry)
          ? 'same'
          : 'differs';
      items.push({ section, id, entry, current, state } as ReviewItem);
    }
  }
  return items;
}

/** The key of an item, for a page's checkboxes. */
export const itemKey = (item: ReviewItem): string => `${item.section}/${item.id}`;

/**
 * The record with the chosen items taken: each over the record's entry for its field (keeping that entry's
 * id; once), or added under its own id (a new one when the record holds that id already). Entries keep their
 * `by`.
 */
export function takeItems(
  record: PartnerRecord,
  items: readonly ReviewItem[],
  chosen: ReadonlySet<string>,
): PartnerRecord {
  const next: PartnerRecord = { ...record };
  // Two entries of a reply for one field (a pass taken twice) both come in: the second as a new entry.
  const written = new Set<string>();
  for (const item of items) {
    if (!chosen.has(itemKey(item))) continue;
    const section = { ...(next[item.section] as Record<string, unknown>) };
    const over = item.current && !written.has(`${item.section}/${item.current.id}`) ? item.current.id : null;
    const id = over ?? (item.id in section ? newRecordId() : item.id);
    written.add(`${item.section}/${id}`);
    section[id] = item.entry;
    (next as Record<AskedSection, Record<string, unknown>>)[item.section] = section;
  }
  return next;
}
