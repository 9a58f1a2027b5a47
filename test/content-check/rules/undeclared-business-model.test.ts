import { beforeAll, describe, expect, test } from 'vitest';
import { BAD, found, readGood, withCompetency } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule undeclared-business-model', () => {
  test('reports requirements for a business model not in businessModels', () => {
    const result = withCompetency(good, `${BAD}/competencies/undeclared-model.mdx`);

    expect(found(result, 'undeclared-business-model')).toEqual([
      `${BAD}/competencies/undeclared-model.mdx:20:5  requirements.principal.resell  requirements for resell, but businessModels does not list resell; add it, e.g. businessModels: [integrate, resell], or remove this list`,
    ]);
  });
});
