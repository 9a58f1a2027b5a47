import { beforeAll, describe, expect, test } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { describeNextTier, rollUp, type RollUpTier } from '../../src/engine/rollup.ts';
import { targetOf } from '../../src/domain/kinds.ts';
import type { CompetencyAssessment } from '../../src/engine/types.ts';
import { appliedRequirements, type CompetencyRules } from '../../src/domain/rules.ts';
import { kinds, makeDesignation, makeRules } from '../helpers/fixtures.ts';
import { loadRules, loadTiers } from '../helpers/content.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

const context = { businessModel: 'integrate', region: 'na' } as const;

/** An area where 1 reference gives Principal and 3 give Expert. */
function area(slug: string, title: string): CompetencyRules {
  return makeRules(
    {
      title,
      businessModels: ['integrate'],
      requirements: {
        principal: { integrate: [{ ...kinds.references, count: 1 }] },
        expert: { integrate: [{ ...kinds.references, count: 3 }] },
      },
    },
    slug,
  );
}

/** Assesses areas named by title with a number of references each. */
function portfolio(references: Record<string, number | undefined>): CompetencyAssessment[] {
  return Object.entries(references).map(([title, count]) =>
    assess(area(title.toLowerCase(), title), context, count === undefined ? {} : { references: count }, EN),
  );
}

const tier = (id: string, rank: number, principal: number, expert: number): RollUpTier => ({
  id,
  title: id.charAt(0).toUpperCase() + id.slice(1),
  rank,
  needs: { principal, expert },
});

const programTiers = [
  tier('platinum', 3, 3, 3),
  tier('registered', 0, 0, 0),
  tier('gold', 2, 1, 1),
  tier('silver', 1, 1, 0),
];

describe('rollUp', () => {
  test('returns the entry tier and the closest Principal candidate when nothing is held', () => {
    const result = rollUp(portfolio({ Alpha: 0, Beta: undefined }), programTiers, EN);

    expect(result.counts).toEqual({ principal: 0, expert: 0 });
    expect(result.tier?.id).toBe('registered');
    expect(result.next).toMatchInlineSnapshot(`
      {
        "candidates": [
          {
            "current": null,
            "level": "principal",
            "missing": [
              {
                "gap": "1 more customer reference",
                "id": "references",
                "illustrative": true,
                "label": "Customer references",
                "status": "unmet",
              },
            ],
            "progress": "0 of 1 met, 0% ready",
            "readiness": 0,
            "slug": "alpha",
            "title": "Alpha",
          },
        ],
        "missing": {
          "expert": 0,
          "principal": 1,
        },
        "needs": {
          "expert": 0,
          "principal": 1,
        },
        "reachable": true,
        "shortfall": [
          {
            "count": 1,
            "level": "principal",
          },
        ],
        "steps": 1,
        "tier": {
          "id": "silver",
          "rank": 1,
          "title": "Silver",
        },
      }
    `);
  });

  test('returns Principal or above in the Principal count and names the step to Gold', () => {
    const result = rollUp(portfolio({ Alpha: 1, Beta: 3, Gamma: 2 }), programTiers, EN);

    expect(result.counts).toEqual({ principal: 3, expert: 1 });
    expect(result.held).toEqual({ principal: ['alpha', 'beta', 'gamma'], expert: ['beta'] });
    expect(result.tier?.id).toBe('gold');
    expect(result.next?.tier.id).toBe('platinum');
    expect(result.next?.missing).toEqual({ principal: 0, expert: 2 });
    expect(result.next?.candidates.map((c) => [c.slug, c.current, c.level])).toEqual([
      ['gamma', 'principal', 'expert'],
      ['alpha', 'principal', 'expert'],
    ]);
  });

  test('returns one Expert step, not two steps, when an Expert level also supplies the missing Principal', () => {
    const result = rollUp(portfolio({ Beta: 0, Alpha: 0 }), [tier('gold', 2, 1, 1)], EN);

    expect(result.tier).toBeNull();
    expect(result.next).toMatchObject({ missing: { principal: 0, expert: 1 }, steps: 1, reachable: true });
    expect(result.next?.candidates).toEqual([
      {
        slug: 'alpha',
        title: 'Alpha',
        level: 'expert',
        current: null,
        readiness: 0,
        progress: '0 of 1 met, 0% ready',
        missing: [
          {
            id: 'references',
            label: 'Customer references',
            status: 'unmet',
            gap: '3 more customer references',
            illustrative: true,
          },
        ],
      },
    ]);
    expect(result.next && describeNextTier(result.next, EN)).toBe(
      'Gold needs Expert in 1 more competency. Closest: Alpha (Expert: 0 of 1 met, 0% ready).',
    );
  });

  test('returns Expert steps from Principal holders when Principal is not short', () => {
    const held = portfolio({ Alpha: 3, Beta: 1, Gamma: 2, Delta: 0, Epsilon: 0 });

    const result = rollUp(held, programTiers, EN);

    expect(result.next).toMatchObject({ missing: { principal: 0, expert: 2 }, steps: 2 });
    expect(result.next?.candidates.map((c) => [c.slug, c.current, c.readiness])).toEqual([
      // Each share counts in whole percent, rounded down: 2 of 3 references is 66%.
      ['gamma', 'principal', 0.66],
      ['beta', 'principal', 0.33],
    ]);
  });

  test('returns Expert steps from competencies with no level only as far as Principal is short', () => {
    const held = portfolio({ Alpha: 3, Beta: 2, Gamma: 0, Delta: 0 });

    const result = rollUp(held, programTiers, EN);

    expect(result.next).toMatchObject({ missing: { principal: 0, expert: 2 }, steps: 2, reachable: true });
    expect(result.next?.candidates.map((c) => [c.slug, c.current])).toEqual([
      ['beta', 'principal'],
      ['delta', null],
    ]);
  });

  test('returns one Expert step from a competency with no level when it also closes the Principal gap', () => {
    const result = rollUp(portfolio({ Alpha: 2, Beta: 1, Gamma: 0 }), [tier('wide', 1, 3, 1)], EN);

    expect(result.next).toMatchObject({ missing: { principal: 0, expert: 1 }, steps: 1, reachable: true });
    expect(result.next?.candidates.map((c) => [c.slug, c.level])).toEqual([['gamma', 'expert']]);
  });

  test('returns Principal and Expert steps together when both counts are short', () => {
    const result = rollUp(portfolio({ Alpha: 2, Beta: 0, Gamma: 0 }), [tier('wide', 1, 3, 1)], EN);

    expect(result.next).toMatchObject({ missing: { principal: 1, expert: 1 }, steps: 2, reachable: true });
    expect(result.next?.candidates.map((c) => [c.slug, c.level])).toEqual([
      ['beta', 'expert'],
      ['gamma', 'principal'],
    ]);
    expect(result.next?.shortfall).toEqual([
      { level: 'expert', count: 1 },
      { level: 'principal', count: 1 },
    ]);
    expect(result.next && describeNextTier(result.next, EN)).toBe(
      'Wide needs Expert in 1 more competency and Principal in 1 more competency. Closest: Beta (Expert: 0 of 1 met, 0% ready), Gamma (Principal: 0 of 1 met, 0% ready).',
    );
  });

  test('returns each candidate with what it still misses at the level to reach', () => {
    const result = rollUp(portfolio({ Alpha: 2, Beta: 1 }), [tier('gold', 2, 1, 1)], EN);

    expect(result.next?.candidates.map((c) => [c.slug, c.level, c.missing.map((m) => m.gap)])).toEqual([
      ['alpha', 'expert', ['1 more customer reference']],
    ]);
  });

  test('returns unreachable when fewer competencies are offered than the tier needs', () => {
    const result = rollUp(portfolio({ Alpha: 3, Beta: 0 }), [tier('platinum', 3, 3, 3)], EN);

    expect(result.next).toMatchObject({ missing: { principal: 0, expert: 2 }, reachable: false });
    expect(result.next && describeNextTier(result.next, EN)).toBe(
      'Platinum needs Expert in 2 more competencies, more than the competencies offered here allow.',
    );
  });

  test('returns the next tier in words without the candidates when asked to leave them out', () => {
    const reachable = rollUp(portfolio({ Alpha: 0, Beta: undefined }), programTiers, EN).next;
    const unreachable = rollUp(portfolio({ Alpha: 3, Beta: 0 }), [tier('platinum', 3, 3, 3)], EN).next;

    expect(reachable && describeNextTier(reachable, EN, { closest: false })).toBe(
      'Silver needs Principal in 1 more competency.',
    );
    expect(unreachable && describeNextTier(unreachable, EN, { closest: false })).toBe(
      'Platinum needs Expert in 2 more competencies, more than the competencies offered here allow.',
    );
  });

  test('returns no next tier at the top tier', () => {
    const result = rollUp(portfolio({ Alpha: 3, Beta: 3, Gamma: 3 }), programTiers, EN);

    expect(result.tier?.id).toBe('platinum');
    expect(result.next).toBeNull();
  });

  test('returns candidates in title order when readiness ties, whatever the input order', () => {
    const forward = rollUp(portfolio({ Beta: 0, Alpha: 0 }), [tier('silver', 1, 1, 0)], EN);
    const backward = rollUp(portfolio({ Alpha: 0, Beta: 0 }), [tier('silver', 1, 1, 0)], EN);

    expect(forward.next?.candidates[0]?.slug).toBe('alpha');
    expect(backward).toEqual(forward);
  });

  test('returns only competencies offering Principal as Principal candidates', () => {
    const expertOnly = makeRules(
      { businessModels: ['integrate'], requirements: { expert: { integrate: [kinds.references] } } },
      'expert-only',
    );
    const held = [assess(expertOnly, context, { references: 2 }, EN), ...portfolio({ Alpha: 0 })];

    const result = rollUp(held, [tier('silver', 1, 1, 0)], EN);

    expect(result.next?.candidates.map((c) => c.slug)).toEqual(['alpha']);
  });

  test('returns competencies not offered apart, without counting them', () => {
    const notOffered = assess(
      area('omega', 'Omega'),
      { businessModel: 'resell', region: 'na' },
      { references: 3 },
      EN,
    );

    const result = rollUp([notOffered, ...portfolio({ Alpha: 1 })], programTiers, EN);

    expect(result.notOffered).toEqual(['omega']);
    expect(result.counts).toEqual({ principal: 1, expert: 0 });
  });

  test('returns interim designations apart, never counting them toward a tier', () => {
    const designation = assess(makeDesignation(), context, { 'master-specialist': true, references: 2 }, EN);
    const areas = portfolio({ Alpha: 2, Beta: 0 });

    const result = rollUp([designation, ...areas], programTiers, EN);

    expect(result.counts).toEqual({ principal: 1, expert: 0 });
    expect(result.designations).toHaveLength(1);
    // Its own requirements decide it, whatever the areas' own levels: one verdict, not one per area.
    expect(result.designations[0]).toMatchObject({
      designation: 'services-expert',
      held: true,
      outcome: 'met',
    });
  });
});

describe('rollUp on the real content and tiers', () => {
  let all: CompetencyRules[] = [];
  let tiers: RollUpTier[] = [];
  beforeAll(async () => {
    all = await loadRules();
    tiers = await loadTiers();
  });

  const expertAnswers = (rules: CompetencyRules) =>
    Object.fromEntries(
      appliedRequirements(rules, 'expert', 'integrate').map((r) => {
        const target = targetOf(r);
        return [r.id, target];
      }),
    );

  test('returns Platinum for Expert in three areas, Gold for one, Registered for none', () => {
    const areas = all.filter((r) => r.kind === 'competency');
    const scored = (experts: number) =>
      areas.map((rules, i) => assess(rules, context, i < experts ? expertAnswers(rules) : {}, EN));

    expect(rollUp(scored(3), tiers, EN).tier?.id).toBe('platinum');
    expect(rollUp(scored(1), tiers, EN).tier?.id).toBe('gold');
    expect(rollUp(scored(0), tiers, EN).tier?.id).toBe('registered');
    expect(rollUp(scored(1), tiers, EN).next).toMatchObject({
      tier: { id: 'platinum' },
      missing: { principal: 0, expert: 2 },
      steps: 2,
      reachable: true,
    });
  });
});
