import { describe, expect, test } from 'vitest';
import { announcedOf, compareAnnounced, differenceText, givenAnswers } from '../../src/engine/announced.ts';
import { assess } from '../../src/engine/assess.ts';
import type { AssessmentContext } from '../../src/engine/types.ts';
import { plainText } from '../../src/domain/provenance.ts';
import { kinds, makeRules } from '../helpers/fixtures.ts';
import { makeAnnounced } from '../helpers/announced.ts';
import { LABELS } from '../helpers/labels.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

const integrate = { businessModel: 'integrate', region: 'na' } as const;
const resell = { businessModel: 'resell', region: 'na' } as const;

function compare(rules = makeAnnounced(), context: AssessmentContext = integrate, answers = {}) {
  return compareAnnounced(rules, assess(rules, context, answers, EN, LABELS), context, answers, EN, LABELS);
}

describe('compareAnnounced', () => {
  test('gives nothing for rules without an announcement', () => {
    const rules = makeRules();

    expect(compare(rules)).toBeNull();
    expect(announcedOf(rules)).toBeNull();
  });

  test('scores the answers under the announced rules and says the verdict changes', () => {
    const answers = { 'sales-training': true, references: 3, 'technical-exam': 3 };

    const result = compare(makeAnnounced(), integrate, answers);

    expect(assess(makeAnnounced(), integrate, answers, EN, LABELS)).toMatchObject({ achieved: 'expert' });
    expect(result).toMatchObject({
      version: '1.1',
      effective: '2027-07-01',
      date: { text: '1 July 2027', illustrative: true },
      value: 'Principal',
      differs: true,
      assessment: { achieved: 'principal', version: '1.1' },
    });
    expect(plainText(result!.label)).toBe('Level achieved from 1 July 2027 (rules version 1.1): ');
  });

  test('words each change for the partner: changed, added and no longer asked for', () => {
    const result = compare(makeAnnounced(), integrate, { references: 1, 'sales-training': true });

    expect(result?.changes.map((c) => [c.level, c.id, c.change, c.status, plainText(c.text)])).toEqual([
      [
        'expert',
        'references',
        'changed',
        'partial',
        'From 1 July 2027, Customer references for Expert on Integrate: 4 customer references instead of 3; you have 1 customer reference.',
      ],
      [
        'expert',
        'growth',
        'added',
        'unanswered',
        'From 1 July 2027, Expert on Integrate also needs Year-over-year growth: 10% growth over the trailing 12 months; the current rules do not ask for it yet.',
      ],
      [
        'expert',
        'technical-exam',
        'removed',
        null,
        'From 1 July 2027, Expert on Integrate no longer asks for Certified engineers (3 people pass Tech Specialist).',
      ],
    ]);
    expect(result?.changes[0]?.text[1]).toEqual({ text: '1 July 2027', illustrative: true });
    expect(result?.changes[0]?.text[4]).toMatchObject({ illustrative: true });
  });

  test('keeps the verdict when the announced rules do not change it', () => {
    const result = compare(makeAnnounced(), integrate, {});

    expect(result).toMatchObject({ value: 'None', differs: false });
    expect(plainText(result!.changes[0]!.text)).toMatch(/instead of 3; not answered yet\.$/);
  });

  test('says so when the competency is not offered in the context', () => {
    const context = { businessModel: 'resell', region: 'apj' } as const;

    const result = compare(makeAnnounced(), context);

    expect(result).toMatchObject({ differs: false, changes: [] });
    expect(result?.value).toContain('not offered');
    expect(plainText(result!.label)).toBe('Offered from 1 July 2027 (rules version 1.1): ');
  });

  test('lists the changes on the business model chosen only', () => {
    const result = compare(makeAnnounced(), resell, { references: 1 });

    expect(result?.changes.map((c) => [c.level, c.id, c.change])).toEqual([
      ['principal', 'references', 'added'],
      ['principal', 'revenue', 'removed'],
      ['expert', 'references', 'added'],
    ]);
  });

  test('works the announced rules out once per rules object', () => {
    const rules = makeAnnounced();

    expect(announcedOf(rules)).toBe(announcedOf(rules));
  });
});

describe('compareAnnounced answers', () => {
  test('names a ticked answer as the partner gave it', () => {
    const rules = makeAnnounced({
      announced: {
        ...makeAnnounced().announced,
        requirements: {
          ...makeAnnounced().announced!.requirements,
          principal: {
            integrate: [
              { ...kinds.training, courses: ['Course A'] },
              { ...kinds.references, count: 1 },
            ],
            resell: [{ ...kinds.references, count: 1 }],
          },
        },
      },
    });

    const result = compare(rules, integrate, { 'sales-training': true });

    expect(plainText(result!.changes[0]!.text)).toMatch(/; your answer: done\.$/);
  });
});

describe('givenAnswers', () => {
  test('gives the answers an assessment counted, and none for one not offered', () => {
    const rules = makeAnnounced();
    const answers = { references: 2, 'sales-training': true };

    expect(givenAnswers(assess(rules, integrate, answers, EN))).toEqual(answers);
    expect(givenAnswers(assess(rules, { businessModel: 'resell', region: 'apj' }, answers, EN))).toEqual({});
  });
});

describe('differenceText', () => {
  test('words a requirement no longer asked for from either side', () => {
    const old = { ...makeAnnounced().requirements.expert!.integrate![0]!, from: 'expert' as const };

    expect(plainText(differenceText('Expert on Integrate', old, null, EN))).toBe(
      'Expert on Integrate no longer asks for Certified engineers (3 people pass Tech Specialist)',
    );
  });
});
