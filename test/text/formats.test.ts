import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDay, formatDayTime } from '../../src/text/days.ts';
import { takesOne } from '../../src/text/formats.ts';
import { localeFormats } from '../../src/text/locale.ts';
import { translator, type Lang } from '../../src/text/text.ts';

const LANGS: readonly Lang[] = ['en', 'de', 'ja'];
const INTL: Readonly<Record<Lang, string>> = { en: 'en-GB', de: 'de-DE', ja: 'ja-JP' };

/** Intl's text with its no-break spaces written as the site writes them, as plain spaces. */
const plain = (text: string): string => text.replace(/[\u00a0\u202f]/g, ' ');

describe('figures in the language of the page', () => {
  test('writes numbers as Intl does in each language, without Intl', () => {
    const figures = fc.double({ min: -1e12, max: 1e12, noNaN: true });

    for (const lang of LANGS) {
      const t = translator(lang);
      const intl = new Intl.NumberFormat(INTL[lang], { maximumFractionDigits: 2 });
      fc.assert(
        fc.property(figures, (n) => {
          expect(t.number(n)).toBe(intl.format(n));
        }),
        { numRuns: 500 },
      );
    }
  });

  test('writes money and percentages with the currency and sign where the language puts them', () => {
    expect(translator('en').money(50_000, 'USD')).toBe('USD 50,000');
    expect(translator('de').money(50_000, 'USD')).toBe('50.000 USD');
    expect(translator('ja').money(50_000, 'USD')).toBe(
      plain(
        new Intl.NumberFormat('ja-JP', {
          style: 'currency',
          currency: 'USD',
          currencyDisplay: 'code',
          minimumFractionDigits: 0,
        }).format(50_000),
      ),
    );
    expect(translator('de').money(1234.5, 'EUR')).toBe('1.234,5 EUR');
    expect(translator('en').percent(12.5)).toBe('12.5%');
    expect(translator('de').percent(12.5)).toBe('12,5 %');
    expect(translator('ja').percent(12.5)).toBe('12.5%');
  });

  test('writes days and moments as Intl does in each language', () => {
    const moments = fc.date({
      min: new Date('1970-01-01'),
      max: new Date('2200-12-31'),
      noInvalidDate: true,
    });

    for (const lang of LANGS) {
      const t = translator(lang);
      const long = new Intl.DateTimeFormat(INTL[lang], {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      const medium = new Intl.DateTimeFormat(INTL[lang], { dateStyle: 'medium', timeStyle: 'short' });
      fc.assert(
        fc.property(moments, (d) => {
          expect(formatDay(t.formats, d)).toBe(plain(long.format(d)));
          expect(formatDayTime(t.formats, d)).toBe(plain(medium.format(d)));
        }),
        { numRuns: 500 },
      );
    }
    expect(formatDay(localeFormats('en'), '2026-01-15')).toBe('15 January 2026');
    expect(formatDay(localeFormats('de'), '2026-01-15')).toBe('15. Januar 2026');
    expect(formatDay(localeFormats('ja'), '2026-01-15')).toBe('2026年1月15日');
    expect(formatDay(localeFormats('de'), 'soon')).toBe('soon');
  });

  test('chooses a count form by the language plural rules', () => {
    for (const lang of LANGS) {
      const rules = new Intl.PluralRules(INTL[lang]);
      for (const n of [0, 1, 2, 5, 21, 1.5, 100]) {
        expect(takesOne(localeFormats(lang), n), `${lang} ${n}`).toBe(rules.select(n) === 'one');
      }
    }
    expect(translator('de').count('explorer.requirements', 1)).toBe('1 Anforderung');
    expect(translator('de').count('explorer.requirements', 1200)).toBe('1.200 Anforderungen');
    expect(translator('ja').count('explorer.requirements', 1)).toBe('要件1件');
  });

  test('lists items with the language separators', () => {
    expect(translator('en').list(['A', 'B', 'C'])).toBe('A, B and C');
    expect(translator('de').list(['A', 'B', 'C'])).toBe(new Intl.ListFormat('de').format(['A', 'B', 'C']));
    expect(translator('ja').list(['A', 'B', 'C'])).toBe(new Intl.ListFormat('ja').format(['A', 'B', 'C']));
    expect(translator('en').list(['A'])).toBe('A');
    expect(translator('en').list([])).toBe('');
  });

  test('hands an island its language formats as plain JSON', () => {
    const formats = localeFormats('de');

    expect(JSON.parse(JSON.stringify(formats))).toEqual(formats);
  });
});
