/**
 * The edits the record's page makes, as pure functions from one record to the next. When each entry
 * changed is worked out on saving, against the record last read or saved (writeRecord in
 * src/persistence/record-storage.ts), so edits here carry no times.
 */
import type { PartnerRecord, RecordSection } from '../../schemas/record.ts';

/** An entry of a section. */
export type EntryOf<S extends RecordSection> = PartnerRecord[S][string];

/** A new id for an entry, unique enough for one partner's browsers: the moment and some randomness. */
export const newId = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** The record with `entry` under `id` in `section`. */
export function putEntry<S extends RecordSection>(
  record: PartnerRecord,
  section: S,
  id: string,
  entry: EntryOf<S>,
): PartnerRecord {
  return { ...record, [section]: { ...record[section], [id]: entry } };
}

/** The record without the entries `ids` of `section`. */
export function removeEntries(
  record: PartnerRecord,
  section: RecordSection,
  ids: readonly string[],
): PartnerRecord {
  if (ids.length === 0) return record;
  const rest: Record<string, unknown> = { ...record[section] };
  for (const id of ids) delete rest[id];
  return { ...record, [section]: rest };
}

/**
 * The record without a person: their passes and their allocation go with them, and evidence they owned
 * has no owner.
 */
export function removePerson(record: PartnerRecord, person: string): PartnerRecord {
  const passes = Object.keys(record.credentials).filter((id) => record.credentials[id]?.person === person);
  let next = removeEntries(record, 'people', [person]);
  next = removeEntries(next, 'credentials', passes);
  next = removeEntries(next, 'allocations', record.allocations[person] ? [person] : []);
  for (const [id, evidence] of Object.entries(record.evidence)) {
    if (evidence.owner !== person) continue;
    const { owner: _gone, ...rest } = evidence;
    next = putEntry(next, 'evidence', id, rest);
  }
  return next;
}

/** The id of the first entry of a section that `match` accepts, if any. */
export function findEntry<S extends RecordSection>(
  record: PartnerRecord,
  section: S,
  match: (entry: EntryOf<S>) => boolean,
): string | undefined {
  return Object.entries(record[section] as Record<string, EntryOf<S>>).find(([, e]) => match(e))?.[0];
}
