/**
 * How each language the site speaks writes figures, worked out with Intl where the site is built or served,
 * never in a browser: islands get the result as data (`LocaleFormats`) with their words.
 */
import type { DateField, DatePattern, LocaleFormats } from './formats.ts';

/**
 * The Intl locale of each language's figures. English dates read day first, as the site has always
 * written them ("15 January 2026"); its numbers read the same in British and American English.
 */
const INTL_LOCALE: Readonly<Record<string, string>> = { en: 'en-GB', de: 'de-DE', ja: 'ja-JP' };

// Intl writes no-break and narrow no-break spaces; the site writes a plain space, which its number reader
// and a spreadsheet both take.
const plainSpaces = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

/** A pattern of what `format` writes around `{amount}`, e.g. "{currency} {amount}". */
function patternOf(parts: readonly Intl.NumberFormatPart[], names: Partial<Record<string, string>>): string {
  let out = '';
  let inNumber = false;
  for (const p of parts) {
    const name = names[p.type];
    if (name !== undefined) {
      out += name;
      inNumber = false;
    } else if (['integer', 'group', 'decimal', 'fraction'].includes(p.type)) {
      if (!inNumber) out += '{amount}';
      inNumber = true;
    } else {
      out += plainSpaces(p.value);
      inNumber = false;
    }
  }
  return out;
}

/** A date pattern from what Intl writes for `options`: literal text, fields and their digits or names. */
function datePattern(locale: string, options: Intl.DateTimeFormatOptions): DatePattern {
  const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const at = (month: number, hour: number) =>
    format.formatToParts(new Date(Date.UTC(2026, month, 5, hour, 7)));
  const valueIn = (parts: readonly Intl.DateTimeFormatPart[], type: string) =>
    parts.find((p) => p.type === type)?.value ?? '';
  // 5 January, 09:07: a one-digit day, month and hour show whether they are padded.
  const parts = at(0, 9);
  const fields = new Set(['year', 'month', 'day', 'hour', 'minute', 'dayPeriod']);
  const named = !/^\d+$/.test(valueIn(parts, 'month'));
  const digits = (p: Intl.DateTimeFormatPart): number =>
    (p.type === 'month' && named) || !/^\d+$/.test(p.value) ? 0 : p.value.length;
  return {
    parts: parts.map((p): string | DateField =>
      fields.has(p.type) ? [p.type as DateField[0], digits(p)] : plainSpaces(p.value),
    ),
    months: named ? Array.from({ length: 12 }, (_, m) => valueIn(at(m, 9), 'month')) : [],
    periods: parts.some((p) => p.type === 'dayPeriod')
      ? [valueIn(at(0, 9), 'dayPeriod'), valueIn(at(0, 21), 'dayPeriod')]
      : [],
  };
}

const made = new Map<string, LocaleFormats>();

/** How `lang` writes numbers, money, percentages, dates and counts (made once per language). */
export function localeFormats(lang: string): LocaleFormats {
  let formats = made.get(lang);
  if (formats !== undefined) return formats;
  const locale = INTL_LOCALE[lang] ?? lang;
  const number = new Intl.NumberFormat(locale).formatToParts(1234567.89);
  const money = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'code',
  }).formatToParts(1234.5);
  const percent = new Intl.NumberFormat(locale, { style: 'percent' }).formatToParts(0.5);
  formats = {
    group: number.find((p) => p.type === 'group')?.value ?? ',',
    decimal: number.find((p) => p.type === 'decimal')?.value ?? '.',
    money: patternOf(money, { currency: '{currency}' }),
    percent: patternOf(percent, { percentSign: '%' }).replace('{amount}', '{n}'),
    one: new Intl.PluralRules(locale).select(1) === 'one',
    longDate: datePattern(locale, { day: 'numeric', month: 'long', year: 'numeric' }),
    dayTime: datePattern(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  };
  made.set(lang, formats);
  return formats;
}
