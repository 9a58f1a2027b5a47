import { describe, expect, test } from 'vitest';
import { answerFields } from '../../src/engine/answer-fields.ts';
import { fieldCells } from '../../src/engine/field-cells.ts';
import { kinds, makeRules } from '../helpers/fixtures.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

describe('fieldCells', () => {
  const rules = makeRules({
    businessModels: ['integrate'],
    requirements: {
      principal: { integrate: [kinds.training, { ...kinds.references, count: 1 }] },
      expert: { integrate: [kinds.references, kinds.exam] },
    },
  });
  const field = (id: string) => answerFields(rules, 'integrate', EN).find((f) => f.id === id);

  test('returns one cell across the levels that ask the same target', () => {
    const training = field('sales-training');

    expect(training && fieldCells(training, ['principal', 'expert'])).toEqual([
      { levels: ['principal', 'expert'], text: 'Complete Course A and Course B', illustrative: true },
    ]);
  });

  test('returns a cell per level where the targets differ, and an empty one where a level does not ask', () => {
    const references = field('references');
    const exam = field('technical-exam');

    expect(references && fieldCells(references, ['principal', 'expert']).map((c) => c.levels)).toEqual([
      ['principal'],
      ['expert'],
    ]);
    expect(exam && fieldCells(exam, ['principal', 'expert'])).toEqual([
      { levels: ['principal'], text: '', illustrative: false },
      { levels: ['expert'], text: '3 people pass Tech Specialist', illustrative: true },
    ]);
  });
});
