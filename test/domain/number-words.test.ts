import { describe, expect, test } from 'vitest';
import { figureText, readNumberAnswer } from '../../src/domain/number-words.ts';
import type { NumberField } from '../../src/domain/read-number.ts';
import { translator, type Lang } from '../../src/text/text.ts';
import { readerIn } from '../helpers/number-reader.ts';

const MAX = 1e12;
const revenue: NumberField = { whole: false, min: 0, max: MAX, scale: false, unit: 'USD' };
const growth: NumberField = { whole: false, min: 0, max: MAX, scale: false, unit: '%' };
const people: NumberField = { whole: true, min: 0, max: MAX, scale: false };
const score: NumberField = { whole: false, min: 1, max: 5, scale: true };
const count: NumberField = { whole: false, min: 0, max: MAX, scale: false };

/** What a page in `lang` says of each text typed into its field: the value, or its message. */
function said(lang: Lang, cases: readonly [string, NumberField, string][]): string[] {
  return cases.map(([text, field, label]) => {
    const answer = readNumberAnswer(text, field, label, readerIn(lang));
    return answer.ok ? `= ${answer.value}` : answer.message;
  });
}

describe('figureText', () => {
  test('writes a figure as the page’s language does, with the field’s unit', () => {
    const figures = (lang: Lang) =>
      [
        figureText(revenue, 1234567.5, translator(lang)),
        figureText(growth, 12.5, translator(lang)),
        figureText(score, 4.25, translator(lang)),
      ].join(' | ');

    expect(figures('en')).toBe('USD 1,234,567.5 | 12.5% | 4.25');
    expect(figures('de')).toBe('1.234.567,5 USD | 12,5 % | 4,25');
    expect(figures('ja')).toBe('USD 1,234,567.5 | 12.5% | 4.25');
  });
});

describe('readNumberAnswer', () => {
  const cases: [string, NumberField, string][] = [
    ['1.234.567,89', revenue, 'Umsatz'],
    ['1 Billion', revenue, 'Umsatz'],
    ['50.000 €', revenue, 'Umsatz'],
    ['viel', revenue, 'Umsatz'],
    ['9'.repeat(14), revenue, 'Umsatz'],
    ['-5', revenue, 'Umsatz'],
    ['zwölf', growth, 'Wachstum'],
    ['2,5', people, 'Zertifizierte Techniker'],
    ['5,5', score, 'Kundenzufriedenheit'],
    ['0,5', score, 'Kundenzufriedenheit'],
    ['x', count, 'Anzahl'],
  ];

  test('returns the figure typed the German way on a German page, and words its questions and mistakes in German', () => {
    expect(said('de', cases)).toMatchInlineSnapshot(`
      [
        "= 1234567.89",
        "Umsatz: Meinten Sie 1.000.000.000.000 USD oder 1.000.000.000 USD?",
        "Umsatz: Dieses Feld erwartet einen Betrag in USD, nicht in EUR; bitte geben Sie einen Betrag in USD ab 0 ein, z. B. 185000, 185.000, 185 Tsd. oder 185.000,50.",
        "Umsatz: Bitte geben Sie einen Betrag in USD ab 0 ein, z. B. 185000, 185.000, 185 Tsd. oder 185.000,50.",
        "Umsatz: Diese Zahl ist zu groß; möglich sind höchstens 1.000.000.000.000.",
        "Umsatz: Bitte geben Sie einen Betrag in USD ab 0 ein, z. B. 185000, 185.000, 185 Tsd. oder 185.000,50.",
        "Wachstum: Bitte geben Sie einen Prozentwert ab 0 ein, z. B. 12,5 oder 12,5 %.",
        "Zertifizierte Techniker: 2,5 ist keine ganze Zahl; bitte geben Sie eine ganze Zahl ab 0 ein, z. B. 3 oder 1.200.",
        "Kundenzufriedenheit: 5,5 liegt über der Skala; bitte geben Sie eine Zahl von 1 bis 5 ein, z. B. 4,3 oder 4.3.",
        "Kundenzufriedenheit: 0,5 liegt unter der Skala; bitte geben Sie eine Zahl von 1 bis 5 ein, z. B. 4,3 oder 4.3.",
        "Anzahl: Bitte geben Sie eine Zahl ab 0 ein, z. B. 185000, 185.000, 185 Tsd. oder 185.000,50.",
      ]
    `);
  });

  test('returns the figure typed the Japanese way on a Japanese page, and words its mistakes in Japanese', () => {
    const japanese: [string, NumberField, string][] = [
      ['１，２３４，５６７．８９', revenue, '売上'],
      ['50万ドル', revenue, '売上'],
      ['5万円', revenue, '売上'],
      ['たくさん', revenue, '売上'],
      ['9'.repeat(14), revenue, '売上'],
      ['十二', growth, '成長率'],
      ['2.5', people, '認定エンジニア'],
      ['5.5', score, '顧客満足度'],
      ['0.5', score, '顧客満足度'],
    ];

    expect(said('ja', japanese)).toMatchInlineSnapshot(`
      [
        "= 1234567.89",
        "= 500000",
        "売上：この項目にはJPYではなくUSDの金額を入力します。0以上のUSD建ての金額を入力してください（例：185000、185,000、18.5万、185,000.50）。",
        "売上：0以上のUSD建ての金額を入力してください（例：185000、185,000、18.5万、185,000.50）。",
        "売上：数値が大きすぎます。入力できる最大値は1,000,000,000,000です。",
        "成長率：0以上のパーセント値を入力してください（例：12.5、12.5%）。",
        "認定エンジニア：2.5は整数ではありません。0以上の整数を入力してください（例：3、1,200）。",
        "顧客満足度：5.5は尺度の上限を超えています。1～5の数値を入力してください（例：4.3、4,3）。",
        "顧客満足度：0.5は尺度の下限を下回っています。1～5の数値を入力してください（例：4.3、4,3）。",
      ]
    `);
  });

  test('asks on an English page, and offers each reading in the page’s format', () => {
    expect(readNumberAnswer('185.000', revenue, 'Area revenue', readerIn('en'))).toEqual({
      ok: false,
      message: 'Area revenue: did you mean USD 185 or USD 185,000?',
      choices: [
        { value: 185, text: 'USD 185' },
        { value: 185000, text: 'USD 185,000' },
      ],
    });
    expect(readNumberAnswer('1 Billion', revenue, 'Umsatz', readerIn('de'))).toMatchObject({
      choices: [
        { value: 1e12, text: '1.000.000.000.000 USD' },
        { value: 1e9, text: '1.000.000.000 USD' },
      ],
    });
  });
});
