import { describe, expect, test } from 'vitest';
import { compareVersions, nextVersion } from '../../src/util/versions.ts';

describe('compareVersions', () => {
  test('orders versions by number, not by text', () => {
    expect(compareVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
    expect(compareVersions('1.2', '2.0')).toBeLessThan(0);
  });
});

describe('nextVersion', () => {
  test('returns the next minor version', () => {
    expect(nextVersion('1.9')).toBe('1.10');
    expect(nextVersion('2.3.1')).toBe('2.4');
  });
});
