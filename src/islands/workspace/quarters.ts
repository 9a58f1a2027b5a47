/** The quarters the grid of bookings shows: the one a day falls in and those before it. */
import type { IsoDay, Quarter } from '../../schemas/record.ts';
import { addQuarters, quarterOf } from '../../util/dates.ts';

/** The `count` quarters up to the one `day` falls in, oldest first. */
export function recentQuarters(day: IsoDay, count: number): Quarter[] {
  const last = quarterOf(day);
  return Array.from({ length: count }, (_, i) => addQuarters(last, i - count + 1));
}

/** A quarter's year and number, for words such as "Q4 2026". */
export function quarterParts(quarter: Quarter): { year: string; n: string } {
  const [year = '', n = ''] = quarter.split('-Q');
  return { year, n };
}
