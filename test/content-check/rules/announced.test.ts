import { beforeAll, describe, expect, test } from 'vitest';
import { BAD, found, readGood, withCompetency } from '../fixture-tree.ts';
import type { CheckResult, ContentInput } from '../../../src/content-check/types.ts';

let good: ContentInput;
let result: CheckResult;
const FILE = `${BAD}/competencies/announced.mdx`;

beforeAll(async () => {
  good = await readGood();
  result = withCompetency(good, FILE);
});

describe('checkContent rule announced', () => {
  test('reports a version not above the current one, a date not after it, a publication not before it and an id that changes kind', () => {
    expect(found(result, 'announced')).toEqual([
      `${FILE}:38:3  announced.version  the announced version must be above the current "1.1"; expected e.g. version: "1.2"`,
      `${FILE}:39:3  announced.effective  the announced rules must take effect after the current version's 2026-03-01; expected a later date as YYYY-MM-DD`,
      `${FILE}:40:3  announced.published  an announcement is published before its rules take effect on 2026-02-01; expected an earlier date as YYYY-MM-DD`,
      `${FILE}:61:11  announced.requirements.expert.integrate[1].kind  id "references" is a references requirement in the current rules, and saved answers are read by id; expected kind: references or another id`,
    ]);
  });

  test('runs the requirement rules over the announced requirements, at their place under announced', () => {
    expect(found(result, 'expert-at-least-principal')).toEqual([
      `${FILE}:57:11  announced.requirements.expert.integrate[0].count  Expert asks for 1, less than Principal's 2 (announced.requirements.principal.integrate[0].count); expected at least that, e.g. count: 2`,
    ]);
    expect(found(result, 'unique-requirement-ids')).toEqual([
      `${FILE}:62:11  announced.requirements.expert.integrate[1].id  id "references" is already used by announced.requirements.expert.integrate[0]; expected a different id, e.g. "references-2"`,
    ]);
    expect(found(result, 'provenance').map((line) => line.split('  ').slice(0, 2).join('  '))).toEqual([
      `${FILE}:38:3  announced.provenance`,
      `${FILE}:65:11  announced.requirements.expert.integrate[1].provenance.threshold`,
      `${FILE}:66:11  announced.requirements.expert.integrate[1].provenance.evidence`,
    ]);
  });

  test('finds nothing wrong in the catalogue competency that announces rules', () => {
    expect(result.problems.filter((p) => !p.file.endsWith('announced.mdx'))).toEqual([]);
  });
});
