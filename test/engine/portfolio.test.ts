import { beforeAll, describe, expect, test } from 'vitest';
import { describeNextTier, rollUp, type RollUpTier } from '../../src/engine/rollup.ts';
import {
  levelHeld,
  levelState,
  portfolioAssessments,
  portfolioView,
  type OwnContexts,
} from '../../src/engine/portfolio.ts';
import type { AssessmentContext } from '../../src/engine/types.ts';
import type { RequirementStatus } from '../../src/domain/requirement-status.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import type { Answers } from '../../src/schemas/answers.ts';
import { loadRules, loadTiers } from '../helpers/content.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

let all: CompetencyRules[];
let tiers: RollUpTier[];
const NA_INTEGRATE = { businessModel: 'integrate', region: 'na' } as const;

/** The portfolio's assessments and the roll-up they imply, as portfolioView works them out. */
function portfolioRollUp(
  list: readonly CompetencyRules[],
  context: AssessmentContext,
  chosen: ReadonlySet<string>,
  answers: Readonly<Record<string, Answers>>,
  tierList: readonly RollUpTier[],
  own: OwnContexts = {},
) {
  const assessments = portfolioAssessments(list, context, chosen, answers, EN, own);
  return { assessments, rollUp: rollUp(assessments, tierList, EN) };
}

/** Archiving answers that meet Principal on Integrate, and those that meet Expert too. */
const PRINCIPAL: Answers = { 'sales-training': true, 'technical-exam': 1, revenue: 50000, references: 1 };
const EXPERT: Answers = {
  ...PRINCIPAL,
  'technical-exam': 3,
  revenue: 250000,
  growth: 12,
  references: 3,
  satisfaction: 9,
};

beforeAll(async () => {
  all = await loadRules();
  tiers = await loadTiers();
});

describe('portfolioRollUp', () => {
  test('returns Silver for one Principal level, naming what Gold needs and the closest competency', () => {
    const { rollUp } = portfolioRollUp(
      all,
      NA_INTEGRATE,
      new Set(['archiving']),
      { archiving: PRINCIPAL },
      tiers,
    );

    expect(rollUp.tier?.title).toBe('Silver');
    expect(rollUp.held).toEqual({ principal: ['archiving'], expert: [] });
    expect(rollUp.next && describeNextTier(rollUp.next, EN)).toMatch(
      /^Gold needs Expert in 1 more competency\. Closest: Archiving \(Expert: \d of \d met, \d+% ready\)\.$/,
    );
  });

  test('returns Gold for one Expert level, and counts answers only for competencies chosen', () => {
    const chosen = portfolioRollUp(all, NA_INTEGRATE, new Set(['archiving']), { archiving: EXPERT }, tiers);
    const unchosen = portfolioRollUp(all, NA_INTEGRATE, new Set(), { archiving: EXPERT }, tiers);

    expect(chosen.rollUp.tier?.title).toBe('Gold');
    expect(chosen.rollUp.next && describeNextTier(chosen.rollUp.next, EN)).toMatch(
      /^Platinum needs Expert in 2 more competencies\./,
    );
    expect(unchosen.rollUp.tier?.title).toBe('Registered');
  });

  test('returns Services Expert apart from the tier counts, scored with its own answers', () => {
    const answers = {
      archiving: { ...EXPERT, revenue: 60000 },
      'services-expert': { 'master-specialist': true, 'technical-exam': 3, references: 3, satisfaction: 9 },
    };

    const { rollUp } = portfolioRollUp(all, NA_INTEGRATE, new Set(['archiving']), answers, tiers);

    expect(rollUp.tier?.title).toBe('Silver');
    expect(rollUp.counts.expert).toBe(0);
    expect(rollUp.designations.map((d) => [d.title, d.held, d.headline])).toEqual([
      ['Services Expert', true, 'Every requirement met'],
    ]);
  });

  test('returns a competency not offered for the context as such, and never as held', () => {
    const { assessments, rollUp } = portfolioRollUp(
      all,
      { businessModel: 'resell', region: 'na' },
      new Set(['security-monitoring-and-management']),
      {},
      tiers,
    );

    const smm = assessments.find((a) => a.slug === 'security-monitoring-and-management');
    expect(smm && levelHeld(smm, EN)).toBe('Not offered');
    expect(rollUp.notOffered).toContain('security-monitoring-and-management');
  });
});

describe('levelHeld', () => {
  test('returns the level in words', () => {
    const { assessments } = portfolioRollUp(
      all,
      NA_INTEGRATE,
      new Set(['archiving', 'ediscovery']),
      { archiving: EXPERT },
      tiers,
    );
    const words = (slug: string) => {
      const a = assessments.find((x) => x.slug === slug);
      return a ? levelHeld(a, EN) : '';
    };

    expect(words('archiving')).toBe('Expert');
    expect(words('ediscovery')).toBe('No level yet');
  });
});

describe('levelState', () => {
  const level = (counts: Partial<Record<RequirementStatus, number>>, readiness: number, met = false) => ({
    level: 'principal' as const,
    title: 'Principal',
    met,
    readiness,
    percent: Math.floor(readiness * 100),
    summary: '',
    counts: { met: 0, partial: 0, unmet: 0, unanswered: 0, ...counts },
    requirements: [],
  });

  test('returns each of the four states', () => {
    expect(levelState(level({ met: 3 }, 1, true))).toBe('met');
    expect(levelState(level({ unanswered: 3 }, 0))).toBe('unanswered');
    expect(levelState(level({ partial: 1, unanswered: 2 }, 0.2))).toBe('partial');
    expect(levelState(level({ unmet: 1, unanswered: 2 }, 0))).toBe('unmet');
  });
});

describe('portfolioView', () => {
  test('returns no tier, and the first tier as the next, when even the lowest tier needs a level', () => {
    const demanding = tiers.map((t) => ({ ...t, needs: { ...t.needs, principal: t.needs.principal + 1 } }));
    const view = portfolioView(all, NA_INTEGRATE, new Set(), {}, demanding, EN);

    expect(view.tier).toBeNull();
    expect(view.next?.title).toBe('Registered');
  });

  test('returns the first view: no tier yet, no competency named as closest, the designation to answer', () => {
    const view = portfolioView(all, NA_INTEGRATE, new Set(), {}, tiers, EN);

    expect(view.tier).toBe('Registered');
    expect(view.tierIllustrative).toBe(true);
    expect(view.next?.text).toBe('Silver needs Principal in 1 more competency.');
    expect(view.next?.illustrative).toBe(true);
    expect(view.next?.candidates).toEqual([]);
    expect(view.entries['archiving']).toEqual({
      levels: [
        {
          level: 'principal',
          state: 'unanswered',
          readiness: 0,
          percent: 0,
          summary: '0 of 4 met, 0% ready',
        },
        { level: 'expert', state: 'unanswered', readiness: 0, percent: 0, summary: '0 of 6 met, 0% ready' },
      ],
      offered: true,
      illustrative: false,
      state: 'No level yet; Principal: 0 of 4 met, 0% ready',
      achieved: null,
      context: NA_INTEGRATE,
      ownContext: false,
    });
    expect(view.forms.map((f) => f.slug)).toEqual(['services-expert']);
    expect(view.forms[0]?.fields.length).toBeGreaterThan(0);
  });

  test('returns each competency scored for its own context where it has one, and says which', () => {
    const resell = { businessModel: 'resell', region: 'emea' } as const;
    const answers = { archiving: { 'sales-training': true, revenue: 75000, references: 1 } };

    const view = portfolioView(all, NA_INTEGRATE, new Set(['archiving']), answers, tiers, EN, {
      archiving: resell,
    });
    const portfolioOnly = portfolioView(all, NA_INTEGRATE, new Set(['archiving']), answers, tiers, EN);

    expect(view.entries['archiving']).toMatchObject({
      achieved: 'principal',
      context: resell,
      ownContext: true,
    });
    expect(view.entries['ediscovery']).toMatchObject({ context: NA_INTEGRATE, ownContext: false });
    expect(view.forms[0]?.fields.map((f) => f.id)).not.toContain('technical-exam');
    expect(portfolioOnly.entries['archiving']?.achieved).toBeNull();
  });

  test('returns the chosen competencies with their state, fields and the closest for the next tier', () => {
    const view = portfolioView(
      all,
      NA_INTEGRATE,
      new Set(['archiving']),
      { archiving: PRINCIPAL },
      tiers,
      EN,
    );

    expect(view.tier).toBe('Silver');
    expect(view.held).toEqual({ principal: ['archiving'], expert: [] });
    expect(view.entries['archiving']).toMatchObject({
      achieved: 'principal',
      state: /^Principal met; Expert \d+% ready$/,
    });
    expect(view.entries['archiving']?.levels.map((l) => l.state)).toEqual(['met', 'partial']);
    expect(view.next?.text).toMatch(
      /^Gold needs Expert in 1 more competency\. Closest: Archiving \(Expert: \d of \d met, \d+% ready\)\.$/,
    );
    expect(view.next?.candidates.map((c) => [c.slug, c.level])).toEqual([['archiving', 'expert']]);
    expect(view.forms.map((f) => f.slug)).toEqual(['archiving', 'services-expert']);
  });

  test('returns a chosen competency not offered for the context without fields, and no designation to answer off its business model', () => {
    const view = portfolioView(
      all,
      { businessModel: 'resell', region: 'na' },
      new Set(['security-monitoring-and-management']),
      {},
      tiers,
      EN,
    );

    expect(view.entries['security-monitoring-and-management']).toMatchObject({
      levels: [],
      offered: false,
      illustrative: true,
      achieved: null,
    });
    expect(view.forms).toEqual([{ slug: 'security-monitoring-and-management', fields: [] }]);
  });

  test('returns plain JSON', () => {
    const view = portfolioView(all, NA_INTEGRATE, new Set(['archiving']), { archiving: EXPERT }, tiers, EN);

    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
  });
});
