import { describe, expect, test } from 'vitest';
import { cached } from '../../src/util/cached.ts';

describe('cached', () => {
  test('returns the computed value and keeps it for the next call', () => {
    const cache = new Map<string, number>();
    let calls = 0;
    const compute = () => (calls += 1);

    const first = cached(cache, 'a', compute);
    const second = cached(cache, 'a', compute);

    expect([first, second, calls]).toEqual([1, 1, 1]);
    expect(cache.get('a')).toBe(1);
  });

  test('returns a value per key, in a WeakMap too', () => {
    const cache = new WeakMap<object, string>();
    const a = {};
    const b = {};

    const values = [cached(cache, a, () => 'a'), cached(cache, b, () => 'b'), cached(cache, a, () => 'x')];

    expect(values).toEqual(['a', 'b', 'a']);
  });
});
