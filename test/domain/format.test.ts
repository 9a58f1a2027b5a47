import { describe, expect, test } from 'vitest';
import { formatMoney, formatNumber } from '../../src/domain/format.ts';

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
