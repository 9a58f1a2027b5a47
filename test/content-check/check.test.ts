import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check.ts';
import { parseFrontmatter } from '../../src/content-check/frontmatter.ts';
import { readContent } from '../../src/content-check/load.ts';
import { formatProblem } from '../../src/content-check/report.ts';
import { BAD, readGood, withCompetency } from './fixture-tree.ts';
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

describe('checkContent on a file with several mistakes', () => {
  test('returns each independent mistake of a file in the same run, in line order', () => {
    const result = withCompetency(good, `${BAD}/competencies/three-mistakes.mdx`);

    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      `${BAD}/competencies/three-mistakes.mdx:3:1  summary  placeholder text left from the scaffold: "TODO: one sentence on the partners this competency is for."; replace it with the real text`,
      `${BAD}/competencies/three-mistakes.mdx:4:1  group  expected a group: information-management, security, storage-and-availability, services; found "securty"; did you mean "security"?`,
      `${BAD}/competencies/three-mistakes.mdx:9:5  regions[0].id  no region "eu" in test/fixtures/content/good/regions; did you mean "emea"? known regions: emea (Europe, Middle East and Africa); na (North America)`,
    ]);
  });

  test('leaves out what only follows from a field it cannot read, such as a version to raise', () => {
    const alpha = good.competencies.find((e) => e.id === 'alpha');
    const source = alpha?.source
      .replace('version: "1.1"', 'version: 1.1')
      .replace('        people: 2', '        people: 3');
    const edited = { ...alpha!, source: source!, frontmatter: parseFrontmatter(source!) };

    const result = checkContent({
      ...good,
      competencies: good.competencies.map((e) => (e.id === 'alpha' ? edited : e)),
    });

    expect(result.problems.map((p) => `${p.path}  ${p.rule}`)).toEqual(['version  schema']);
  });

  test('leaves out the version to raise while a misspelt field hides the value meant', () => {
    const alpha = good.competencies.find((e) => e.id === 'alpha');
    const source = alpha?.source.replace(
      'kind: competency',
      'kind: competency\nexpertIncludesPrinciple: false',
    );
    const edited = { ...alpha!, source: source!, frontmatter: parseFrontmatter(source!) };

    const result = checkContent({
      ...good,
      competencies: good.competencies.map((e) => (e.id === 'alpha' ? edited : e)),
    });

    expect(result.problems.map((p) => `${p.path}  ${p.rule}`)).toEqual([
      'expertIncludesPrinciple  unknown-field',
    ]);
  });
});
