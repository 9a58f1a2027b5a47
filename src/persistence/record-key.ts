/**
 * Where the partner record is kept (its shape, versions and migrations: record-storage.ts), apart from the
 * record's schema, so that a page's first load can tell whether one is stored without loading the schema.
 */
import type { StorageLike } from './storage-access.ts';

/** The localStorage key of the partner record. */
export const RECORD_KEY = 'competency-record';

/** Whether a partner record is stored, without reading it; false when the browser refuses to say. Never throws. */
export function hasRecord(store: Pick<StorageLike, 'getItem'>): boolean {
  try {
    return store.getItem(RECORD_KEY) !== null;
  } catch {
    return false;
  }
}
