import { describe, expect, test } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import {
  describeProgress,
  explainReadiness,
  READINESS_RULE,
  readinessOf,
  shareOf,
} from '../../src/engine/readiness.ts';
import type { LevelResult, OfferedAssessment } from '../../src/engine/types.ts';
import type { RequirementStatus } from '../../src/domain/requirement-status.ts';
import { kinds, makeRules } from '../helpers/fixtures.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

const integrate = { businessModel: 'integrate', region: 'na' } as const;

/** Expert on Integrate with six requirements, as in the rule's worked example. */
const sixRules = () =>
  makeRules({
    businessModels: ['integrate'],
    expertIncludesPrincipal: false,
    requirements: {
      principal: { integrate: [kinds.training] },
      expert: {
        integrate: [
          kinds.training,
          kinds.exam,
          { ...kinds.references, id: 'references' },
          kinds.status,
          kinds.revenue,
          kinds.growth,
        ],
      },
    },
  });

function expertOf(answers: Record<string, number | boolean>, rules = sixRules()): LevelResult {
  const result = assess(rules, integrate, answers, EN) as OfferedAssessment;
  const level = result.levels.find((l) => l.level === 'expert');
  if (level === undefined) throw new Error('no Expert level');
  return level;
}

describe('shareOf', () => {
  test('returns 100 for met, 0 for not met and not answered', () => {
    expect(shareOf('met', 1)).toBe(100);
    expect(shareOf('unmet', 0)).toBe(0);
    expect(shareOf('unanswered', 0)).toBe(0);
  });

  test('returns the share reached in whole percent, rounded down, never 100 while partly met', () => {
    expect(shareOf('partial', 0.77)).toBe(77);
    expect(shareOf('partial', 0.779)).toBe(77);
    // 0.29 * 100 is 28.999999999999996 in floating point; a calculator says 29.
    expect(shareOf('partial', 0.29)).toBe(29);
    expect(shareOf('partial', 0.99999)).toBe(99);
  });
});

describe('readinessOf', () => {
  const r = (
    id: string,
    share: number,
    weight = 1,
    status: RequirementStatus = share === 100 ? 'met' : 'partial',
  ) => ({ id, share, weight, status });

  test('returns the weighted average of the shares, and its whole percent rounded down', () => {
    expect(readinessOf([r('a', 100), r('b', 77), r('c', 0, 1, 'unanswered')])).toEqual({
      readiness: 177 / 300,
      percent: 59,
    });
    expect(readinessOf([r('a', 100, 3), r('b', 50)])).toEqual({ readiness: 350 / 400, percent: 87 });
  });

  test('returns 100% only when every requirement is met', () => {
    expect(readinessOf([r('a', 100), r('b', 100)])).toEqual({ readiness: 1, percent: 100 });
    expect(readinessOf([r('a', 100, 100), r('b', 99, 0.01)]).percent).toBe(99);
  });

  test('returns full readiness for a level without requirements', () => {
    expect(readinessOf([])).toEqual({ readiness: 1, percent: 100 });
  });
});

describe('describeProgress', () => {
  test('returns the met count, the total and the percent ready', () => {
    const level = expertOf({ 'sales-training': true, references: 3 });

    expect(describeProgress(level, EN)).toBe('2 of 6 met, 33% ready');
    expect(level.summary).toBe('2 of 6 met, 33% ready');
  });
});

describe('explainReadiness', () => {
  test('returns the arithmetic for the partner’s own figures, term by term', () => {
    const level = expertOf({
      'sales-training': true,
      'technical-exam': 3,
      references: 3,
      'master-specialist': true,
      revenue: 154000,
    });

    const explained = explainReadiness(level, EN);

    expect(explained.summary).toBe('Expert: 4 of 6 met, 79% ready');
    expect(explained.terms.map((t) => t.text)).toEqual([
      'Sales training: met, counts 100%',
      'Certified engineers: met, counts 100%',
      'Customer references: met, counts 100%',
      'Master Specialist status: met, counts 100%',
      'Area revenue: 154,000 of 200,000, counts 77%',
      'Year-over-year growth: not answered, counts 0%',
    ]);
    expect(explained.terms[4]).toMatchObject({ reached: '154,000', target: '200,000', illustrative: true });
    expect(explained.sum).toBe('(100 + 100 + 100 + 100 + 77 + 0) ÷ 6 = 79.5, rounded down: 79% ready.');
  });

  test('returns the worked example of the rule from the same arithmetic', () => {
    const level = expertOf({
      'sales-training': true,
      'technical-exam': 3,
      references: 3,
      'master-specialist': true,
      revenue: 154000,
    });

    expect(READINESS_RULE.map((k) => EN(k)).join(' ')).toContain(
      explainReadiness(level, EN).sum.replace(', rounded down: ', ', shown as ').replace(/\.$/, ''),
    );
  });

  test('returns a scale counted from its bottom, and an answer at or below it as 0', () => {
    const rules = makeRules({
      businessModels: ['integrate'],
      requirements: { principal: { integrate: [kinds.satisfaction, kinds.exam] } },
    });
    const level = (
      assess(rules, integrate, { satisfaction: 3.5, 'technical-exam': 0 }, EN) as OfferedAssessment
    ).levels[0];
    if (level === undefined) throw new Error('no level');

    const explained = explainReadiness(level, EN, 'Principal');

    expect(explained.terms.map((t) => t.text)).toEqual([
      'Customer satisfaction: (3.5 − 1) of (4 − 1), counts 83%',
      'Certified engineers: 0 of 3, counts 0%',
    ]);
    expect(explained.sum).toBe('(83 + 0) ÷ 2 = 41.5, rounded down: 41% ready.');
  });

  test('returns weights as multiples and a whole result without rounding', () => {
    const rules = makeRules({
      businessModels: ['integrate'],
      requirements: { principal: { integrate: [{ ...kinds.training, weight: 2 }, kinds.references] } },
    });
    const level = (
      assess(rules, integrate, { 'sales-training': true, references: 0 }, EN) as OfferedAssessment
    ).levels[0];
    if (level === undefined) throw new Error('no level');

    const explained = explainReadiness(level, EN);

    expect(explained.terms[0]?.text).toBe('Sales training: met, counts 100%, 2 times');
    expect(explained.terms[1]?.text).toBe('Customer references: 0 of 3, counts 0%');
    expect(explained.sum).toBe('(2 × 100 + 0) ÷ 3 = 66.66, rounded down: 66% ready.');
  });

  test('returns a met level as 100% without rounding', () => {
    const rules = makeRules({
      businessModels: ['integrate'],
      requirements: { principal: { integrate: [kinds.training] } },
    });
    const level = (assess(rules, integrate, { 'sales-training': true }, EN) as OfferedAssessment).levels[0];
    if (level === undefined) throw new Error('no level');

    expect(explainReadiness(level, EN).sum).toBe('(100) ÷ 1 = 100: 100% ready.');
  });

  test('returns a level without requirements as fully ready', () => {
    const rules = makeRules({
      businessModels: ['integrate'],
      requirements: { principal: { integrate: [] } },
    });
    const level = (assess(rules, integrate, {}, EN) as OfferedAssessment).levels[0];
    if (level === undefined) throw new Error('no level');

    expect(explainReadiness(level, EN).sum).toBe('No requirements to meet: 100% ready.');
  });
});
