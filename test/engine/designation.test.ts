import { beforeAll, describe, expect, test } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { eligibilityFromAssessments, servicesExpertEligibility } from '../../src/engine/designation.ts';
import { targetOf } from '../../src/domain/kinds.ts';
import type { Answers } from '../../src/engine/types.ts';
import { appliedRequirements, type CompetencyRules } from '../../src/domain/rules.ts';
import { kinds, makeDesignation, makeRules } from '../helpers/fixtures.ts';
import { loadRules } from '../helpers/content.ts';

const integrate = { businessModel: 'integrate', region: 'na' } as const;

/** An area whose Expert level on Integrate asks for references and revenue. */
const area = () =>
  makeRules(
    {
      requirements: {
        principal: { integrate: [kinds.training], resell: [kinds.training] },
        expert: { integrate: [kinds.references, kinds.revenue], resell: [kinds.revenue] },
      },
    },
    'archiving',
  );

const holder = { 'master-specialist': true, references: 2 };

describe('servicesExpertEligibility', () => {
  test('returns eligible for a Master Specialist who meets every Expert requirement but the waived revenue', () => {
    const areaResult = assess(area(), integrate, { 'sales-training': true, references: 3, revenue: 1000 });

    const result = servicesExpertEligibility(areaResult, makeDesignation(), holder);

    expect(result).toMatchObject({ eligible: true, outcome: 'eligible' });
    expect(result.reasons).toEqual([
      'Master Specialist status: held.',
      'Customer references: 2 customer references.',
      'Every Expert requirement of Sample Area on the Integrate model is met except Area revenue, which Services Expert waives.',
    ]);
    expect(result.waived.map((r) => [r.id, r.status])).toEqual([['revenue', 'partial']]);
    expect(result.summary).toBe('Qualifies for Services Expert in Sample Area.');
  });

  test('returns missing requirements, naming each, without Master Specialist status', () => {
    const areaResult = assess(area(), integrate, { 'sales-training': true, references: 3 });

    const result = servicesExpertEligibility(areaResult, makeDesignation(), { 'master-specialist': false });

    expect(result.eligible).toBe(false);
    expect(result.outcome).toBe('missing-requirements');
    expect(result.reasons).toEqual([
      'Master Specialist status: Hold Master Specialist status.',
      'Customer references: Not answered yet; needed: 2 customer references.',
    ]);
  });

  test('returns missing requirements when a non-waived Expert requirement of the area is not met', () => {
    const areaResult = assess(area(), integrate, { 'sales-training': true, references: 1 });

    const result = servicesExpertEligibility(areaResult, makeDesignation(), holder);

    expect(result.outcome).toBe('missing-requirements');
    expect(result.reasons).toEqual(['Customer references: 2 more customer references.']);
    expect(result.summary).toBe(
      'Does not qualify for Services Expert in Sample Area: Customer references: 2 more customer references.',
    );
  });

  test('returns missing requirements when a carried-up Principal requirement is not met', () => {
    const areaResult = assess(area(), integrate, { 'sales-training': false, references: 3 });

    const result = servicesExpertEligibility(areaResult, makeDesignation(), holder);

    expect(result.outcome).toBe('missing-requirements');
    expect(result.required.map((r) => r.id)).toEqual(['sales-training', 'references']);
  });

  test('returns already-expert, not eligible, when the area Expert level is fully met', () => {
    const areaResult = assess(area(), integrate, { 'sales-training': true, references: 3, revenue: 200000 });

    const result = servicesExpertEligibility(areaResult, makeDesignation(), holder);

    expect(result).toMatchObject({ eligible: false, outcome: 'already-expert' });
    expect(result.summary).toBe('Already meets Expert in Sample Area; Services Expert is not needed there.');
  });

  test('returns not applicable on the Resell business model', () => {
    const areaResult = assess(area(), { businessModel: 'resell', region: 'na' }, { revenue: 1 });

    const result = servicesExpertEligibility(areaResult, makeDesignation(), holder);

    expect(result.outcome).toBe('not-applicable');
    expect(result.reasons).toEqual([
      'Services Expert applies to the Integrate business model; this assessment is for Resell.',
    ]);
  });

  test('returns not applicable when the area is not offered in the region', () => {
    const areaResult = assess(area(), { businessModel: 'integrate', region: 'apj' }, {});

    const result = servicesExpertEligibility(
      areaResult,
      makeDesignation({ regions: [{ id: 'apj' }] }),
      holder,
    );

    expect(result.outcome).toBe('not-applicable');
    expect(result.reasons[0]).toMatch(/not offered in APJ/);
  });

  test('returns not applicable when the designation is not offered in the region', () => {
    const areaResult = assess(area(), integrate, {});

    const result = servicesExpertEligibility(
      areaResult,
      makeDesignation({ regions: [{ id: 'emea' }] }),
      holder,
    );

    expect(result.outcome).toBe('not-applicable');
    expect(result.reasons[0]).toMatch(/^Services Expert is not offered in NA/);
  });

  test('returns not applicable when the area has no Expert level on Integrate', () => {
    const principalOnly = makeRules({ requirements: { principal: { integrate: [kinds.training] } } });

    const result = servicesExpertEligibility(assess(principalOnly, integrate, {}), makeDesignation(), holder);

    expect(result.reasons).toEqual(['Sample Area has no Expert level on the Integrate business model.']);
  });

  test('returns not applicable for a designation checked against itself or a non-designation', () => {
    const designation = makeDesignation();
    const itself = assess(designation, integrate, holder);
    const areaResult = assess(area(), integrate, {});

    expect(eligibilityFromAssessments(itself, itself).reasons).toEqual([
      'Services Expert is not a solution-area competency.',
    ]);
    expect(eligibilityFromAssessments(areaResult, areaResult).reasons).toEqual([
      'Sample Area is not an interim designation.',
    ]);
  });
});

describe('servicesExpertEligibility on the real content', () => {
  let all: CompetencyRules[] = [];
  beforeAll(async () => {
    all = await loadRules();
  });

  const atThresholds = (rules: CompetencyRules, skip: readonly string[] = []): Answers => {
    const answers: Record<string, boolean | number> = {};
    for (const req of appliedRequirements(rules, 'expert', 'integrate')) {
      if (skip.includes(req.kind)) continue;
      const target = targetOf(req);
      answers[req.id] = target === true ? true : Math.max(target, Number(answers[req.id] ?? 0));
    }
    return answers;
  };

  test('returns eligible in every area for a Master Specialist at every threshold but revenue', () => {
    const designation = all.find((r) => r.kind === 'interim-designation');
    if (designation === undefined) throw new Error('no interim designation in content');
    const areas = all.filter((r) => r.kind === 'competency');

    const outcomes = areas.map((rules) => {
      const region = rules.regions[0]?.id ?? 'na';
      const areaResult = assess(
        rules,
        { businessModel: 'integrate', region },
        atThresholds(rules, ['revenue']),
      );
      return servicesExpertEligibility(areaResult, designation, atThresholds(designation)).outcome;
    });

    expect(areas.length).toBeGreaterThan(0);
    expect(new Set(outcomes)).toEqual(new Set(['eligible']));
  });

  test('returns not eligible without the Master Specialist status answer', () => {
    const designation = all.find((r) => r.kind === 'interim-designation');
    const rules = all.find((r) => r.kind === 'competency');
    if (designation === undefined || rules === undefined) throw new Error('content missing');
    const areaResult = assess(
      rules,
      { businessModel: 'integrate', region: 'na' },
      atThresholds(rules, ['revenue']),
    );
    const { 'master-specialist': _held, ...withoutStatus } = atThresholds(designation);

    const result = servicesExpertEligibility(areaResult, designation, withoutStatus);

    expect(result.outcome).toBe('missing-requirements');
    expect(result.own.find((r) => r.id === 'master-specialist')?.status).toBe('unanswered');
  });
});
