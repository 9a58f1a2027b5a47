import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { actionPlanCsv, fullPlan, moneylessPlan, portfolioPlanGroups } from '../../src/engine/action-plan.ts';
import { portfolioView, withholdPortfolioMoney } from '../../src/engine/portfolio.ts';
import { assess } from '../../src/engine/assess.ts';
import type { CompetencyAssessment, OfferedAssessment } from '../../src/engine/types.ts';
import {
  checkWithheld,
  isMoney,
  MONEY_KINDS,
  moneyIds,
  stillWithheld,
  withheldAt,
  withholdMoney,
} from '../../src/engine/withheld.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import type { Answers } from '../../src/schemas/answers.ts';
import { findBySlug, loadRules, loadTiers } from '../helpers/content.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');
const ctx = { businessModel: 'integrate', region: 'na' } as const;

let all: CompetencyRules[];
let archiving: CompetencyRules;
beforeAll(async () => {
  all = await loadRules();
  archiving = findBySlug(all, 'archiving');
});

/** Archiving on Integrate: Principal asks USD 50,000 of revenue, Expert USD 200,000 and 10 % growth. */
const ANSWERS: Answers = {
  'sales-training': true,
  'technical-exam': 3,
  revenue: 187_500,
  growth: 12.5,
  references: 2,
  satisfaction: 7.5,
};

const offered = (a: CompetencyAssessment): OfferedAssessment => {
  if (a.status !== 'assessed') throw new Error('not offered');
  return a;
};

/** Each requirement's state at each level, as "level/id: state". */
const states = (a: CompetencyAssessment): string[] =>
  offered(a).levels.flatMap((l) => l.requirements.map((r) => `${l.level}/${r.id}: ${r.status}`));

describe('withholdMoney', () => {
  test('leaves out revenue and growth and keeps every other answer', () => {
    const { answers } = withholdMoney(archiving, assess(archiving, ctx, ANSWERS, EN), ANSWERS);

    expect(MONEY_KINDS).toEqual(['revenue', 'growth']);
    expect(answers).toEqual({
      'sales-training': true,
      'technical-exam': 3,
      references: 2,
      satisfaction: 7.5,
    });
  });

  test('keeps each money verdict per level, a partly met one as not met, and nothing for one not answered', () => {
    const { withheld } = withholdMoney(archiving, assess(archiving, ctx, ANSWERS, EN), ANSWERS);
    const { revenue, ...rest } = ANSWERS;
    const none = withholdMoney(archiving, assess(archiving, ctx, rest, EN), rest);

    // USD 187,500 meets Principal's USD 50,000 and is short of Expert's USD 200,000: partly met there.
    expect(withheld).toEqual({ revenue: { principal: 'met', expert: 'unmet' }, growth: { expert: 'met' } });
    expect(none.withheld).toEqual({ growth: { expert: 'met' } });
    expect(revenue).toBe(187_500);
  });

  test('leaves out a money answer of another business model too', () => {
    const ids = moneyIds(archiving);
    const answers = { ...ANSWERS, 'resell-only-revenue': 5 };
    const kept = withholdMoney(archiving, assess(archiving, ctx, answers, EN), answers).answers;

    expect([...ids].sort()).toEqual(['growth', 'revenue']);
    for (const id of ids) expect(kept).not.toHaveProperty(id);
  });
});

describe('assess with kept verdicts', () => {
  test('gives every requirement the state the sender saw (partly met money figures as not met) and the same level, for any answers', () => {
    const money = moneyIds(archiving);
    const answers = fc.record(
      {
        'sales-training': fc.boolean(),
        'technical-exam': fc.nat(5),
        revenue: fc.integer({ min: 0, max: 400_000 }),
        growth: fc.double({ min: 0, max: 30, noNaN: true }),
        references: fc.nat(6),
        satisfaction: fc.double({ min: 0, max: 10, noNaN: true }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(answers, fc.constantFrom('integrate', 'resell'), (given, model) => {
        const context = { businessModel: model, region: 'na' } as const;
        const sender = offered(assess(archiving, context, given, EN));
        const kept = withholdMoney(archiving, sender, given);
        const receiver = offered(assess(archiving, context, kept.answers, EN, undefined, kept.withheld));

        expect(receiver.achieved).toBe(sender.achieved);
        const expected = sender.levels.flatMap((l) =>
          l.requirements.map(
            (r) => `${l.level}/${r.id}: ${money.has(r.id) && r.status === 'partial' ? 'unmet' : r.status}`,
          ),
        );
        expect(states(receiver)).toEqual(expected);
        for (const r of receiver.levels.flatMap((l) => l.requirements)) {
          if (!money.has(r.id)) continue;
          // No figure, and nothing worked out from one: no progress, no share but 0 or 100, no amount in words.
          expect(r.answer).toBeNull();
          expect([0, 100]).toContain(r.share);
          if (r.status !== 'unanswered') expect(r.withheld).toMatch(/as the sender scored it/);
          // A revenue that is no threshold's round figure cannot be found in any words of the result.
          const revenue = given.revenue;
          if (r.id === 'revenue' && revenue !== undefined && revenue > 10_000 && revenue % 1000 !== 0) {
            expect(JSON.stringify(r)).not.toContain(EN.number(revenue));
          }
        }
      }),
      { seed: 27, numRuns: 150 },
    );
  });

  test('marks the sender’s verdicts in the result, the reason and what is missing', () => {
    const sender = assess(archiving, ctx, ANSWERS, EN);
    const kept = withholdMoney(archiving, sender, ANSWERS);
    const receiver = offered(assess(archiving, ctx, kept.answers, EN, undefined, kept.withheld));
    const expert = receiver.levels.find((l) => l.level === 'expert');
    const revenue = expert?.requirements.find((r) => r.id === 'revenue');

    expect(revenue).toMatchObject({
      status: 'unmet',
      answer: null,
      withheld: 'Not met, as the sender scored it',
    });
    expect(revenue?.reason.text).toContain(
      'Answer: left out by the sender. Verdict: Not met, as the sender scored it.',
    );
    expect(receiver.next?.missing.find((m) => m.id === 'revenue')?.gap).toMatch(
      /^Not met as the sender scored it, their figure left out; needed: USD 200,000/,
    );
  });

  test('lets the receiver’s own figure count in place of the sender’s verdict', () => {
    const kept = withholdMoney(archiving, assess(archiving, ctx, ANSWERS, EN), ANSWERS);
    const own = { ...kept.answers, revenue: 250_000 };
    const receiver = offered(assess(archiving, ctx, own, EN, undefined, kept.withheld));
    const revenue = receiver.levels.flatMap((l) => l.requirements).filter((r) => r.id === 'revenue');

    expect(revenue.map((r) => [r.status, r.withheld])).toEqual([
      ['met', undefined],
      ['met', undefined],
    ]);
    expect(stillWithheld(kept.withheld, own)).toEqual(['growth']);
    expect(withheldAt(kept.withheld, 'growth', 'expert')).toBe('met');
    expect(withheldAt(kept.withheld, 'toString', 'expert')).toBeUndefined();
  });
});

describe('checkWithheld', () => {
  test('keeps only verdicts for money requirements of the rules, at their levels', () => {
    expect(
      checkWithheld(
        {
          revenue: { principal: 'met', expert: 'partial', other: 'met' },
          growth: { expert: 'unmet' },
          references: { principal: 'met' },
          nonsense: { principal: 'met' },
          satisfaction: 'met',
        },
        archiving,
      ),
    ).toEqual({ revenue: { principal: 'met' }, growth: { expert: 'unmet' } });
  });

  test('never throws, whatever it is given, and keeps nothing that is not a verdict', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const checked = checkWithheld(value, archiving);

        for (const [id, levels] of Object.entries(checked)) {
          expect(['revenue', 'growth']).toContain(id);
          for (const v of Object.values(levels)) expect(['met', 'unmet']).toContain(v);
        }
      }),
      { seed: 3, numRuns: 300 },
    );
    expect(checkWithheld({ ['__proto__']: { principal: 'met' } }, archiving)).toEqual({});
  });
});

describe('moneylessPlan', () => {
  test('keeps the rows of the plan with their verdicts and no money figure or gap', () => {
    const meta = { t: EN, exportDate: '2026-12-07', models: [], regions: [] };
    const sender = offered(assess(archiving, ctx, ANSWERS, EN));
    const full = fullPlan(sender, archiving, meta, ANSWERS);
    const without = moneylessPlan(sender, archiving, meta, ANSWERS);
    const revenue = without.find((r) => r.requirement === 'Archiving revenue');

    expect(without.map((r) => r.requirement)).toEqual(full.map((r) => r.requirement));
    expect(revenue).toMatchObject({ status: 'Not met, as the sender scored it', figure: null, gap: null });
    const csv = actionPlanCsv(EN, without);
    expect(csv).not.toMatch(/187500|12\.5|187,500/);
    expect(actionPlanCsv(EN, full)).toContain('187500');
  });
});

describe('money kinds in the content', () => {
  test('the interim designation asks for no money figure, so its answers travel whole with a link without them', () => {
    for (const rules of all.filter((r) => r.kind === 'interim-designation')) {
      expect(moneyIds(rules).size).toBe(0);
    }
    expect(isMoney('revenue') && isMoney('growth') && !isMoney('references')).toBe(true);
  });
});

describe('withholdPortfolioMoney', () => {
  test('leaves out every competency’s money figures, keeping the verdicts scored for its own context', () => {
    const answers = { archiving: ANSWERS, mobility: { references: 1 } };
    const resell = { businessModel: 'resell', region: 'na' } as const;

    const kept = withholdPortfolioMoney(all, ctx, answers, EN, { archiving: resell });

    expect(kept.answers).toEqual({
      archiving: withholdMoney(archiving, assess(archiving, resell, ANSWERS, EN), ANSWERS).answers,
      mobility: { references: 1 },
    });
    expect(kept.withheld).toEqual({
      archiving: withholdMoney(archiving, assess(archiving, resell, ANSWERS, EN), ANSWERS).withheld,
    });
    expect(JSON.stringify(kept)).not.toMatch(/187500|12\.5/);
  });

  test('gives the receiver’s portfolio the levels and tier the sender’s had', async () => {
    const tiers = await loadTiers();
    const answers = { archiving: ANSWERS, 'data-security': { revenue: 20_000, references: 5 } };
    const chosen = new Set(Object.keys(answers));
    const sender = portfolioView(all, ctx, chosen, answers, tiers, EN);

    const kept = withholdPortfolioMoney(all, ctx, answers, EN);
    const receiver = portfolioView(all, ctx, chosen, kept.answers, tiers, EN, {}, kept.withheld);
    const without = portfolioView(all, ctx, chosen, kept.answers, tiers, EN);

    for (const slug of chosen) {
      expect(receiver.entries[slug]?.achieved).toBe(sender.entries[slug]?.achieved);
      expect(receiver.entries[slug]?.levels.map((l) => l.state)).toEqual(
        sender.entries[slug]?.levels.map((l) => l.state),
      );
    }
    expect(receiver.tier).toBe(sender.tier);
    expect(without.entries['archiving']?.achieved).not.toBe(sender.entries['archiving']?.achieved);
  });
});

describe('portfolioPlanGroups without money figures', () => {
  test('returns each competency’s moneyless plan: verdicts kept, no money figure', () => {
    const meta = { t: EN, exportDate: '2026-12-07', models: [], regions: [] };
    const answers = { archiving: ANSWERS };
    const chosen = new Set(['archiving']);

    const [group] = portfolioPlanGroups(all, ctx, chosen, answers, {}, meta, { moneyless: true });
    const full = portfolioPlanGroups(all, ctx, chosen, answers, {}, meta)[0];

    expect(group?.rows).toEqual(
      moneylessPlan(offered(assess(archiving, ctx, ANSWERS, EN)), archiving, meta, ANSWERS),
    );
    const kept = group?.rows.find((r) => r.status === EN('verdict.withheld.unmet'));
    expect(kept).toMatchObject({ figure: null, gap: null });
    expect(actionPlanCsv(EN, group?.rows ?? [])).not.toMatch(/187500|12\.5/);
    expect(actionPlanCsv(EN, full?.rows ?? [])).toContain('187500');
  });
});
