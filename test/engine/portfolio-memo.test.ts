import { beforeAll, describe, expect, test } from 'vitest';
import { portfolioPlanGroups } from '../../src/engine/action-plan.ts';
import { assess } from '../../src/engine/assess.ts';
import { assessOnce, portfolioView } from '../../src/engine/portfolio.ts';
import type { RollUpTier } from '../../src/engine/rollup.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import type { Answers } from '../../src/schemas/answers.ts';
import { loadRules, loadTiers } from '../helpers/content.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

let all: CompetencyRules[];
let tiers: RollUpTier[];
const NA = { businessModel: 'integrate', region: 'na' } as const;
const meta = { t: EN, exportDate: '2026-12-06', models: [], regions: [] };

beforeAll(async () => {
  all = await loadRules();
  tiers = await loadTiers();
});

describe('a tick scores only what changed', () => {
  test('assessOnce keeps an assessment while rules, context and answers object stay, and equals assess', () => {
    const rules = all.find((r) => r.slug === 'archiving') as CompetencyRules;
    const answers: Answers = { references: 3, revenue: 250000 };
    const first = assessOnce(rules, NA, answers, EN);
    expect(first).toEqual(assess(rules, NA, answers, EN));
    expect(assessOnce(rules, { ...NA }, answers, EN)).toBe(first);
    // Another answers object, another context: scored again.
    const other = assessOnce(rules, NA, { ...answers, references: 1 }, EN);
    expect(other).not.toBe(first);
    expect(other).toEqual(assess(rules, NA, { ...answers, references: 1 }, EN));
    expect(assessOnce(rules, { ...NA, region: 'emea' }, answers, EN)).toEqual(
      assess(rules, { ...NA, region: 'emea' }, answers, EN),
    );
  });

  test('the view keeps the entries and fields of the competencies a change did not touch', () => {
    const [a, b] = all.filter((r) => r.kind !== undefined).map((r) => r.slug);
    const answers: Record<string, Answers> = {
      [a as string]: { references: 1 },
      [b as string]: { references: 2 },
    };
    const chosen = new Set([a as string, b as string]);
    const before = portfolioView(all, NA, chosen, answers, tiers, EN);
    const after = portfolioView(all, NA, chosen, { ...answers, [b as string]: { references: 3 } }, tiers, EN);
    expect(after.entries[a as string]).toBe(before.entries[a as string]);
    expect(after.entries[b as string]).not.toBe(before.entries[b as string]);
    expect(after.forms[0]?.fields).toBe(before.forms[0]?.fields);
    // The same view as one worked out from nothing kept.
    expect(JSON.parse(JSON.stringify(after))).toEqual(
      JSON.parse(
        JSON.stringify(
          portfolioView(
            [...all.map((r) => ({ ...r }))],
            NA,
            chosen,
            { ...answers, [b as string]: { references: 3 } },
            tiers,
            EN,
          ),
        ),
      ),
    );
  });

  test('the plan keeps the rows of a competency that did not change, and writes them again for another day', () => {
    const answers: Record<string, Answers> = { archiving: { references: 1 } };
    const chosen = new Set(['archiving']);
    const [first] = portfolioPlanGroups(all, NA, chosen, answers, {}, meta);
    const [again] = portfolioPlanGroups(all, NA, chosen, { ...answers }, {}, meta);
    expect(again?.rows).toBe(first?.rows);
    const [later] = portfolioPlanGroups(all, NA, chosen, answers, {}, { ...meta, exportDate: '2026-12-07' });
    expect(later?.rows).not.toBe(first?.rows);
    expect(later?.rows[0]?.exportDate).toBe('2026-12-07');
  });
});
