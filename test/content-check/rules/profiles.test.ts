import { beforeAll, describe, expect, test } from 'vitest';
import { BAD, found, readGood, withProfile } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

const STALE = `${BAD}/profiles/stale.mdx`;

describe('checkContent on reference profiles', () => {
  test('accepts the good tree, whose profile answers its competency as the self-assessment would', () => {
    expect(good.profiles.map((p) => p.id)).toEqual(['large-integrator']);
    expect(withProfile(good, 'test/fixtures/content/good/profiles/large-integrator.mdx').problems).toEqual(
      [],
    );
  });

  test('reports a stale field, a wrong value and an unknown competency with file, line and field', () => {
    const result = withProfile(good, STALE);

    expect(found(result, 'profiles')).toEqual([
      `${STALE}:8:5  answers.alpha.technical-exam  Certified engineers: expected a whole number of people who passed, e.g. 2; found 2.5`,
      `${STALE}:9:5  answers.alpha.certified-engineers  "certified-engineers" is not a requirement of alpha (renamed or removed?); its requirements: references, revenue, sales-training, technical-exam`,
      `${STALE}:10:5  answers.alpha.references  Customer references: expected a whole number of customer references, e.g. 3; found true`,
      `${STALE}:12:3  answers.alpah  no competency "alpah" in test/fixtures/content/good/competencies; did you mean "alpha"? answers are keyed by a competency's file name`,
    ]);
  });

  test('reports its unknown region and its missing provenance', () => {
    const result = withProfile(good, STALE);

    expect(found(result, 'known-references')).toEqual([
      `${STALE}:5:1  region  no region "eu" in test/fixtures/content/good/regions; did you mean "emea"? known regions: emea (Europe, Middle East and Africa); na (North America)`,
    ]);
    expect(found(result, 'provenance')).toEqual([
      `${STALE}:2:1  provenance  no provenance for this value; expected provenance: illustrative (an example value) or source (stated by the program overview), so pages can mark examples`,
    ]);
  });
});
