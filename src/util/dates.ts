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
