import { describe, expect, test } from 'vitest';
import { isRecord } from '../../src/util/is-record.ts';

describe('isRecord', () => {
  test('returns true for objects with keys, parsed or written', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(JSON.parse('{"v":1}'))).toBe(true);
  });

  test('returns false for null, lists and plain values', () => {
    expect([null, undefined, [], [1], 'a', 1, true].map(isRecord)).toEqual(Array(7).fill(false));
  });
});
