/**
 * What a colleague's reply (request-link.ts) would do to the partner record, entry by entry, and taking the
 * entries the owner chose. Each entry of the reply is matched with the record's entry for the same field: a
 * booking by its competency and quarter, a reference by its competency and customer (trimmed, case
 * ignored), a survey result by its competency and day. It is new (the record has none), the same, or
 * differs (a conflict, which is only ever resolved by the owner's choice). Taking writes each chosen entry
 * with its `by`, over the matching entry (under that entry's id) or as a new one; the record page saves it
 * and can undo it (record-file.ts's applyRecordImport and undoRecordImport).
 */
import type { PartnerRecord, RecordBooking, RecordReference, RecordSurvey } from '../schemas/record.ts';
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
type Entry = RecordBooking | RecordReference | RecordSurvey;

/** A section of a record, its entries typed as any of the askable sections'. */
const entriesOf = (record: PartnerRecord, section: AskedSection): [string, Entry][] =>
  Object.entries(record[section] as Record<string, Entry>);

/** The key of the field an entry fills: two entries with the same key are for the same field. */
function fieldKey(section: AskedSection, entry: Entry): string {
  if (section === 'bookings') return `${entry.competency}/${(entry as RecordBooking).quarter}`;
  if (section === 'references')
    return `${entry.competency}/${(entry as RecordReference).customer.trim().toLowerCase()}`;
  return `${entry.competency}/${(entry as RecordSurvey).date}`;
}

/** The entry without who entered it: what is compared. */
const valueOf = (entry: object): string => {
  const { by: _by, ...rest } = entry as { by?: unknown };
  return canonicalJson(rest);
};

/** Every entry of a reply beside the record's, in the sections' order and each section's field order. */
export function reviewReply(record: PartnerRecord, reply: RecordReply): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const section of ASKABLE) {
    const mine = new Map<string, string>();
    for (const [id, entry] of entriesOf(record, section)) {
      const key = fieldKey(section, entry);
      if (!mine.has(key)) mine.set(key, id);
    }
    const entries = entriesOf(reply.record, section).sort(([, a], [, b]) =>
      fieldKey(section, a).localeCompare(fieldKey(section, b)),
    );
    for (const [id, entry] of entries) {
      const currentId = mine.get(fieldKey(section, entry));
      const currentEntry =
        currentId === undefined ? undefined : (record[section] as Record<string, Entry>)[currentId];
      const current =
        currentId !== undefined && currentEntry ? { id: currentId, entry: currentEntry } : undefined;
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
 * id), or added under its own id (a new one when the record holds that id already). Entries keep their `by`.
 */
export function takeItems(
  record: PartnerRecord,
  items: readonly ReviewItem[],
  chosen: ReadonlySet<string>,
): PartnerRecord {
  const next: PartnerRecord = { ...record };
  for (const item of items) {
    if (!chosen.has(itemKey(item))) continue;
    const section = { ...(next[item.section] as Record<string, unknown>) };
    const id = item.current?.id ?? (item.id in section ? newRecordId() : item.id);
    section[id] = item.entry;
    (next as Record<AskedSection, Record<string, unknown>>)[item.section] = section;
  }
  return next;
}
