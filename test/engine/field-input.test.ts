import { describe, expect, test } from 'vitest';
import { readFieldInput } from '../../src/engine/field-input.ts';
import { kinds, singleRequirement } from '../helpers/fixtures.ts';
import { englishReader } from '../helpers/number-reader.ts';

const read = (req: Record<string, unknown>, input: string | boolean) =>
  readFieldInput(input, singleRequirement(req).requirement, englishReader());

describe('readFieldInput', () => {
  test('returns a checkbox state as the answer', () => {
    expect([read(kinds.training, true), read(kinds.status, false)]).toEqual([
      { ok: true, value: true },
      { ok: true, value: false },
    ]);
  });

  test('returns typed figures as the field parser reads them, empty as not answered', () => {
    expect(read(kinds.revenue, 'USD 40,000.00')).toEqual({ ok: true, value: 40000 });
    expect(read(kinds.growth, '12.5 %')).toEqual({ ok: true, value: 12.5 });
    expect(read(kinds.references, '  ')).toEqual({ ok: true, value: undefined });
  });

  test('orders a question’s readings by the decimal mark of the partner’s language', () => {
    const req = singleRequirement(kinds.revenue).requirement;

    expect(readFieldInput('USD 40,000', req, englishReader('.'))).toMatchObject({
      choices: [{ text: 'USD 40,000' }, { text: 'USD 40' }],
    });
    expect(readFieldInput('USD 40,000', req, englishReader(','))).toMatchObject({
      choices: [{ text: 'USD 40' }, { text: 'USD 40,000' }],
    });
  });

  test('rejects a number too large to be a real figure with the largest accepted one', () => {
    const tooLarge = {
      ok: false,
      message: 'Area revenue: that number is too large; the most accepted is 1,000,000,000,000.',
    };

    expect(read(kinds.revenue, '9'.repeat(14))).toEqual(tooLarge);
    expect(read(kinds.revenue, '99,999,999,999,999')).toEqual(tooLarge);
    expect(read(kinds.growth, `${'9'.repeat(14)}%`)).toMatchObject({
      ok: false,
      message: expect.stringContaining('Year-over-year growth: that number is too large'),
    });
    expect(read(kinds.references, '1,000,000,000,001')).toMatchObject({
      ok: false,
      message: expect.stringContaining('Customer references: that number is too large'),
    });
  });
});
