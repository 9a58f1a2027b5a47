import { translator } from '../../src/text/text.ts';
import { describe, expect, test } from 'vitest';
import { excerptParts, MAX_QUERY, queryFrom, resultSummary, searchFor } from '../../src/views/search.ts';

describe('queryFrom and searchFor', () => {
  test('returns the trimmed query of a search string, and the search string of a query', () => {
    expect(queryFrom('?q=%20customer+satisfaction%20')).toBe('customer satisfaction');
    expect(queryFrom('')).toBe('');
    expect(queryFrom(`?q=${'a'.repeat(500)}`)).toHaveLength(MAX_QUERY);
    expect(searchFor(' eDiscovery ')).toBe('?q=eDiscovery');
    expect(searchFor('   ')).toBe('');
  });
});

describe('excerptParts', () => {
  test('returns the runs of an excerpt, marked where Pagefind marked a hit, entities decoded', () => {
    expect(excerptParts('Customer <mark>satisfaction</mark> &amp; <mark>references</mark>.')).toEqual([
      { text: 'Customer ', mark: false },
      { text: 'satisfaction', mark: true },
      { text: ' & ', mark: false },
      { text: 'references', mark: true },
      { text: '.', mark: false },
    ]);
  });

  test('returns any other markup as text, never as elements', () => {
    expect(excerptParts('<img src=x onerror=alert(1)>safe &lt;b&gt;')).toEqual([
      { text: 'safe <b>', mark: false },
    ]);
  });
});

describe('resultSummary', () => {
  test('returns a count with the query, or a hint when nothing matched', () => {
    const t = translator('en');
    const words = {
      none: t.raw('search.results.none'),
      one: t.raw('search.results_one'),
      other: t.raw('search.results_other'),
    };
    expect(resultSummary('tier', 1, words, 'en')).toBe('1 result for “tier”.');
    expect(resultSummary('tier', 3, words, 'en')).toBe('3 results for “tier”.');
    expect(resultSummary('tier', 1200, words, 'en')).toBe('1,200 results for “tier”.');
    expect(resultSummary('zzz', 0, words, 'en')).toMatch(/^No results for “zzz”/);
  });

  test('writes the query as typed, whatever it holds', () => {
    const words = {
      none: 'None for “{query}”.',
      one: '{count} for “{query}”.',
      other: '{count} for “{query}”.',
    };
    expect(resultSummary('$& {count} $1', 2, words, 'en')).toBe('2 for “$& {count} $1”.');
  });
});
