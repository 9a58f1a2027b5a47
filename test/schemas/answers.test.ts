import { describe, expect, test } from 'vitest';
import { MAX_ANSWER, readAnswers } from '../../src/schemas/answers.ts';

describe('readAnswers without a competency schema', () => {
  test('returns the answers when every value is a boolean or a number of 0 or more', () => {
    const result = readAnswers({ 'sales-training': true, revenue: 160000, growth: 0, score: 7.5 });

    expect(result).toEqual({
      ok: true,
      value: { 'sales-training': true, revenue: 160000, growth: 0, score: 7.5 },
    });
  });

  test('returns an empty object for no answers', () => {
    expect(readAnswers({})).toEqual({ ok: true, value: {} });
  });

  test('rejects negative numbers, NaN, Infinity, text and absurd sizes, naming the id', () => {
    const result = readAnswers({
      revenue: -1,
      growth: Number.NaN,
      count: Number.POSITIVE_INFINITY,
      text: '12',
      huge: MAX_ANSWER * 10,
      nested: { a: 1 },
    });

    expect(result).toMatchInlineSnapshot(`
      {
        "errors": [
          {
            "id": "revenue",
            "message": "revenue: expected 0 or more",
          },
          {
            "id": "growth",
            "message": "growth: expected a finite number or true/false",
          },
          {
            "id": "count",
            "message": "count: expected a finite number or true/false",
          },
          {
            "id": "text",
            "message": "text: expected a finite number or true/false",
          },
          {
            "id": "huge",
            "message": "huge: expected a number of at most 1,000,000,000,000",
          },
          {
            "id": "nested",
            "message": "nested: expected a finite number or true/false",
          },
        ],
        "ok": false,
      }
    `);
  });

  test('rejects input that is not an object of answers', () => {
    for (const input of [null, undefined, 42, 'answers', [1, 2], new Date(0)]) {
      expect(readAnswers(input)).toEqual({
        ok: false,
        errors: [{ id: '', message: 'expected answers as an object keyed by requirement id' }],
      });
    }
  });

  test('rejects more than 200 answers', () => {
    const many = Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`id-${i}`, 1]));

    expect(readAnswers(many)).toEqual({
      ok: false,
      errors: [{ id: '', message: 'expected at most 200 answers, found 201' }],
    });
  });

  test('rejects ids longer than 64 characters and ids that are not kebab-case', () => {
    const long = 'a'.repeat(65);

    expect(readAnswers({ [long]: 1 })).toEqual({
      ok: false,
      errors: [{ id: '', message: `"${'a'.repeat(20)}…": expected an id of at most 64 characters` }],
    });
    expect(readAnswers({ __proto__: 1, 'Bad Id': 2 })).toMatchObject({
      ok: false,
      errors: [
        { id: '', message: '"Bad Id": expected a requirement id of lower-case words joined by hyphens' },
      ],
    });
  });

  test('returns plain objects without inherited keys, even from a null-prototype input', () => {
    const input = Object.assign(Object.create(null) as object, { references: 2 });

    expect(readAnswers(input)).toEqual({ ok: true, value: { references: 2 } });
  });

  test('returns a message instead of throwing when reading the input throws', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no');
        },
      },
    );

    expect(readAnswers(hostile)).toEqual({
      ok: false,
      errors: [{ id: '', message: 'the answers could not be read' }],
    });
  });
});
