import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/content-check/check.ts';
import { BAD, entry, found, readGood, withCompetency, withTier } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule illustrative-figures', () => {
  test('reports a requirement figure said to be sourced, at its provenance', () => {
    const result = withCompetency(good, `${BAD}/competencies/not-illustrative.mdx`);

    expect(found(result, 'illustrative-figures')).toMatchInlineSnapshot(`
      [
        "test/fixtures/content/bad/competencies/not-illustrative.mdx:26:23  requirements.expert.integrate[0].provenance.threshold  the program publishes no references figure, so count: 3 is an example; expected provenance.threshold: illustrative so the site says so",
      ]
    `);
  });

  test('reports counting rules said to be sourced, at their provenance', () => {
    const result = withCompetency(good, `${BAD}/competencies/counting.mdx`, 'alpha');

    expect(found(result, 'illustrative-figures')).toEqual([
      'test/fixtures/content/bad/competencies/counting.mdx:54:72  requirements.expert.integrate[0].provenance.counting  the program publishes no counting rules (validity, windows, how often a person counts), so these are examples; expected provenance.counting: illustrative so the site says so',
    ]);
  });

  test('reports tier counts said to be sourced, at their provenance', () => {
    const result = withTier(good, `${BAD}/tiers/unmarked.mdx`);

    expect(found(result, 'illustrative-figures')).toMatchInlineSnapshot(`
      [
        "test/fixtures/content/bad/tiers/unmarked.mdx:6:36  provenance.needs  the tier counts in needs are not published by the program; expected provenance.needs: illustrative so the site says so",
      ]
    `);
  });

  test('accepts sourced figures of kinds the policy leaves out', () => {
    const bad = entry(`${BAD}/competencies/not-illustrative.mdx`);

    const result = checkContent(
      { ...good, competencies: [...good.competencies, bad] },
      { requirementKinds: ['revenue'], tierCounts: false },
    );

    expect(found(result, 'illustrative-figures')).toEqual([]);
  });
});
