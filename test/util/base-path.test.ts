import { describe, expect, test } from 'vitest';
import { linkWithBase, withBase } from '../../src/util/base-path.ts';

describe('withBase', () => {
  test('returns the path under the base with exactly one slash between', () => {
    expect(withBase('/', '/program/')).toBe('/program/');
    expect(withBase('/docs/', '/program/')).toBe('/docs/program/');
    expect(withBase('/docs', 'program/')).toBe('/docs/program/');
  });
});

describe('linkWithBase', () => {
  test('returns site-absolute paths under the base, once', () => {
    expect(linkWithBase('/catalogue/', '/program/')).toBe('/catalogue/program/');
    expect(linkWithBase('/catalogue', '/catalogue/program/')).toBe('/catalogue/program/');
    expect(linkWithBase('/', '/program/#tiers')).toBe('/program/#tiers');
  });

  test('returns relative, protocol-relative and external URLs unchanged', () => {
    expect(linkWithBase('/catalogue/', '../program/')).toBe('../program/');
    expect(linkWithBase('/catalogue/', '//cdn.example.com/x.png')).toBe('//cdn.example.com/x.png');
    expect(linkWithBase('/catalogue/', 'https://example.com/')).toBe('https://example.com/');
    expect(linkWithBase('/catalogue/', '#anchor')).toBe('#anchor');
  });
});
