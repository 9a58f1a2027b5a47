import { beforeAll, describe, expect, test } from 'vitest';
import { BAD, found, readGood, withCompetency } from '../fixture-tree.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule version-history', () => {
  test('reports a first history entry that is not the current version', () => {
    const result = withCompetency(good, `${BAD}/competencies/history-mismatch.mdx`);

    expect(found(result, 'version-history')).toEqual([
      `${BAD}/competencies/history-mismatch.mdx:32:5  history[0].version  the first history entry must describe the current version "1.1"; expected version: "1.1" (add a new entry at the top for a new version)`,
    ]);
  });

  test('reports history versions out of order', () => {
    const result = withCompetency(good, `${BAD}/competencies/history-order.mdx`);

    expect(found(result, 'version-history')).toEqual([
      `${BAD}/competencies/history-order.mdx:38:5  history[2].version  versions go newest first, so expected a version below "1.0" here; found "1.1"`,
    ]);
  });
});
