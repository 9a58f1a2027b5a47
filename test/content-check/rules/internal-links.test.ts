import { beforeAll, describe, expect, test } from 'vitest';
import { BAD, found, readGood, withCompetency } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule internal-links', () => {
  test('reports each broken link in the body at its line and column, not links in code', () => {
    const result = withCompetency(good, `${BAD}/competencies/broken-links.mdx`);

    expect(found(result, 'internal-links')).toEqual([
      `${BAD}/competencies/broken-links.mdx:37:26  body  link /program: expected a trailing slash, e.g. /program/`,
      `${BAD}/competencies/broken-links.mdx:39:23  body  link /competencies/alfa/: no competency has the slug "alfa"; did you mean /competencies/alpha/?`,
      `${BAD}/competencies/broken-links.mdx:39:71  body  link /blog/: no page at /blog/; site pages are /, /competencies/, /program/, /compare/, /self-assessment/, /changes/, /faq/, /sources/, /search/ and /competencies/<slug>/`,
    ]);
  });
});
