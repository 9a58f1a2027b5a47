import { beforeAll, describe, expect, test } from 'vitest';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { profileEffects, type ReferenceProfile } from '../../src/engine/profile-effects.ts';
import type { RollUpTier } from '../../src/engine/rollup.ts';
import { findBySlug, loadRules, loadTiers } from '../helpers/content.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

let rules: CompetencyRules[];
let tiers: RollUpTier[];

beforeAll(async () => {
  [rules, tiers] = await Promise.all([loadRules(), loadTiers()]);
});

/** Archiving's Expert Integrate answers, met with some room: revenue 220,000 against 200,000. */
const ARCHIVING_EXPERT = {
  'sales-training': true,
  'technical-exam': 4,
  revenue: 220000,
  growth: 12,
  references: 4,
  satisfaction: 8.5,
};
const EXPERT = {
  'sales-training': true,
  'technical-exam': 5,
  revenue: 500000,
  growth: 20,
  references: 4,
  satisfaction: 9,
};

const integrator: ReferenceProfile = {
  id: 'large-integrator',
  title: 'Large integrator',
  context: { businessModel: 'integrate', region: 'na' },
  answers: { archiving: ARCHIVING_EXPERT, 'data-security': EXPERT, 'gateway-security': EXPERT },
};
const reseller: ReferenceProfile = {
  id: 'reseller',
  title: 'Reseller',
  context: { businessModel: 'resell', region: 'emea' },
  answers: { archiving: { 'sales-training': true, revenue: 80000, references: 1 } },
};

/** The competency with one requirement's field set to a value, at a level and on a business model. */
function withThreshold(
  slug: string,
  at: { level: 'principal' | 'expert'; model: 'integrate' | 'resell'; id: string },
  field: string,
  value: number,
): CompetencyRules {
  const base = findBySlug(rules, slug);
  const list = (base.requirements[at.level]?.[at.model] ?? []).map((r) =>
    r.id === at.id ? { ...r, [field]: value } : r,
  );
  return {
    ...base,
    version: '9.9',
    requirements: {
      ...base.requirements,
      [at.level]: { ...base.requirements[at.level], [at.model]: list },
    },
  };
}

const replace = (all: readonly CompetencyRules[], next: CompetencyRules) =>
  all.map((r) => (r.slug === next.slug ? next : r));

describe('profileEffects', () => {
  test('returns nothing when no rules changed', () => {
    expect(profileEffects(rules, rules, [integrator, reseller], tiers, EN)).toEqual([]);
  });

  test('names the integrator moved from Expert to Principal, and from Platinum to Gold, by a raised revenue', () => {
    const raised = withThreshold(
      'archiving',
      { level: 'expert', model: 'integrate', id: 'revenue' },
      'amount',
      250000,
    );

    const effects = profileEffects(rules, replace(rules, raised), [integrator, reseller], tiers, EN);

    expect(effects).toEqual([
      {
        slug: 'archiving',
        title: 'Archiving',
        versions: { before: '1.1', after: '9.9' },
        moves: [
          {
            profile: { id: 'large-integrator', title: 'Large integrator' },
            before: { level: 'expert', tier: { id: 'platinum', title: 'Platinum', rank: 3 } },
            after: { level: 'principal', tier: { id: 'gold', title: 'Gold', rank: 2 } },
          },
        ],
      },
    ]);
  });

  test('lists a changed competency that moves nobody with no moves', () => {
    const lowered = withThreshold(
      'archiving',
      { level: 'expert', model: 'integrate', id: 'revenue' },
      'amount',
      210000,
    );

    const effects = profileEffects(rules, replace(rules, lowered), [integrator, reseller], tiers, EN);

    expect(effects.map((e) => [e.slug, e.moves])).toEqual([['archiving', []]]);
  });

  test('names a move of level alone, and a profile the change puts out of reach', () => {
    const resellRaised = withThreshold(
      'archiving',
      { level: 'principal', model: 'resell', id: 'revenue' },
      'amount',
      90000,
    );
    const naGone: CompetencyRules = {
      ...findBySlug(rules, 'gateway-security'),
      regions: findBySlug(rules, 'gateway-security').regions.filter((r) => r.id !== 'na'),
    };

    const effects = profileEffects(
      rules,
      replace(replace(rules, resellRaised), naGone),
      [integrator, reseller],
      tiers,
      EN,
    );

    expect(effects.map((e) => e.moves.map((m) => [e.slug, m.profile.id, m.before, m.after]))).toEqual([
      [
        [
          'archiving',
          'reseller',
          { level: 'principal', tier: { id: 'silver', title: 'Silver', rank: 1 } },
          { level: 'none', tier: { id: 'registered', title: 'Registered', rank: 0 } },
        ],
      ],
      [
        [
          'gateway-security',
          'large-integrator',
          { level: 'expert', tier: { id: 'platinum', title: 'Platinum', rank: 3 } },
          { level: 'not-offered', tier: { id: 'gold', title: 'Gold', rank: 2 } },
        ],
      ],
    ]);
  });

  test('takes each change on its own, and a competency the lock does not know on both sides', () => {
    const raised = withThreshold(
      'archiving',
      { level: 'expert', model: 'integrate', id: 'revenue' },
      'amount',
      250000,
    );
    const alsoRaised = withThreshold(
      'data-security',
      { level: 'expert', model: 'integrate', id: 'revenue' },
      'amount',
      900000,
    );
    const locked = rules.filter((r) => r.slug !== 'gateway-security');

    const effects = profileEffects(
      locked,
      replace(replace(rules, raised), alsoRaised),
      [integrator],
      tiers,
      EN,
    );

    // Against the locked rules of the others, each alone takes the integrator from Platinum to Gold.
    expect(
      effects.map((e) => [e.slug, e.moves.map((m) => `${m.before.tier?.id} → ${m.after.tier?.id}`)]),
    ).toEqual([
      ['archiving', ['platinum → gold']],
      ['data-security', ['platinum → gold']],
    ]);
  });

  test('reports no tier as null', () => {
    const noTiers = profileEffects(
      rules,
      replace(
        rules,
        withThreshold('archiving', { level: 'expert', model: 'integrate', id: 'revenue' }, 'amount', 250000),
      ),
      [integrator],
      [],
      EN,
    );

    expect(noTiers[0]?.moves[0]?.before.tier).toBeNull();
    expect(noTiers[0]?.moves[0]?.after.tier).toBeNull();
  });
});
