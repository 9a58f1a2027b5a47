import { beforeAll, describe, expect, test } from 'vitest';
import { BAD, found, readGood, withCompetency } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule file-names', () => {
  test('reports a competency file name that is not a slug', () => {
    const result = withCompetency(good, `${BAD}/competencies/Bad_Name.mdx`);

    expect(found(result, 'file-names')).toEqual([
      `${BAD}/competencies/Bad_Name.mdx:2:1  frontmatter  file name "Bad_Name" is also the page address; expected lower-case words joined by hyphens, e.g. data-security.mdx`,
    ]);
  });
});
