import { describe, expect, test } from 'vitest';
import { countingRules, windowQuarters } from '../../src/domain/counting.ts';
import { kinds, singleRequirement } from '../helpers/fixtures.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');
const DE = translator('de');
const JA = translator('ja');

/** A requirement of a kind from the shared fixtures, with its counting rules and their provenance. */
const withCounting = (kind: keyof typeof kinds, counting: unknown, provenance = 'illustrative') =>
  singleRequirement({
    ...kinds[kind],
    counting,
    provenance: { threshold: 'illustrative', evidence: 'illustrative', counting: provenance },
  }).requirement;

describe('countingRules', () => {
  test('returns how long a pass counts, that a person counts once and toward how many competencies', () => {
    const exam = withCounting('exam', { validMonths: 24, competenciesPerPerson: 2 });

    expect(countingRules(exam, EN)).toEqual([
      { text: 'A pass counts for 24 months from the day it is passed', illustrative: true },
      { text: 'One person counts once', illustrative: true },
      { text: 'One person counts toward at most 2 competencies', illustrative: true },
    ]);
  });

  test('returns the windows of references and surveys, marked by the counting rules provenance', () => {
    expect(countingRules(withCounting('references', { withinMonths: 24 }, 'source'), EN)).toEqual([
      { text: 'References from the last 24 months count', illustrative: false },
    ]);
    expect(countingRules(withCounting('satisfaction', { withinMonths: 1 }), EN)).toEqual([
      { text: 'The average covers the surveys of the last month', illustrative: true },
    ]);
  });

  test('returns that one person completes every course, and for how long, for a training', () => {
    expect(countingRules(withCounting('training', { validMonths: 12 }), EN).map((r) => r.text)).toEqual([
      'One person completes every listed course',
      'A completed course counts for 12 months from the day it is completed',
    ]);
  });

  test('returns the whole quarters revenue and growth are counted over, marked as their threshold', () => {
    const revenue = singleRequirement({ ...kinds.revenue, periodMonths: 12 }).requirement;
    const growth = singleRequirement({ ...kinds.growth, periodMonths: 6 }).requirement;

    expect(countingRules(revenue, EN)).toEqual([
      { text: 'Revenue is counted over the last 4 whole quarters', illustrative: true },
    ]);
    expect(countingRules(growth, EN)).toEqual([
      { text: 'Growth compares the last 2 whole quarters with the 2 before them', illustrative: true },
    ]);
  });

  test('returns nothing for a kind without counting rules, or a status the record never feeds', () => {
    expect(countingRules(singleRequirement(kinds.exam).requirement, EN)).toEqual([]);
    expect(countingRules(singleRequirement(kinds.status).requirement, EN)).toEqual([]);
  });

  test('returns the rules in the page language, with its figures', () => {
    const exam = withCounting('exam', { validMonths: 24, competenciesPerPerson: 2 });

    expect(countingRules(exam, DE).map((r) => r.text)).toEqual([
      'Eine bestandene Prüfung zählt 24 Monate ab dem Tag, an dem sie bestanden wurde',
      'Jede Person zählt einmal',
      'Eine Person zählt für höchstens 2 Kompetenzen',
    ]);
    expect(countingRules(exam, JA).map((r) => r.text)).toEqual([
      '合格は合格日から24か月間有効です',
      '同じ人は1回だけ数えます',
      '1人を数えられるのは最大2件のコンピテンシーまでです',
    ]);
  });
});

describe('windowQuarters', () => {
  test('returns the whole quarters a period covers, rounding a part quarter up', () => {
    expect([1, 3, 4, 12, 13, 24].map(windowQuarters)).toEqual([1, 1, 2, 4, 5, 8]);
  });
});
