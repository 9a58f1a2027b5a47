import { beforeAll, describe, expect, test } from 'vitest';
import { BAD, found, readGood, withCompetency } from './fixture-tree.ts';
import type { ContentInput } from '../../src/content-check/types.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule yaml', () => {
  test('reports a syntax error at its line', () => {
    const result = withCompetency(good, `${BAD}/competencies/yaml-syntax.mdx`);

    expect(found(result, 'yaml')[0]).toBe(
      `${BAD}/competencies/yaml-syntax.mdx:10:1  frontmatter  Sequence item without - indicator; check indentation and quoting on this line`,
    );
  });
});

describe('checkContent rule schema', () => {
  test('reports a bad enum value at its key with the expected values and a suggestion', () => {
    const result = withCompetency(good, `${BAD}/competencies/schema-group.mdx`);

    expect(found(result, 'schema')).toEqual([
      `${BAD}/competencies/schema-group.mdx:4:1  group  expected a group: information-management, security, storage-and-availability, services; found "securty"; did you mean "security"?`,
    ]);
  });
});

describe('checkContent rule unknown-field', () => {
  test('reports a misspelt requirement field that the schema would drop', () => {
    const result = withCompetency(good, `${BAD}/competencies/unknown-field.mdx`);

    expect(found(result, 'unknown-field')).toEqual([
      `${BAD}/competencies/unknown-field.mdx:17:9  requirements.principal.integrate[0].provenanse  unknown field "provenanse"; did you mean "provenance"?`,
    ]);
  });
});
