import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/content-check/check.ts';
import { BAD, found, GOOD, readGood, withCompetency } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule known-references', () => {
  test('reports a region code with no file in regions/', () => {
    const result = withCompetency(good, `${BAD}/competencies/unknown-region.mdx`);

    expect(found(result, 'known-references')).toEqual([
      `${BAD}/competencies/unknown-region.mdx:10:5  regions[1].id  no region "apac" in ${GOOD}/regions; known regions: emea (Europe, Middle East and Africa); na (North America)`,
    ]);
  });

  test('reports a level without its file, at the file and at the tiers that need it', () => {
    const result = checkContent({ ...good, levels: good.levels.filter((e) => e.id !== 'expert') });

    expect(found(result, 'known-references')).toEqual([
      `${GOOD}/levels/expert.mdx:1:1  file  missing file: the site describes every level, so levels/expert.mdx must exist (copy a sibling file as a start)`,
      `${GOOD}/tiers/gold.mdx:5:24  needs.expert  level "expert" has no file ${GOOD}/levels/expert.mdx`,
      `${GOOD}/tiers/registered.mdx:5:24  needs.expert  level "expert" has no file ${GOOD}/levels/expert.mdx`,
      `${GOOD}/tiers/silver.mdx:5:24  needs.expert  level "expert" has no file ${GOOD}/levels/expert.mdx`,
    ]);
  });
});
