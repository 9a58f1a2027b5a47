import { describe, expect, test } from 'vitest';
import {
  addDays,
  addMonths,
  addQuarters,
  formatDate,
  formatLongDate,
  isoDay,
  localDay,
  quarterEnd,
  quarterOf,
  quarterStart,
  startOfDay,
} from '../../src/util/dates.ts';

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

describe('day arithmetic', () => {
  test("adds months as the same day of the month, clamped to the month's end", () => {
    expect(addMonths('2026-01-15', 1)).toBe('2026-02-15');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-12-07', -24)).toBe('2024-12-07');
    expect(addMonths('2026-11-30', 2)).toBe('2027-01-30');
  });

  test('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  test('refuses text that is not a day or a quarter', () => {
    expect(() => addMonths('soon', 1)).toThrow('expected a day as YYYY-MM-DD, got "soon"');
    expect(() => addQuarters('2026-Q0', 1)).toThrow('expected a quarter as YYYY-Qn, got "2026-Q0"');
  });

  test('names quarters, their first and last days, and steps between them', () => {
    expect(quarterOf('2026-11-05')).toBe('2026-Q4');
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(addQuarters('2026-Q4', 1)).toBe('2027-Q1');
    expect(addQuarters('2026-Q1', -5)).toBe('2024-Q4');
    expect(quarterStart('2026-Q4')).toBe('2026-10-01');
    expect(quarterEnd('2026-Q4')).toBe('2026-12-31');
    expect(quarterEnd('2024-Q1')).toBe('2024-03-31');
    expect(quarterEnd('2026-Q2')).toBe('2026-06-30');
  });
});
