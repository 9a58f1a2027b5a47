import { formatDecimal as inSeparators } from '../text/formats.ts';

/**
 * A number as `Intl.NumberFormat('en-US', { maximumFractionDigits })` writes it, without Intl (text/formats.ts
 * says why). Sentences in a page's language write figures through its translator (`t.number`, `t.money`).
 */
const formatDecimal = (value: number, maximumFractionDigits: number): string =>
  inSeparators(value, maximumFractionDigits, { group: ',', decimal: '.' });

// Thresholds repeat across pages, and a 1,000-page build formats many.
const formatted = new Map<number, string>();

/** Formats a number for people: thousands separators, at most two decimals. */
export function formatNumber(value: number): string {
  // A Map does not tell -0 from 0, which is written "-0".
  if (Object.is(value, -0)) return formatDecimal(value, 2);
  let text = formatted.get(value);
  if (text === undefined) {
    if (formatted.size >= 10_000) formatted.clear();
    text = formatDecimal(value, 2);
    formatted.set(value, text);
  }
  return text;
}

/** Formats an amount with its currency code first, e.g. "USD 50,000". */
export function formatMoney(amount: number, currency: string): string {
  return `${currency} ${formatNumber(amount)}`;
}

/** Describes a period in months, e.g. "the trailing 12 months". */
export function formatPeriod(months: number): string {
  return months === 1 ? 'the trailing month' : `the trailing ${months} months`;
}

/** "1 person" / "3 people"-style pluralisation. */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}

/** A score range, e.g. "0–10"; spelled out when the lower end is negative, e.g. "−100 to 100". */
export function formatScale(min: number, max: number): string {
  return min < 0
    ? `${formatNumber(min).replace('-', '\u2212')} to ${formatNumber(max)}`
    : `${formatNumber(min)}–${formatNumber(max)}`;
}

/** Formats a figure as a partner typed it, every decimal kept, e.g. "185,000.125": the echo of a reading. */
export function formatExact(value: number): string {
  return formatDecimal(value, 12);
}

/**
 * A share (0..1) as a whole percent, rounded down: 0.77 -> 77. The tolerance keeps float noise from taking a
 * point off (0.29 * 100 is 28.999999999999996), so the figure is what a partner gets with a calculator.
 */
export function wholePercent(share: number): number {
  return Math.floor(share * 100 + 1e-9);
}
