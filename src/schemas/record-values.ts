/**
 * What a partner record's ids, days and quarters must be, without a schema: the engine and pages that only
 * count from a record check them here and load no zod; the record's reader (record-schema.ts) uses the same.
 */

/** The longest id: the browser makes ids far shorter. */
export const MAX_RECORD_ID_LENGTH = 64;
/** The first and last years a day of the record may fall in. */
export const FIRST_RECORD_YEAR = 1900;
export const LAST_RECORD_YEAR = 2199;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether a text is an id of the record: lower-case words of letters and digits joined by hyphens, at most
 * MAX_RECORD_ID_LENGTH characters, and never a name of Object.prototype (`constructor`), so `record.people[id]`
 * only ever finds an entry.
 */
export function isRecordId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= MAX_RECORD_ID_LENGTH &&
    ID_PATTERN.test(value) &&
    !Object.prototype.hasOwnProperty.call(Object.prototype, value)
  );
}

/** Whether a text is a day of the calendar, `YYYY-MM-DD`, in the years a record may hold (`2026-02-30` is not). */
export function isIsoDay(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (year < FIRST_RECORD_YEAR || year > LAST_RECORD_YEAR) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether a text is a quarter, `YYYY-Qn`, in the years a record may hold. */
export function isQuarter(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-Q[1-4]$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= FIRST_RECORD_YEAR && year <= LAST_RECORD_YEAR;
}

/**
 * A new id for an entry, made once when it is added: the time and six random characters in base 36, e.g.
 * `mhx3k2a1-4fj9qz`. Two tabs adding entries in the same millisecond still make different ids.
 */
export function newRecordId(now = Date.now(), random: () => number = Math.random): string {
  const tail = Array.from({ length: 6 }, () => Math.floor(random() * 36).toString(36)).join('');
  return `${Math.max(0, Math.floor(now)).toString(36)}-${tail}`;
}
