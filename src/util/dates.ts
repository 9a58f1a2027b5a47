/**
 * Dates as the site writes them: content and history carry calendar days as YYYY-MM-DD, read in UTC so a
 * day never shifts with the time zone of the machine that builds the site.
 */

// Made on first use: the first Intl format of a page loads the browser's locale data (55–90 ms at 4x CPU
// throttling), which a module that only imports this file should not pay as it loads.
let longDate: Intl.DateTimeFormat | undefined;

/** The calendar day of a date in UTC as YYYY-MM-DD, e.g. "2026-01-15". */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The calendar day of a date where the browser is, as YYYY-MM-DD, e.g. the day a partner exports a file. */
export function localDay(date: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** The first instant of a YYYY-MM-DD day in UTC, as ISO 8601: "2026-01-15" -> "2026-01-15T00:00:00Z". */
export function startOfDay(day: string): string {
  return `${day}T00:00:00Z`;
}

/** A date for people, in UTC, e.g. "15 January 2026". */
export function formatLongDate(date: Date): string {
  longDate ??= new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return longDate.format(date);
}

/** Formats a YYYY-MM-DD date for people, e.g. "15 January 2026"; returns the input when it is not a date. */
export function formatDate(day: string): string {
  const date = new Date(startOfDay(day));
  return Number.isNaN(date.getTime()) ? day : formatLongDate(date);
}

/*
 * Day arithmetic for dated records (src/engine/record-figures.ts), on YYYY-MM-DD strings, in UTC; days compare
 * as strings. What a record may hold as a day or a quarter is for src/schemas/record-values.ts to say.
 * "N months after a day" is the same day of the month N months later, clamped to that month's end.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The number of days in a month (1..12) of a year. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function partsOf(day: string): [number, number, number] {
  const m = DAY.exec(day);
  if (m === null) throw new Error(`expected a day as YYYY-MM-DD, got "${day}"`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The day `months` months after `day` (before it when negative), clamped to the month's end: 2026-01-31 + 1 -> 2026-02-28. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = partsOf(day);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(date, daysInMonth(y, m)))}`;
}

/** The day `days` days after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  const [year, month, date] = partsOf(day);
  return isoDay(new Date(Date.UTC(year, month - 1, date + days)));
}

/** The quarter a day falls in, e.g. 2026-11-05 -> "2026-Q4". */
export function quarterOf(day: string): string {
  const [year, month] = partsOf(day);
  return `${pad(year, 4)}-Q${Math.ceil(month / 3)}`;
}

function quarterIndex(quarter: string): number {
  const m = QUARTER.exec(quarter);
  if (m === null) throw new Error(`expected a quarter as YYYY-Qn, got "${quarter}"`);
  return Number(m[1]) * 4 + Number(m[2]) - 1;
}

/** The quarter `quarters` quarters after `quarter` (before it when negative): "2026-Q4" + 1 -> "2027-Q1". */
export function addQuarters(quarter: string, quarters: number): string {
  const index = quarterIndex(quarter) + quarters;
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
}

/** The first day of a quarter: "2026-Q4" -> "2026-10-01". */
export function quarterStart(quarter: string): string {
  const index = quarterIndex(quarter);
  return `${pad(Math.floor(index / 4), 4)}-${pad((index % 4) * 3 + 1)}-01`;
}

/** The last day of a quarter: "2026-Q4" -> "2026-12-31". */
export function quarterEnd(quarter: string): string {
  return addDays(quarterStart(addQuarters(quarter, 1)), -1);
}
