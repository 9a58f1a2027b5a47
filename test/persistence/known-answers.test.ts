import { describe, expect, test } from 'vitest';
import { knownAnswers } from '../../src/persistence/known-answers.ts';
import { kinds, makeRules } from '../helpers/fixtures.ts';

describe('knownAnswers', () => {
  test('returns only the answers whose ids the rules have, at any level and on any model', () => {
    const rules = makeRules({
      businessModels: ['integrate', 'resell'],
      requirements: {
        principal: { integrate: [kinds.references] },
        expert: { resell: [kinds.revenue] },
      },
    });

    const kept = knownAnswers(rules, { references: 2, revenue: 5000, 'retired-measure': 1 });

    expect(kept).toEqual({ references: 2, revenue: 5000 });
  });
});
