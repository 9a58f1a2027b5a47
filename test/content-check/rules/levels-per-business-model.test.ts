import { beforeAll, describe, expect, test } from 'vitest';
import { BAD, found, readGood, withCompetency } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule levels-per-business-model', () => {
  test('reports an offered business model without Expert requirements', () => {
    const result = withCompetency(good, `${BAD}/competencies/missing-level.mdx`);

    expect(found(result, 'levels-per-business-model')).toEqual([
      `${BAD}/competencies/missing-level.mdx:10:1  requirements.expert  businessModels offers integrate, so expected requirements.expert.integrate with the Expert requirements for integrate partners`,
    ]);
  });

  test('reports an interim designation with no requirements at any level', () => {
    const result = withCompetency(good, `${BAD}/competencies/interim-without-levels.mdx`);

    expect(found(result, 'levels-per-business-model')).toEqual([
      `${BAD}/competencies/interim-without-levels.mdx:10:1  requirements  businessModels offers integrate, so expected requirements for integrate at one level at least, e.g. requirements.expert.integrate`,
    ]);
  });
});
