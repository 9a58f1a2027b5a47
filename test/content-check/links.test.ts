import { describe, expect, test } from 'vitest';
import { brokenLinkReason, findInternalLinks } from '../../src/content-check/links.ts';

const slugs = new Set(['archiving', 'mobility']);

describe('findInternalLinks', () => {
  test('returns markdown, href and reference links with their line and column in the file', () => {
    const body = [
      'See [the program](/program/) and',
      '<a href="/compare/">compare</a>.',
      '',
      '[ref]: /search/',
    ].join('\n');

    const links = findInternalLinks(body, 10);

    expect(links).toEqual([
      { href: '/program/', line: 10, column: 19 },
      { href: '/compare/', line: 11, column: 10 },
      { href: '/search/', line: 13, column: 8 },
    ]);
  });

  test('returns no links from code blocks, inline code or other sites', () => {
    const body = [
      '```md',
      '[x](/nowhere/)',
      '```',
      'Use `[x](/nope/)` or [docs](https://example.com/a/) or [cdn](//cdn.example/x).',
    ].join('\n');

    expect(findInternalLinks(body, 1)).toEqual([]);
  });
});

describe('brokenLinkReason', () => {
  test('accepts site pages, competency pages and anchors', () => {
    expect(brokenLinkReason('/', slugs)).toBeUndefined();
    expect(brokenLinkReason('/self-assessment/', slugs)).toBeUndefined();
    expect(brokenLinkReason('/competencies/mobility/#expert', slugs)).toBeUndefined();
  });

  test('returns a suggestion for a misspelt competency slug', () => {
    expect(brokenLinkReason('/competencies/archive/', slugs)).toBe(
      'no competency has the slug "archive"; did you mean /competencies/archiving/?',
    );
  });

  test('returns the fix for a missing trailing slash, keeping the anchor', () => {
    expect(brokenLinkReason('/compare#top', slugs)).toBe('expected a trailing slash, e.g. /compare/#top');
  });
});
