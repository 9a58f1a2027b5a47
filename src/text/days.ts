/**
 * Days and moments as a language writes them, from its `LocaleFormats` and without Intl (formats.ts says
 * why). Apart from formats.ts so that an island that writes no date loads none of this.
 */
import type { DatePattern, LocaleFormats } from './formats.ts';

/** A moment written in a pattern, in the time zone of the machine, or in UTC with `utc`. */
function written(date: Date, pattern: DatePattern, utc = false): string {
  const hours = utc ? date.getUTCHours() : date.getHours();
  const values = {
    year: utc ? date.getUTCFullYear() : date.getFullYear(),
    month: (utc ? date.getUTCMonth() : date.getMonth()) + 1,
    day: utc ? date.getUTCDate() : date.getDate(),
    hour: pattern.periods.length > 0 ? hours % 12 || 12 : hours,
    minute: utc ? date.getUTCMinutes() : date.getMinutes(),
  };
  return pattern.parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const [field, digits] = part;
      if (field === 'dayPeriod') return pattern.periods[hours < 12 ? 0 : 1] ?? '';
      if (field === 'month' && digits === 0) return pattern.months[values.month - 1] ?? '';
      return String(values[field]).padStart(digits, '0');
    })
    .join('');
}

/** A calendar day, YYYY-MM-DD or a Date read in UTC, in words, e.g. "15 January 2026"; text that is not a day as it is. */
export function formatDay(formats: Pick<LocaleFormats, 'longDate'>, day: string | Date): string {
  const date = typeof day === 'string' ? new Date(`${day}T00:00:00Z`) : day;
  return Number.isNaN(date.getTime()) ? String(day) : written(date, formats.longDate, true);
}

/** A moment where the browser is, to the minute, e.g. "28 Nov 2026, 10:00". */
export function formatDayTime(formats: Pick<LocaleFormats, 'dayTime'>, date: Date): string {
  return written(date, formats.dayTime);
}
