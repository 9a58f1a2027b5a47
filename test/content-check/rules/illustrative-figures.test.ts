import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/content-check/check.ts';
import { BAD, entry, found, readGood, withCompetency, withTier } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule illustrative-figures', () => {
  test('reports a requirement figure not marked illustrative, at the figure', () => {
    const result = withCompetency(good, `${BAD}/competencies/not-illustrative.mdx`);

    expect(found(result, 'illustrative-figures')).toEqual([
      `${BAD}/competencies/not-illustrative.mdx:25:9  requirements.expert.integrate[0].illustrative  the program publishes no references figure, so count: 3 is an example; expected illustrative: true so the site says so`,
    ]);
  });

  test('reports tier counts not marked illustrative, at needs', () => {
    const result = withTier(good, `${BAD}/tiers/unmarked.mdx`);

    expect(found(result, 'illustrative-figures')).toEqual([
      `${BAD}/tiers/unmarked.mdx:5:1  illustrative  the tier counts in needs are not published by the program; expected illustrative: true so the site says so`,
    ]);
  });

  test('accepts unmarked figures of kinds the policy leaves out', () => {
    const bad = entry(`${BAD}/competencies/not-illustrative.mdx`);

    const result = checkContent(
      { ...good, competencies: [...good.competencies, bad] },
      { requirementKinds: ['revenue'], tierCounts: false },
    );

    expect(found(result, 'illustrative-figures')).toEqual([]);
  });
});
