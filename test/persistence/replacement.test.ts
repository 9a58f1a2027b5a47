import { describe, expect, test } from 'vitest';
import {
  portfolioReplacementOf,
  replacementOf,
  undoPortfolioReplacement,
  undoReplacement,
} from '../../src/persistence/replacement.ts';

const mine = { 'sales-training': true, revenue: 60000, references: 2 };
const shared = { revenue: 70000, satisfaction: 8 };

describe('replacementOf', () => {
  test('returns the fields a replacement gives a value and those it clears, with their values', () => {
    const r = replacementOf(mine, shared);

    expect(r).toEqual({
      before: { 'sales-training': true, revenue: 60000, references: 2 },
      after: { revenue: 70000, satisfaction: 8 },
      changed: ['revenue', 'satisfaction'],
      cleared: ['sales-training', 'references'],
    });
  });
});

describe('undoReplacement', () => {
  test('returns the answers from before, keeping every field edited after the replacement', () => {
    const r = replacementOf(mine, shared);
    const later = { revenue: 70000, satisfaction: 9, growth: 5 };

    expect(undoReplacement(later, r)).toEqual({ ...mine, satisfaction: 9, growth: 5 });
  });

  test('returns a cleared field still empty when it was emptied again after being refilled', () => {
    const r = replacementOf({ revenue: 1 }, {});

    expect(undoReplacement({}, r)).toEqual({ revenue: 1 });
    expect(undoReplacement({ revenue: 5 }, r)).toEqual({ revenue: 5 });
  });
});

describe('portfolio replacements', () => {
  const same = (a: string, b: string) => a === b;
  const before = {
    answers: { archiving: { revenue: 60000 }, mobility: { references: 1 } },
    chosen: ['archiving', 'mobility'],
    context: 'integrate/na',
  };
  const after = { answers: { archiving: { revenue: 70000 } }, chosen: ['archiving'], context: 'resell/emea' };

  test('returns the fields, the competencies unticked and the context a shared portfolio changes', () => {
    const r = portfolioReplacementOf(before, after, same);

    expect(r).toEqual({
      answers: { archiving: { before: { revenue: 60000 }, after: { revenue: 70000 } } },
      ticked: [],
      unticked: ['mobility'],
      context: { before: 'integrate/na', after: 'resell/emea' },
    });
  });

  test('undoes it, keeping a field edited and a context picked after it', () => {
    const r = portfolioReplacementOf(before, after, same);
    const later = {
      answers: { ...before.answers, archiving: { revenue: 70000, references: 2 } },
      chosen: ['archiving'],
      context: 'resell/apj',
    };

    expect(undoPortfolioReplacement(later, r, same)).toEqual({
      answers: { archiving: { revenue: 60000, references: 2 }, mobility: { references: 1 } },
      chosen: ['archiving', 'mobility'],
      context: 'resell/apj',
    });
  });
});
