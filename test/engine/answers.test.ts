import { beforeAll, describe, expect, test } from 'vitest';
import {
  answerLabel,
  answerRequirement,
  answersSchemaFor,
  checkAnswers,
  parseAnswerField,
  parseAnswers,
} from '../../src/engine/answers.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { kinds, makeRules, singleRequirement } from '../helpers/fixtures.ts';
import { loadRules } from '../helpers/content.ts';
import { englishReader } from '../helpers/number-reader.ts';

const rules = makeRules({
  businessModels: ['integrate'],
  requirements: {
    principal: { integrate: [kinds.training, kinds.exam, kinds.revenue, kinds.references] },
    expert: { integrate: [kinds.growth, kinds.satisfaction, kinds.status] },
  },
});

describe('parseAnswers with rules', () => {
  test('returns answers that suit each requirement kind', () => {
    const answers = {
      'sales-training': true,
      'technical-exam': 2,
      revenue: 1000.5,
      references: 0,
      growth: 12.5,
      satisfaction: 4.2,
      'master-specialist': false,
    };

    expect(parseAnswers(answers, rules)).toEqual({ ok: true, value: answers });
  });

  test('drops keys whose value is undefined', () => {
    expect(parseAnswers({ revenue: undefined, references: 1 }, rules)).toEqual({
      ok: true,
      value: { references: 1 },
    });
  });

  test('rejects unknown ids and values that do not suit the kind, with messages naming the label', () => {
    const result = parseAnswers(
      {
        'sales-training': 1,
        'technical-exam': 1.5,
        revenue: -5,
        references: 'three',
        growth: Number.NaN,
        satisfaction: 6,
        'master-specialist': 'yes',
        'no-such-requirement': 1,
      },
      rules,
    );

    expect(result).toMatchInlineSnapshot(`
      {
        "errors": [
          {
            "id": "sales-training",
            "message": "Sales training: expected yes or no (true or false)",
          },
          {
            "id": "technical-exam",
            "message": "Certified engineers: expected a whole number of 0 or more",
          },
          {
            "id": "revenue",
            "message": "Area revenue: expected a number of 0 or more",
          },
          {
            "id": "references",
            "message": "Customer references: expected a whole number of 0 or more",
          },
          {
            "id": "growth",
            "message": "Year-over-year growth: expected a number of 0 or more",
          },
          {
            "id": "satisfaction",
            "message": "Customer satisfaction: expected a number from 1 to 5",
          },
          {
            "id": "master-specialist",
            "message": "Master Specialist status: expected yes or no (true or false)",
          },
          {
            "id": "no-such-requirement",
            "message": ""no-such-requirement" is not a requirement of this competency",
          },
        ],
        "ok": false,
      }
    `);
  });

  test('returns the same schema object for the same rules', () => {
    expect(answersSchemaFor(rules)).toBe(answersSchemaFor(rules));
  });
});

describe('checkAnswers', () => {
  test('returns the answers that fit their fields, naming by label those left out and counting unknown ids', () => {
    const input = {
      satisfaction: 999,
      references: 2.5,
      revenue: true,
      'sales-training': true,
      'technical-exam': 1,
      'call-555-now': 3,
    };

    expect(checkAnswers(input, rules)).toEqual({
      answers: { 'sales-training': true, 'technical-exam': 1 },
      refused: ['Customer satisfaction', 'Customer references', 'Area revenue'],
      unknown: 1,
    });
    expect(answerLabel(rules, 'revenue')).toBe('Area revenue');
    expect(answerRequirement(rules, 'revenue')).toMatchObject({ kind: 'revenue', label: 'Area revenue' });
    expect(answerRequirement(rules, 'call-555-now')).toBeUndefined();
  });

  test('returns null for input that is not answers at all', () => {
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`id-${i}`, 1]));

    expect([checkAnswers([1], rules), checkAnswers('x', rules), checkAnswers(many, rules)]).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('checkAnswers on exotic input', () => {
  test('returns null, never throws, for an object whose keys cannot be read', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );

    expect(checkAnswers(hostile, rules)).toBeNull();
  });
});

describe('parseAnswerField', () => {
  const field = (req: Record<string, unknown>, text: string) =>
    parseAnswerField(text, singleRequirement(req).requirement, englishReader());

  test('returns undefined (not answered) for an empty field', () => {
    expect(field(kinds.revenue, '   ')).toEqual({ ok: true, value: undefined });
  });

  test('returns numbers in the forms people type, with the unit the field lets them type', () => {
    expect(field(kinds.revenue, '40,000.00')).toEqual({ ok: true, value: 40000 });
    expect(field(kinds.revenue, 'USD 1 250 000.50')).toEqual({ ok: true, value: 1250000.5 });
    expect(field(kinds.revenue, '1.250.000,50 USD')).toEqual({ ok: true, value: 1250000.5 });
    expect(field(kinds.growth, '12,5 %')).toEqual({ ok: true, value: 12.5 });
    expect(field(kinds.satisfaction, '4,5')).toEqual({ ok: true, value: 4.5 });
    expect(field(kinds.references, '+3')).toEqual({ ok: true, value: 3 });
  });

  test('asks which reading is meant when both fit, naming each in the site’s format', () => {
    expect(field(kinds.revenue, '185.000')).toEqual({
      ok: false,
      message: 'Area revenue: did you mean USD 185 or USD 185,000?',
      choices: [
        { value: 185, text: 'USD 185' },
        { value: 185000, text: 'USD 185,000' },
      ],
    });
    expect(
      parseAnswerField('185.000', singleRequirement(kinds.revenue).requirement, englishReader(',')),
    ).toMatchObject({
      message: 'Area revenue: did you mean USD 185,000 or USD 185?',
    });
  });

  test('returns yes and no for training and status', () => {
    expect(field(kinds.training, 'Yes')).toEqual({ ok: true, value: true });
    expect(field(kinds.status, 'false')).toEqual({ ok: true, value: false });
  });

  test('rejects bad input with a message naming the requirement and the forms it takes', () => {
    const messages = [
      field(kinds.revenue, '-5'),
      field(kinds.growth, 'ten'),
      field(kinds.exam, '2.5'),
      field(kinds.references, '1e3'),
      field(kinds.satisfaction, '5.5'),
      field(kinds.satisfaction, '.5'),
      field(kinds.revenue, '9'.repeat(14)),
      field(kinds.training, 'maybe'),
      field(kinds.status, '1'),
    ].map((r) => (r.ok ? 'ok' : r.message));

    expect(messages).toMatchInlineSnapshot(`
      [
        "Area revenue: type an amount in USD of 0 or more, such as 185000, 185 000, 185k or 185,000.50.",
        "Year-over-year growth: type a percentage of 0 or more, such as 12.5 or 12,5.",
        "Certified engineers: 2.5 is not a whole number; type a whole number of 0 or more, such as 3 or 1,200.",
        "Customer references: type a whole number of 0 or more, such as 3 or 1,200.",
        "Customer satisfaction: 5.5 is above the scale; type a number from 1 to 5, such as 4.3 or 4,3.",
        "Customer satisfaction: 0.5 is below the scale; type a number from 1 to 5, such as 4.3 or 4,3.",
        "Area revenue: that number is too large; the most accepted is 1,000,000,000,000.",
        "Sales training: expected yes or no (true or false): whether the training is complete",
        "Master Specialist status: expected yes or no (true or false): whether you hold Master Specialist status",
      ]
    `);
  });
});

describe('parseAnswers on the real content', () => {
  let all: CompetencyRules[] = [];
  beforeAll(async () => {
    all = await loadRules();
  });

  test('accepts every requirement id of every competency and rejects ids from nowhere', () => {
    for (const competency of all) {
      const ids = Object.values(competency.requirements).flatMap((level) =>
        Object.values(level ?? {}).flatMap((list) => (list ?? []).map((r) => r.id)),
      );
      const unanswered = Object.fromEntries(ids.map((id) => [id, undefined]));

      expect(parseAnswers(unanswered, competency).ok, competency.slug).toBe(true);
      expect(parseAnswers({ 'made-up-id': 1 }, competency).ok, competency.slug).toBe(false);
    }
  });
});
