import { describe, expect, test } from 'vitest';
import { describeIssue, findUnknownFields } from '../../src/content-check/issues.ts';
import { closest } from '../../src/content-check/suggest.ts';
import { CompetencySchema } from '../../src/schemas/competency.ts';
import { RequirementSchema } from '../../src/schemas/requirement.ts';

describe('closest', () => {
  test('returns the known word a typo is closest to', () => {
    expect(closest('buisnessModels', ['title', 'businessModels', 'regions'])).toBe('businessModels');
  });

  test('returns undefined when nothing is close', () => {
    expect(closest('colour', ['title', 'businessModels', 'regions'])).toBeUndefined();
  });
});

describe('describeIssue', () => {
  test('returns "missing" with the expected value and an example for an absent field', () => {
    const data = {
      kind: 'references',
      id: 'references',
      label: 'Refs',
      evidence: 'Letters',
      help: 'Count them.',
    };
    const result = RequirementSchema.safeParse(data);

    const messages = result.error?.issues.map((issue) => describeIssue(issue, data));

    expect(messages).toEqual(['missing; expected a whole number, e.g. 2']);
  });

  test('returns the expected form and the value found for a wrong value', () => {
    const data = { version: 1.1 };
    const issue = CompetencySchema.shape.version.safeParse(1.1).error?.issues[0];

    expect(issue && describeIssue({ ...issue, path: ['version'] }, data)).toBe(
      'expected a version in quotes, e.g. "1.2"; found 1.1',
    );
  });
});

describe('findUnknownFields', () => {
  test('returns unknown keys inside requirements, which zod would drop silently', () => {
    const data = { requirements: { principal: { integrate: [{ kind: 'references', count: 1, cout: 2 }] } } };

    const unknown = findUnknownFields(CompetencySchema, data);

    expect(unknown.map((u) => u.path)).toEqual([['requirements', 'principal', 'integrate', 0, 'cout']]);
  });
});

describe('describeIssue on range checks', () => {
  test('returns the bound when the schema message only names the type', () => {
    const data = { order: -1 };
    const issue = CompetencySchema.shape.order.safeParse(-1).error?.issues[0];

    expect(issue && describeIssue({ ...issue, path: ['order'] }, data)).toBe(
      'expected at least 0, e.g. order: 10; found -1',
    );
  });
});
