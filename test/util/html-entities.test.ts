import { describe, expect, test } from 'vitest';
import { decodeEntities } from '../../src/util/html-entities.ts';

describe('decodeEntities', () => {
  test('returns numeric and common named references decoded, unknown ones untouched', () => {
    expect(decodeEntities('&#x41;&#66;&quot;&amp;&unknown;')).toBe('AB"&&unknown;');
  });

  test('returns the apostrophes Pagefind writes, and text without references as it is', () => {
    expect(decodeEntities('it&#39;s &#x27;a&#x27; &apos;b&apos;')).toBe("it's 'a' 'b'");
    expect(decodeEntities('no references')).toBe('no references');
  });

  test('returns a reference beyond Unicode as written', () => {
    expect(decodeEntities('&#x110000;')).toBe('&#x110000;');
  });
});
