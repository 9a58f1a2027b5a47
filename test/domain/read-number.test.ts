import fc from 'fast-check';
import { wayIn } from '../helpers/number-reader.ts';
import { describe, expect, test } from 'vitest';
import {
  decimalMarkOf,
  numberWayOf,
  readNumber,
  type DecimalMark,
  type NumberField,
  type NumberReading,
} from '../../src/domain/read-number.ts';

// A fixed seed keeps runs reproducible in CI; change it locally to explore further.
fc.configureGlobal({ seed: 20261206, numRuns: 300 });

const MAX = 1e12;
const revenue: NumberField = { whole: false, min: 0, max: MAX, scale: false, unit: 'USD' };
const growth: NumberField = { whole: false, min: 0, max: MAX, scale: false, unit: '%' };
const people: NumberField = { whole: true, min: 0, max: MAX, scale: false };
const score: NumberField = { whole: false, min: 0, max: 10, scale: true };

const euros: NumberField = { ...revenue, unit: 'EUR' };
const yen: NumberField = { ...revenue, unit: 'JPY' };

/** An English page's way, for a browser whose language writes `decimal`. */
const english = (decimal: DecimalMark) => numberWayOf('en', decimal);
const [de, ja] = [wayIn('de'), wayIn('ja')];

const read = (value: number): NumberReading => ({ status: 'read', value });
const ask = (a: number, b: number): NumberReading => ({ status: 'ask', values: [a, b] });

describe('readNumber', () => {
  test('returns each locale’s usual forms of 185000 as 185000', () => {
    const forms = [
      '185000',
      '185,000.00',
      '1,85,000',
      "185'000",
      '185’000',
      '185 000',
      '185\u00a0000',
      '185\u202f000',
      '185.000,00',
      '１８５０００',
      '１８５，０００．００',
      '١٨٥٠٠٠',
      '١٨٥٬٠٠٠',
      '۱۸۵۰۰۰',
      '185k',
      '185 K',
      '185 Tsd.',
      '0,185 Mio.',
      '0.185M',
      '18.5万',
      '1.85 lakh',
      'USD 185000',
      '185000 USD',
      'usd 185 000',
      '$185000',
      'US$ 185k',
      '+185000',
    ];

    expect(forms.map((text) => [text, readNumber(text, revenue)])).toEqual(
      forms.map((text) => [text, read(185000)]),
    );
  });

  test('returns both forms of 8.2 as 8.2', () => {
    expect(['8.2', '8,2', '８，２', '٨٫٢', ' 8.20 '].map((t) => readNumber(t, score))).toEqual(
      Array(5).fill(read(8.2)),
    );
  });

  test('asks when a mark before exactly three digits could group thousands or mark decimals', () => {
    expect(readNumber('185.000', revenue)).toEqual(ask(185, 185000));
    expect(readNumber('185.000', revenue, english(','))).toEqual(ask(185000, 185));
    expect(readNumber('185,000', revenue)).toEqual(ask(185000, 185));
    expect(readNumber('USD 1,500', revenue, english(','))).toEqual(ask(1.5, 1500));
    expect(readNumber('12,500 %', growth)).toEqual(ask(12500, 12.5));
    expect(readNumber('1.500k', revenue)).toEqual(ask(1500, 1500000));
  });

  test('returns the one reading that fits the field when the other does not', () => {
    // 1.5 people is no answer, 8,200 is off a 0–10 scale: each leaves one reading.
    expect(readNumber('1.500', people)).toEqual(read(1500));
    expect(readNumber('1,500', people)).toEqual(read(1500));
    expect(readNumber('8,200', score)).toEqual(read(8.2));
    expect(readNumber('1.5k', people)).toEqual(read(1500));
  });

  test('returns marks that can only be one thing without asking', () => {
    expect(readNumber('1.234,5', revenue)).toEqual(read(1234.5));
    expect(readNumber('1,234.5', revenue)).toEqual(read(1234.5));
    expect(readNumber('1,234,567', revenue)).toEqual(read(1234567));
    expect(readNumber('1.234.567', revenue)).toEqual(read(1234567));
    expect(readNumber('0,500', revenue)).toEqual(read(0.5));
    expect(readNumber('.5', score)).toEqual(read(0.5));
    expect(readNumber('1.2345', revenue)).toEqual(read(1.2345));
    expect(readNumber('12 %', growth)).toEqual(read(12));
    expect(readNumber('-0', people)).toEqual(read(0));
  });

  test('returns empty for blank text', () => {
    expect(readNumber(' \u00a0 ', revenue)).toEqual({ status: 'empty' });
  });

  test('rejects what is not a figure in a known form', () => {
    const texts = [
      'lots',
      '7,',
      '1,,000',
      '1 5',
      '1,2,3',
      '1e5',
      'Infinity',
      'EUR',
      '185.000,000.5',
      '1億20000万',
    ];

    expect(texts.map((t) => readNumber(t, revenue))).toEqual(
      texts.map(() => ({ status: 'refused', problem: 'form' })),
    );
    expect(readNumber('1'.repeat(65), revenue)).toEqual({ status: 'refused', problem: 'form' });
  });

  test('rejects figures outside the field with the figure as read', () => {
    expect(readNumber('1,000,000,000,001', people)).toEqual({
      status: 'refused',
      problem: 'high',
      value: 1000000000001,
    });
    expect(readNumber('-5', revenue)).toEqual({ status: 'refused', problem: 'low', value: -5 });
    expect(readNumber('12', score)).toEqual({ status: 'refused', problem: 'high', value: 12 });
    expect(readNumber('2,5', people)).toEqual({ status: 'refused', problem: 'fraction', value: 2.5 });
  });
});

describe('readNumber on a German page', () => {
  const on = (text: string, field: NumberField = revenue) => readNumber(text, field, de);

  test('returns German forms as a German reader means them', () => {
    const forms: [string, NumberField, number][] = [
      ['1.234.567,89', revenue, 1234567.89],
      ['1 234,5', revenue, 1234.5],
      ['1\u202f234,5', revenue, 1234.5],
      ['50.000 USD', revenue, 50000],
      ['50.000 US-Dollar', revenue, 50000],
      ['50.000 $', revenue, 50000],
      ['50.000 €', euros, 50000],
      ['50.000 Euro', euros, 50000],
      ['1,5 Mio.', revenue, 1500000],
      ['1,5 Millionen', revenue, 1500000],
      ['185 Tsd.', revenue, 185000],
      ['2 Mrd.', revenue, 2e9],
      ['2,5 Milliarden', revenue, 2.5e9],
      ['0,5 Billionen', revenue, 5e11],
      ['12,5 %', growth, 12.5],
      ['8,2', score, 8.2],
    ];

    expect(forms.map(([text, field]) => [text, on(text, field)])).toEqual(
      forms.map(([text, , value]) => [text, read(value)]),
    );
  });

  test('reads a mark before three digits the German way without asking', () => {
    expect(on('1.234')).toEqual(read(1234));
    expect(on('185.000')).toEqual(read(185000));
    expect(on('1,234')).toEqual(read(1.234));
    expect(on('1,5')).toEqual(read(1.5));
    expect(on('USD 1,500')).toEqual(read(1.5));
    expect(on('12,500 %', growth)).toEqual(read(12.5));
  });

  test('returns the other reading only when the German one does not suit the field or is no German form', () => {
    // 8200 is off a 0–10 scale and 1.234 people no answer; "1,234.5" and "1.5" are not written in German.
    expect(on('8.200', score)).toEqual(read(8.2));
    expect(on('1,234', people)).toEqual(read(1234));
    expect(on('1,234.5')).toEqual(read(1234.5));
    expect(on('1.5')).toEqual(read(1.5));
  });

  test('asks what "Billion" means: 10¹² in German, 10⁹ in English', () => {
    expect(on('1 Billion')).toEqual(ask(1e12, 1e9));
    expect(on('1,5 Billion')).toEqual(read(1.5e9));
    expect(readNumber('1 billion', revenue)).toEqual(read(1e9));
  });

  test('refuses an amount in another currency than the field’s, naming it', () => {
    expect(on('50.000 €')).toEqual({ status: 'refused', problem: 'currency', currency: 'EUR' });
    expect(on('EUR 50.000')).toEqual({ status: 'refused', problem: 'currency', currency: 'EUR' });
    expect(on('50.000 CHF')).toEqual({ status: 'refused', problem: 'currency', currency: 'CHF' });
    expect(on('50.000 Euro')).toEqual({ status: 'refused', problem: 'currency', currency: 'EUR' });
    expect(readNumber('$50,000', euros)).toEqual({ status: 'refused', problem: 'currency', currency: 'USD' });
  });

  test('refuses what no field takes, such as a period', () => {
    expect(on('12 Monate', people)).toEqual({ status: 'refused', problem: 'form' });
    expect(on('1,5 Mio. €', people)).toEqual({ status: 'refused', problem: 'form' });
    expect(on('2,5', people)).toEqual({ status: 'refused', problem: 'fraction', value: 2.5 });
    expect(on('12', score)).toEqual({ status: 'refused', problem: 'high', value: 12 });
  });
});

describe('readNumber on a Japanese page', () => {
  const on = (text: string, field: NumberField = revenue) => readNumber(text, field, ja);

  test('returns Japanese forms as a Japanese reader means them', () => {
    const forms: [string, NumberField, number][] = [
      ['１２３', people, 123],
      ['1,234', revenue, 1234],
      ['１，２３４．５', revenue, 1234.5],
      ['５万', revenue, 50000],
      ['50万', revenue, 500000],
      ['18.5万', revenue, 185000],
      ['1億', revenue, 1e8],
      ['3千万', revenue, 3e7],
      ['5百万', revenue, 5e6],
      ['1兆', revenue, 1e12],
      ['1億2000万', revenue, 120000000],
      ['1億2,000万円', yen, 120000000],
      ['1万5000', people, 15000],
      ['3億50万ドル', revenue, 300500000],
      ['50万ドル', revenue, 500000],
      ['1,500米ドル', revenue, 1500],
      ['US$ 1,500', revenue, 1500],
      ['5万円', yen, 50000],
      ['￥50,000', yen, 50000],
      ['１２．５％', growth, 12.5],
      ['８．２', score, 8.2],
    ];

    expect(forms.map(([text, field]) => [text, on(text, field)])).toEqual(
      forms.map(([text, , value]) => [text, read(value)]),
    );
  });

  test('reads a mark before three digits the Japanese way without asking', () => {
    expect(on('185,000')).toEqual(read(185000));
    expect(on('1.234')).toEqual(read(1.234));
    expect(on('1.500万')).toEqual(read(15000));
    // 1.234 people is no answer: the only reading that suits the field.
    expect(on('1.234', people)).toEqual(read(1234));
    expect(on('1,5')).toEqual(read(1.5));
  });

  test('refuses yen in a field in US dollars, and forms it does not read', () => {
    expect(on('5万円')).toEqual({ status: 'refused', problem: 'currency', currency: 'JPY' });
    expect(on('五万')).toEqual({ status: 'refused', problem: 'form' });
    expect(on('1億20000万')).toEqual({ status: 'refused', problem: 'form' });
    expect(on('1億5千万')).toEqual({ status: 'refused', problem: 'form' });
  });
});

describe('numberWayOf', () => {
  test('returns the rules of a language the site speaks with its decimal mark, English’s rules for any other', () => {
    expect([
      numberWayOf('de', ','),
      numberWayOf('ja', '.'),
      numberWayOf('en', ','),
      numberWayOf('fr', ','),
    ]).toEqual([
      { decimal: ',', settles: true, words: { billion: [12, 9] } },
      { decimal: '.', settles: true },
      { decimal: ',' },
      { decimal: ',' },
    ]);
  });
});

describe('decimalMarkOf', () => {
  test('returns the decimal mark of the first language Intl knows', () => {
    expect(decimalMarkOf(['de-DE', 'en'])).toBe(',');
    expect(decimalMarkOf(['en-IN'])).toBe('.');
    expect(decimalMarkOf(['not a tag', 'fr-FR'])).toBe(',');
    expect(decimalMarkOf([])).toBe('.');
  });
});

/** Languages whose ways of writing numbers the properties try. */
const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'de-CH', 'en-IN', 'ja-JP', 'ar-EG', 'fa-IR', 'hi-IN-u-nu-deva'];

describe('readNumber properties', () => {
  test('never misreads a figure as a language writes it: the value, or a question naming it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.integer({ min: 0, max: 10 ** 11 }),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        (locale, units, decimals, grouping) => {
          const value = units / 10 ** decimals;
          const text = new Intl.NumberFormat(locale, {
            maximumFractionDigits: decimals,
            useGrouping: grouping,
          }).format(value);

          const reading = readNumber(text, revenue, english(decimalMarkOf([locale])));

          if (reading.status === 'read') expect(reading.value).toBe(value);
          else expect(reading).toMatchObject({ status: 'ask', values: expect.arrayContaining([value]) });
        },
      ),
    );
  });

  test('reads a figure as the page’s language writes it exactly, without asking', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<['de' | 'ja', string]>(['de', 'de-DE'], ['de', 'de-AT'], ['ja', 'ja-JP']),
        fc.integer({ min: 0, max: 10 ** 11 }),
        fc.integer({ min: 0, max: 3 }),
        fc.boolean(),
        ([lang, locale], units, decimals, grouping) => {
          const value = units / 10 ** decimals;
          const text = new Intl.NumberFormat(locale, {
            maximumFractionDigits: decimals,
            useGrouping: grouping,
          }).format(value);

          expect(readNumber(text, revenue, wayIn(lang))).toEqual(read(value));
        },
      ),
    );
  });

  test('never asks on a German or Japanese page about figures written in digits and marks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(de, ja),
        fc.constantFrom(revenue, growth, people, score),
        fc.stringMatching(/^[-+ 0-9.,'’%\u00a0\u202f]{1,14}$/),
        (way, field, text) => {
          expect(readNumber(text, field, way).status).not.toBe('ask');
        },
      ),
    );
  });

  test('returns only readings that fit the field, two distinct ones when it asks', () => {
    const fields = [revenue, growth, people, score];
    fc.assert(
      fc.property(
        fc.constantFrom(...fields),
        fc.stringMatching(/^[-+ 0-9.,'’kKM%$USD\u00a0\u202f]{0,14}$/),
        fc.constantFrom<'.' | ','>('.', ','),
        (field, text, prefer) => {
          const reading = readNumber(text, field, english(prefer));

          const values =
            reading.status === 'read' ? [reading.value] : reading.status === 'ask' ? reading.values : [];
          for (const v of values) {
            expect(Number.isFinite(v) && v >= field.min && v <= field.max).toBe(true);
            if (field.whole) expect(Number.isInteger(v)).toBe(true);
          }
          if (reading.status === 'ask') expect(reading.values[0]).not.toBe(reading.values[1]);
        },
      ),
    );
  });

  test('returns the same readings whatever the language prefers, only in another order', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,' ]{1,12}$/), (text) => {
        const dot = readNumber(text, revenue, english('.'));
        const comma = readNumber(text, revenue, english(','));

        expect(comma.status).toBe(dot.status);
        if (dot.status === 'ask' && comma.status === 'ask')
          expect([...comma.values].sort()).toEqual([...dot.values].sort());
        else expect(comma).toEqual(dot);
      }),
    );
  });

  test('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        expect(() => readNumber(text, revenue)).not.toThrow();
      }),
    );
  });
});
