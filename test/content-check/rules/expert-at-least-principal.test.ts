import { beforeAll, describe, expect, test } from 'vitest';
import { BAD, found, readGood, withCompetency } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule expert-at-least-principal', () => {
  test("reports an Expert threshold below Principal's at the Expert field", () => {
    const result = withCompetency(good, `${BAD}/competencies/expert-below-principal.mdx`);

    expect(found(result, 'expert-at-least-principal')).toEqual([
      `${BAD}/competencies/expert-below-principal.mdx:25:9  requirements.expert.integrate[0].count  Expert asks for 1, less than Principal's 2 (requirements.principal.integrate[0].count); expected at least that, e.g. count: 2`,
    ]);
  });
});
