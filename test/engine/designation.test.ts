import { beforeAll, describe, expect, test } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { checkDesignation, designationVerdict } from '../../src/engine/designation.ts';
import { targetOf } from '../../src/domain/kinds.ts';
import { designationRule } from '../../src/domain/designation.ts';
import type { Answers } from '../../src/engine/types.ts';
import { appliedRequirements, type CompetencyRules } from '../../src/domain/rules.ts';
import { makeDesignation, makeRules } from '../helpers/fixtures.ts';
import { loadRules } from '../helpers/content.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

const integrate = { businessModel: 'integrate', region: 'na' } as const;

const holder = { 'master-specialist': true, references: 2 };

describe('designationVerdict', () => {
  test('returns met, with each requirement once, when every own requirement is met', () => {
    const verdict = designationVerdict(assess(makeDesignation(), integrate, holder, EN), EN);

    expect(verdict).toMatchObject({
      designation: 'services-expert',
      title: 'Services Expert',
      outcome: 'met',
      held: true,
      headline: 'Every requirement met',
      progress: '2 of 2 met, 100% ready',
      summary: 'Every Services Expert requirement is met.',
      missing: [],
    });
    expect(verdict.requirements.map((r) => [r.id, r.threshold])).toEqual([
      ['master-specialist', true],
      ['references', 2],
    ]);
  });

  test('returns missing, naming each gap once, while an own requirement is not met', () => {
    const verdict = designationVerdict(assess(makeDesignation(), integrate, { references: 1 }, EN), EN);

    expect(verdict.outcome).toBe('missing');
    expect(verdict.held).toBe(false);
    expect(verdict.headline).toBe('Not every requirement met yet');
    expect(verdict.summary).toBe('Not every Services Expert requirement is met yet: 0 of 2 met, 25% ready.');
    expect(verdict.missing).toEqual([
      {
        id: 'master-specialist',
        label: 'Master Specialist status',
        status: 'unanswered',
        gap: 'Not answered yet; needed: Hold Master Specialist status',
        illustrative: true,
      },
      {
        id: 'references',
        label: 'Customer references',
        status: 'partial',
        gap: '1 more customer reference',
        illustrative: true,
      },
    ]);
  });

  test('returns not applicable, with the reason, where the designation is not offered', () => {
    const verdict = designationVerdict(
      assess(makeDesignation(), { businessModel: 'resell', region: 'na' }, holder, EN),
      EN,
    );

    expect(verdict).toMatchObject({
      outcome: 'not-applicable',
      held: false,
      headline: 'Does not apply here',
      requirements: [],
      progress: null,
    });
    expect(verdict.summary).toMatch(/^Services Expert is not offered on the Resell business model/);
  });

  test('returns not applicable for a competency that is not an interim designation', () => {
    const verdict = designationVerdict(assess(makeRules(), integrate, {}, EN), EN);

    expect(verdict.outcome).toBe('not-applicable');
    expect(verdict.summary).toBe('Sample Area is not an interim designation.');
  });
});

describe('checkDesignation', () => {
  test('returns the verdict scored on the designation’s own business model in the region given', () => {
    const verdict = checkDesignation(makeDesignation(), 'emea', holder, EN);

    expect(verdict.outcome).toBe('met');
    expect(verdict.requirements[0]?.reason.rule).toBe('Master Specialist status at Expert for Integrate');
  });

  test('returns not applicable in a region the designation is not offered in', () => {
    const verdict = checkDesignation(makeDesignation({ regions: [{ id: 'emea' }] }), 'na', holder, EN);

    expect(verdict.outcome).toBe('not-applicable');
    expect(verdict.summary).toMatch(/^Services Expert is not offered in NA/);
  });

  test('returns not applicable for rules that are not an interim designation', () => {
    const verdict = checkDesignation(makeRules(), 'na', holder, EN);

    expect(verdict.outcome).toBe('not-applicable');
  });

  test('returns the same verdict as the designation’s own assessment', () => {
    const own = designationVerdict(assess(makeDesignation(), integrate, { references: 5 }, EN), EN);

    const checked = checkDesignation(makeDesignation(), 'na', { references: 5 }, EN);

    expect(checked).toEqual(own);
  });
});

describe('designationRule', () => {
  test('returns how the site checks the designation, naming what it asks no figure for', () => {
    expect(designationRule('Services Expert', 'Integrate', ['revenue'], EN)).toBe(
      'The self-assessment checks Services Expert against its own requirements on the Integrate business model, each listed once with its own threshold; it asks for no revenue figure.',
    );
    expect(designationRule('X', 'Integrate', [], EN)).not.toMatch(/asks for no/);
  });
});

describe('designation verdict on the real content', () => {
  let all: CompetencyRules[] = [];
  beforeAll(async () => {
    all = await loadRules();
  });

  const atThresholds = (rules: CompetencyRules): Answers => {
    const answers: Record<string, boolean | number> = {};
    for (const req of appliedRequirements(rules, 'expert', 'integrate')) {
      const target = targetOf(req);
      answers[req.id] = target === true ? true : Math.max(target, Number(answers[req.id] ?? 0));
    }
    return answers;
  };

  test('returns met at every threshold, with each requirement listed once', () => {
    const designation = all.find((r) => r.kind === 'interim-designation');
    if (designation === undefined) throw new Error('no interim designation in content');

    const verdict = checkDesignation(designation, 'na', atThresholds(designation), EN);

    expect(verdict.outcome).toBe('met');
    const labels = verdict.requirements.map((r) => r.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(verdict.requirements.some((r) => r.kind === 'revenue')).toBe(false);
  });

  test('returns missing without the Master Specialist status answer', () => {
    const designation = all.find((r) => r.kind === 'interim-designation');
    if (designation === undefined) throw new Error('no interim designation in content');
    const { 'master-specialist': _held, ...withoutStatus } = atThresholds(designation);

    const verdict = checkDesignation(designation, 'na', withoutStatus, EN);

    expect(verdict.outcome).toBe('missing');
    expect(verdict.missing.map((m) => m.id)).toEqual(['master-specialist']);
  });
});
