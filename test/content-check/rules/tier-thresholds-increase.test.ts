import { beforeAll, describe, expect, test } from 'vitest';
import { BAD, found, readGood, withTier } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule tier-thresholds-increase', () => {
  test('reports a tier that needs exactly what the tier below needs', () => {
    const result = withTier(good, `${BAD}/tiers/flat.mdx`);

    expect(found(result, 'tier-thresholds-increase')).toEqual([
      `${BAD}/tiers/flat.mdx:5:1  needs  Flat needs the same as Gold (rank 2); expected more at one level at least, e.g. expert: 2`,
    ]);
  });

  test('reports a tier that needs fewer at one level than the tier below', () => {
    const result = withTier(good, `${BAD}/tiers/fewer.mdx`);

    expect(found(result, 'tier-thresholds-increase')).toEqual([
      `${BAD}/tiers/fewer.mdx:6:3  needs.principal  Fewer needs 0 at Principal, fewer than Gold (rank 2) needs; expected at least 1`,
    ]);
  });
});
