import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check.ts';
import { readContent } from '../../src/content-check/load.ts';
import { formatProblem } from '../../src/content-check/report.ts';
import { readGood } from './fixture-tree.ts';
import type { ContentInput } from '../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent on good content', () => {
  test('returns no problems for the good fixture tree', () => {
    const result = checkContent(good);

    expect(result.problems).toEqual([]);
  });

  test('returns no problems for the real content', async () => {
    const real = await readContent(process.env['CONTENT_DIR'] ?? 'content');

    const result = checkContent(real);

    expect(result.problems.map(formatProblem)).toEqual([]);
  });
});
