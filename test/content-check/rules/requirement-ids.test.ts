import { beforeAll, describe, expect, test } from 'vitest';
import { BAD, found, readGood, withCompetency } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule unique-requirement-ids', () => {
  test('reports the second use of an id in one list', () => {
    const result = withCompetency(good, `${BAD}/competencies/duplicate-id.mdx`);

    expect(found(result, 'unique-requirement-ids')).toEqual([
      `${BAD}/competencies/duplicate-id.mdx:30:9  requirements.expert.integrate[1].id  id "references" is already used by requirements.expert.integrate[0]; expected a different id, e.g. "references-2"`,
    ]);
  });
});

describe('checkContent rule consistent-requirement-kind', () => {
  test('reports an id used with another kind elsewhere in the competency', () => {
    const result = withCompetency(good, `${BAD}/competencies/inconsistent-kind.mdx`);

    expect(found(result, 'consistent-requirement-kind')).toEqual([
      `${BAD}/competencies/inconsistent-kind.mdx:22:9  requirements.expert.integrate[0].kind  id "references" is a references requirement in requirements.principal.integrate[0]; the same id must have the same kind everywhere, so expected kind: references or another id`,
    ]);
  });
});
