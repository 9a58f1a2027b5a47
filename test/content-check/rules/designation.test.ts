import { beforeAll, describe, expect, test } from 'vitest';
import { BAD, found, readGood, withCompetency } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule designation', () => {
  test('reports a designation block on a competency', () => {
    const result = withCompetency(good, `${BAD}/competencies/designation-on-competency.mdx`);

    expect(found(result, 'designation')).toEqual([
      `${BAD}/competencies/designation-on-competency.mdx:29:1  designation  only kind: interim-designation takes a designation block; remove it, or set kind: interim-designation`,
    ]);
  });

  test('reports an interim designation without a designation block, at kind', () => {
    const result = withCompetency(good, `${BAD}/competencies/interim-without-designation.mdx`);

    expect(found(result, 'designation')).toEqual([
      `${BAD}/competencies/interim-without-designation.mdx:5:1  kind  an interim designation needs a designation block, e.g. designation: { businessModel: integrate, waives: [revenue], until: "the next program" }`,
    ]);
  });

  test('reports a designation for a business model the designation is not offered on', () => {
    const result = withCompetency(good, `${BAD}/competencies/designation-model-not-offered.mdx`);

    expect(found(result, 'designation')).toEqual([
      `${BAD}/competencies/designation-model-not-offered.mdx:20:3  designation.businessModel  "resell" is not in businessModels; expected one of: integrate`,
    ]);
  });
});
