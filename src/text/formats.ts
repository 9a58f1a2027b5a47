/**
 * Numbers, money, percentages, dates and plurals as a language writes them, from data (`LocaleFormats`) and
 * without Intl: a browser loads its locale data on the first Intl format of a page, 55–90 ms at 4x CPU
 * throttling (docs/benchmarks.md, Interaction latency), which a keystroke's scoring should not pay. The data
 * is worked out with Intl once, where the site is built (locale.ts), and handed to islands with their words.
 */

/** A field of a date pattern and how it is written: its digits (1: as is, 2: padded) or 0 for its name. */
export type DateField = readonly ['year' | 'month' | 'day' | 'hour' | 'minute' | 'dayPeriod', number];

/** A date pattern: literal text and fields in the language's order, with the month names it writes. */
export interface DatePattern {
  readonly parts: readonly (string | DateField)[];
  /** The twelve month names the pattern writes, January first; [] when it writes months as digits. */
  readonly months: readonly string[];
  /** The words before and after noon, for a 12-hour clock; [] for a 24-hour clock. */
  readonly periods: readonly string[];
}

/** How one language writes figures: plain data, so it travels to a browser in the page's HTML. */
export interface LocaleFormats {
  /** Thousands separator, e.g. "," in English, "." in German. */
  readonly group: string;
  /** Decimal mark, e.g. "." in English, "," in German. */
  readonly decimal: string;
  /** An amount with its currency code: "{currency} {amount}" or "{amount} {currency}". */
  readonly money: string;
  /** A percentage: "{n}%" or "{n} %". */
  readonly percent: string;
  /** Whether the language says a count of exactly 1 apart from other counts (English, German; not Japanese). */
  readonly one: boolean;
  /** A calendar day in words, e.g. "15 January 2026". */
  readonly longDate: DatePattern;
  /** A moment to the minute, e.g. "28 Nov 2026, 10:00". */
  readonly dayTime: DatePattern;
}

/**
 * A number with at most `fraction` decimals in `f`'s separators. Like Intl, it rounds the shortest decimal
 * that reads back as the number, half away from zero, and writes "-0" for a negative number that rounds to 0.
 */
export function formatDecimal(
  value: number,
  fraction: number,
  f: Pick<LocaleFormats, 'group' | 'decimal'>,
): string {
  if (Number.isNaN(value)) return 'NaN';
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const size = Math.abs(value);
  if (size === Infinity) return `${sign}\u221e`;
  // The shortest digits that read back as the number, and where the point falls among them.
  const [mantissa = '', exponent = '0'] = String(size).split('e');
  const [whole = '', decimals = ''] = mantissa.split('.');
  const digits = whole + decimals;
  const kept = whole.length + Number(exponent) + fraction;
  const scaled =
    kept < 0
      ? 0n
      : BigInt(digits.slice(0, kept).padEnd(kept, '0')) + ((digits[kept] ?? '0') >= '5' ? 1n : 0n);
  const text = String(scaled).padStart(fraction + 1, '0');
  const units = text.slice(0, text.length - fraction).replace(/\B(?=(\d{3})+$)/g, f.group);
  const rest = text.slice(text.length - fraction).replace(/0+$/, '');
  return `${sign}${units}${rest && `${f.decimal}${rest}`}`;
}

/** Whether a count takes the language's "one" form (`…_one` keys) rather than its other form. */
export const takesOne = (f: Pick<LocaleFormats, 'one'>, count: number): boolean => f.one && count === 1;
