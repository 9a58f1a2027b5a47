import { beforeAll, describe, expect, test } from 'vitest';
import { BAD, found, readGood, withCompetency } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule placeholders', () => {
  test('reports scaffold text left in a field as an error', () => {
    const result = withCompetency(good, `${BAD}/competencies/placeholder.mdx`);

    expect(found(result, 'placeholders')).toEqual([
      `${BAD}/competencies/placeholder.mdx:3:1  summary  placeholder text left from the scaffold: "TODO a fixture competency with exactly one problem, for the content check tests."; replace it with the real text`,
    ]);
  });
});
