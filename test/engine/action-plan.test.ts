import { describe, expect, test } from 'vitest';
import { ACTION_PLAN_HEADINGS, actionPlan, actionPlanCsv } from '../../src/engine/action-plan.ts';
import { assess } from '../../src/engine/assess.ts';
import type { OfferedAssessment } from '../../src/engine/types.ts';
import { toRules } from '../../src/domain/rules.ts';
import { CompetencySchema } from '../../src/schemas/competency.ts';

const rules = toRules({
  id: 'example',
  data: CompetencySchema.parse({
    title: 'Example',
    summary: 'A competency used as a test fixture for the action plan.',
    group: 'security',
    kind: 'competency',
    order: 1,
    businessModels: ['integrate'],
    regions: [{ id: 'na' }],
    requirements: {
      principal: {
        integrate: [
          {
            kind: 'revenue',
            id: 'revenue',
            label: 'Revenue',
            amount: 100,
            currency: 'USD',
            periodMonths: 12,
            evidence: 'Booked orders',
            help: '=HYPERLINK("http://example.com") is not a formula here',
          },
        ],
      },
      expert: {
        integrate: [
          {
            kind: 'references',
            id: 'references',
            label: 'References, named',
            count: 3,
            evidence: 'Letters',
            help: 'Ask early.',
            provenance: { threshold: 'illustrative', evidence: 'source' },
          },
          {
            kind: 'training',
            id: 'training',
            label: 'Training',
            courses: ['Course A'],
            evidence: 'Records',
            help: 'Two hours.',
            provenance: { threshold: 'source', evidence: 'source' },
          },
        ],
      },
    },
    version: '1.0',
    effective: '2026-01-15',
    history: [{ version: '1.0', date: '2026-01-15', summary: 'First rules.' }],
  }),
});

function scored(answers: Record<string, number | boolean>): OfferedAssessment {
  const result = assess(rules, { businessModel: 'integrate', region: 'na' }, answers);
  if (result.status !== 'assessed') throw new Error('expected the fixture to be offered');
  return result;
}

describe('actionPlan', () => {
  test('returns the unmet, partial and unanswered requirements of the next level, in content order', () => {
    const plan = actionPlan(scored({ revenue: 150, references: 1 }), rules);

    expect(plan.map((r) => [r.level, r.requirement, r.status])).toEqual([
      ['Expert', 'References, named', 'partly met (33%)'],
      ['Expert', 'Training', 'not answered yet'],
    ]);
    expect(plan[0]).toMatchObject({
      gap: '2 more customer references',
      evidence: 'Letters',
      help: 'Ask early.',
    });
  });

  test('returns the Principal gaps while Principal is not met', () => {
    const plan = actionPlan(scored({ revenue: 0 }), rules);

    expect(plan.map((r) => [r.level, r.requirement, r.status])).toEqual([
      ['Principal', 'Revenue', 'not met'],
    ]);
  });

  test('returns, per row, the columns that hold example values', () => {
    const expert = actionPlan(scored({ revenue: 150 }), rules);
    const principal = actionPlan(scored({ revenue: 0 }), rules);

    expect(expert.map((r) => [r.requirement, r.illustrative])).toEqual([
      ['References, named', 'gap'],
      ['Training', ''],
    ]);
    // No provenance given: every value counts as an example.
    expect(principal[0]?.illustrative).toBe('gap, evidence, help');
  });

  test('returns no rows once the highest level is achieved', () => {
    expect(actionPlan(scored({ revenue: 100, references: 3, training: true }), rules)).toEqual([]);
  });
});

describe('actionPlanCsv', () => {
  test('returns a heading row and quoted, formula-guarded cells', () => {
    const csv = actionPlanCsv(actionPlan(scored({}), rules));

    expect(csv.split('\r\n')[0]).toBe(ACTION_PLAN_HEADINGS.join(','));
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"") is not a formula here"`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
