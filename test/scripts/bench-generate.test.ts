import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCompetencies } from '../../scripts/bench/generate.ts';
import { checkContent } from '../../src/content-check/check.ts';
import { readCollection, readContent } from '../../src/content-check/load.ts';
import { formatProblem } from '../../src/content-check/report.ts';

describe('generateCompetencies', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-generate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('returns competencies that pass the content check the build runs, rules lock aside', async () => {
    generateCompetencies(dir, 5);
    const content = await readContent('content');

    const generated = {
      competencies: await readCollection(dir),
      profiles: [],
      lockText: undefined,
      translations: (content.translations ?? []).filter((t) => t.collection !== 'competencies'),
    };
    const result = checkContent({ ...content, ...generated });

    // The bench writes no lock of its own for generated rules, and leaves out the reference profiles and the
    // competencies' translations, which answer and translate the real competencies (fillContent); every other
    // rule applies as to real content.
    expect(result.problems.filter((p) => p.rule !== 'rules-lock').map(formatProblem)).toEqual([]);
  });
});
