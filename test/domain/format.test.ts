import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { formatExact, formatMoney, formatNumber } from '../../src/domain/format.ts';

describe('formatNumber', () => {
  test('returns thousands separators and at most two decimals', () => {
    expect([1234567, 0.125, 8.5, 12].map(formatNumber)).toEqual(['1,234,567', '0.13', '8.5', '12']);
  });

  test('returns the same text when asked again, and tells -0 from 0', () => {
    const first = [50000, 0, -0].map(formatNumber);

    const again = [50000, 0, -0].map(formatNumber);

    expect(again).toEqual(first);
    expect(first).toEqual(['50,000', '0', '-0']);
  });
});

describe('formatMoney', () => {
  test('returns the currency code first', () => {
    expect(formatMoney(75000, 'USD')).toBe('USD 75,000');
  });
});

describe('formatNumber and formatExact without Intl', () => {
  const intl = (digits: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });

  test('write every number as Intl writes it in US English', () => {
    const two = intl(2);
    const twelve = intl(12);
    const check = (value: number) => {
      expect(formatNumber(value)).toBe(two.format(value));
      expect(formatExact(value)).toBe(twelve.format(value));
    };
    fc.assert(fc.property(fc.double(), check), { numRuns: 3_000 });
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 14 }), (n, places) =>
        check(n / 10 ** places),
      ),
      { numRuns: 3_000 },
    );
  });

  test('round half away from zero on the shortest decimal, and keep the sign of what rounds to zero', () => {
    const edges = [
      0.005,
      1.005,
      2.675,
      -2.675,
      0.125,
      -0.125,
      999.995,
      999_999.999,
      -0.001,
      -0.004,
      5e-13,
      4.9e-13,
      1e21,
      1.5e300,
      123456789012345680000,
      5e-324,
      -0,
      0,
      Infinity,
      -Infinity,
      NaN,
    ];
    const [two, twelve] = [intl(2), intl(12)];

    expect(edges.map(formatNumber)).toEqual(edges.map((v) => two.format(v)));
    expect(edges.map(formatExact)).toEqual(edges.map((v) => twelve.format(v)));
  });
});
