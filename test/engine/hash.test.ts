import { describe, expect, test } from 'vitest';
import { COMMON_VERDICT_FIELDS, KINDS } from '../../src/domain/kinds.ts';
import { ruleFields, rulesHash } from '../../src/engine/hash.ts';
import { RequirementSchema } from '../../src/schemas/requirement.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import type { Requirement } from '../../src/schemas/requirement.ts';
import { kinds, makeRules } from '../helpers/fixtures.ts';

// The fields every requirement has that only describe it.
const DESCRIPTIVE = ['label', 'evidence', 'help', 'provenance'];

/** The rules with every requirement passed through `change`. */
function withRequirements(
  rules: CompetencyRules,
  change: (req: Requirement) => Requirement,
): CompetencyRules {
  const requirements = Object.fromEntries(
    Object.entries(rules.requirements).map(([level, lists]) => [
      level,
      Object.fromEntries(Object.entries(lists ?? {}).map(([model, list]) => [model, list?.map(change)])),
    ]),
  );
  return { ...rules, requirements };
}

describe('ruleFields', () => {
  test('returns the id, kind, weight and the fields the table of kinds lists, nothing else', () => {
    const revenue = RequirementSchema.parse(kinds.revenue);

    expect(ruleFields(revenue)).toEqual({
      id: 'revenue',
      kind: 'revenue',
      weight: 1,
      amount: 200000,
      currency: 'USD',
      periodMonths: 12,
    });
  });

  test.each(Object.keys(KINDS))(
    'classifies every field of the %s schema as deciding or describing',
    (kind) => {
      const schema = RequirementSchema.options.find((option) => option.shape.kind.value === kind);
      const spec = KINDS[kind as keyof typeof KINDS];

      const fields = Object.keys(schema?.shape ?? {}).sort();

      expect(fields).toEqual([...DESCRIPTIVE, ...COMMON_VERDICT_FIELDS, ...spec.verdictFields].sort());
    },
  );
});

describe('rulesHash', () => {
  test('returns the same hash when a requirement gains a describing field', () => {
    const rules = makeRules();

    const described = withRequirements(
      rules,
      (req) => ({ ...req, note: 'Ask the distributor' }) as unknown as Requirement,
    );
    const reworded = withRequirements(rules, (req) => ({
      ...req,
      label: `${req.label} (new)`,
      help: 'Other help',
    }));

    expect(rulesHash(described)).toBe(rulesHash(rules));
    expect(rulesHash(reworded)).toBe(rulesHash(rules));
  });

  test('returns another hash when a field that decides a verdict changes', () => {
    const rules = makeRules();

    const heavier = withRequirements(rules, (req) => ({ ...req, weight: req.weight + 1 }));
    const higher = withRequirements(rules, (req) =>
      req.kind === 'references' ? { ...req, count: req.count + 1 } : req,
    );

    expect(rulesHash(heavier)).not.toBe(rulesHash(rules));
    expect(rulesHash(higher)).not.toBe(rulesHash(rules));
  });
});
