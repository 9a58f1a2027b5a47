import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../src/util/canonical-json.ts';

describe('canonicalJson', () => {
  test('returns sorted keys and skips undefined values', () => {
    const value = { b: 1, a: [true, null, 'x'], c: undefined };

    expect(canonicalJson(value)).toBe('{"a":[true,null,"x"],"b":1}');
  });
});

describe('canonicalJson on parsed input', () => {
  test('returns a "__proto__" key parsed from JSON as a key, not as the prototype', () => {
    const parsed: unknown = JSON.parse('{"b":2,"__proto__":{"a":1}}');

    expect(canonicalJson(parsed)).toBe('{"__proto__":{"a":1},"b":2}');
  });
});
