import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check.ts';
import { summarize } from '../../src/content-check/report.ts';
import { BAD, readGood, withCompetency } from './fixture-tree.ts';
import type { ContentInput } from '../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('summarize', () => {
  test('returns the counts per collection when there is no error', () => {
    expect(summarize(checkContent(good))).toBe(
      'Content OK: 2 competencies, 2 levels, 2 business models, 2 regions, 3 tiers',
    );
  });

  test('returns the number of problems and files when there are errors', () => {
    const result = withCompetency(good, `${BAD}/competencies/expert-below-principal.mdx`);

    expect(summarize(result)).toBe('1 problem in 1 file (1 warning)');
  });
});
