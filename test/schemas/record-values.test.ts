import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isRecordId, newRecordId } from '../../src/schemas/record-values.ts';

describe('newRecordId', () => {
  test('makes the time and six random characters, an id of the record', () => {
    expect(newRecordId(Date.UTC(2026, 11, 7), () => 0.5)).toBe(
      `${Date.UTC(2026, 11, 7).toString(36)}-iiiiii`,
    );
  });

  test('makes an id the record takes, for any time and any random draw (300 runs)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1, max: 8.64e15 }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (now, r) => {
          expect(isRecordId(newRecordId(now, () => r))).toBe(true);
        },
      ),
      { seed: 20261207, numRuns: 300 },
    );
  });

  test('makes different ids in one millisecond', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newRecordId(0)));

    expect(ids.size).toBe(1000);
  });
});
