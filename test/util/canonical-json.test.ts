import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../src/util/canonical-json.ts';

describe('canonicalJson', () => {
  test('returns sorted keys and skips undefined values', () => {
    const value = { b: 1, a: [true, null, 'x'], c: undefined };

    expect(canonicalJson(value)).toBe('{"a":[true,null,"x"],"b":1}');
  });
});
