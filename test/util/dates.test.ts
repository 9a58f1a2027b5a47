import { describe, expect, test } from 'vitest';
import { formatDate, formatLongDate, isoDay, localDay, startOfDay } from '../../src/util/dates.ts';

describe('formatDate', () => {
  test('returns a date in words and leaves a non-date alone', () => {
    expect(formatDate('2026-01-15')).toBe('15 January 2026');
    expect(formatDate('soon')).toBe('soon');
  });
});

describe('formatLongDate', () => {
  test('returns the day in UTC, whatever the time of day', () => {
    expect(formatLongDate(new Date('2026-01-15T23:30:00-05:00'))).toBe('16 January 2026');
  });
});

describe('isoDay', () => {
  test('returns the UTC calendar day as YYYY-MM-DD', () => {
    expect(isoDay(new Date(Date.UTC(2026, 0, 5, 23, 59)))).toBe('2026-01-05');
  });
});

describe('localDay', () => {
  test('returns the calendar day where the code runs as YYYY-MM-DD, months and days padded', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });
});

describe('startOfDay', () => {
  test('returns midnight UTC of the day', () => {
    expect(startOfDay('2026-01-15')).toBe('2026-01-15T00:00:00Z');
  });
});
