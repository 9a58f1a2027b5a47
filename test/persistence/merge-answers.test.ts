import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { changedIds, mergeAnswers } from '../../src/persistence/merge-answers.ts';
import type { Answers } from '../../src/schemas/answers.ts';

const ids = fc.constantFrom('revenue', 'references', 'training', 'growth');
const answers: fc.Arbitrary<Answers> = fc.dictionary(ids, fc.oneof(fc.boolean(), fc.nat(1000)));

describe('mergeAnswers', () => {
  test('returns what another tab saved, with the fields this tab changed taken from this tab', () => {
    const base = { revenue: 60000 };
    const ours = { revenue: 70000, training: true };
    const stored = { revenue: 60000, references: 2 };

    const merged = mergeAnswers(base, ours, stored);

    expect(merged).toEqual({ revenue: 70000, training: true, references: 2 });
  });

  test('removes a field this tab emptied and keeps one another tab emptied removed', () => {
    const base = { revenue: 60000, references: 2 };
    const ours = { references: 2 };
    const stored = { revenue: 60000 };

    const merged = mergeAnswers(base, ours, stored);

    expect(merged).toEqual({});
  });

  test('keeps every field this tab did not change as stored, and every field it changed as typed', () => {
    fc.assert(
      fc.property(answers, answers, answers, (base, ours, stored) => {
        const merged = mergeAnswers(base, ours, stored);

        for (const id of new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(stored)])) {
          expect(merged[id]).toBe(base[id] === ours[id] ? stored[id] : ours[id]);
        }
      }),
      { seed: 12 },
    );
  });

  test("returns this tab's answers when nothing else was saved since it read the store", () => {
    fc.assert(
      fc.property(answers, answers, (base, ours) => {
        expect(mergeAnswers(base, ours, base)).toEqual(ours);
      }),
      { seed: 12 },
    );
  });
});

describe('changedIds', () => {
  test('returns the ids answered differently, added or removed', () => {
    const before = { revenue: 1, references: 2, training: true };
    const after = { revenue: 1, references: 3, growth: 4 };

    const changed = changedIds(before, after);

    expect(changed.sort()).toEqual(['growth', 'references', 'training']);
  });
});
