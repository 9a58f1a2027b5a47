import { beforeAll, describe, expect, test } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { targetOf } from '../../src/domain/kinds.ts';
import type { Answers, OfferedAssessment } from '../../src/engine/types.ts';
import { appliedRequirements, offeredLevels, type CompetencyRules } from '../../src/domain/rules.ts';
import type { BusinessModelId, LevelId } from '../../src/schemas/ids.ts';
import { loadRegionIds, loadRules } from '../helpers/content.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

let all: CompetencyRules[] = [];
let regions: string[] = [];

beforeAll(async () => {
  all = await loadRules();
  regions = await loadRegionIds();
});

/** Answers exactly at each threshold of a level (a shared id takes its highest threshold up to that level). */
function answersAt(rules: CompetencyRules, level: LevelId, model: BusinessModelId): Answers {
  const answers: Record<string, boolean | number> = {};
  for (const req of appliedRequirements(rules, level, model)) {
    const target = targetOf(req);
    const previous = answers[req.id];
    answers[req.id] = target === true ? true : Math.max(target, typeof previous === 'number' ? previous : 0);
  }
  return answers;
}

/** Every offered business model x region of every competency. */
function offeredCases(): { rules: CompetencyRules; model: BusinessModelId; region: string }[] {
  return all.flatMap((rules) =>
    rules.businessModels
      .filter((model) => offeredLevels(rules, model).length > 0)
      .flatMap((model) => rules.regions.map((r) => ({ rules, model, region: r.id }))),
  );
}

function assessed(
  rules: CompetencyRules,
  model: BusinessModelId,
  region: string,
  answers: Answers,
): OfferedAssessment {
  const result = assess(rules, { businessModel: model, region }, answers, EN);
  if (result.status !== 'assessed') throw new Error(`${rules.slug} ${model} ${region}: ${result.message}`);
  return result;
}

describe('assess on the real content', () => {
  test('returns twelve competencies, one of them the Services Expert interim designation', () => {
    expect(all).toHaveLength(12);
    expect(all.filter((r) => r.kind === 'interim-designation').map((r) => r.slug)).toEqual([
      'services-expert',
    ]);
  });

  test('returns Expert (the highest level) for answers exactly at every threshold, for every offered combination', () => {
    const cases = offeredCases();
    const achieved = cases.map(({ rules, model, region }) => {
      const result = assessed(rules, model, region, answersAt(rules, 'expert', model));
      return `${rules.slug}/${model}/${region}: ${result.achieved} ${result.levels.map((l) => l.readiness).join(',')}`;
    });

    expect(cases.length).toBeGreaterThan(all.length);
    for (const line of achieved) expect(line).toMatch(/: expert 1(,1)?$/);
  });

  test('returns Services Expert at its single level for its own thresholds', () => {
    const designation = all.find((r) => r.slug === 'services-expert');
    if (designation === undefined) throw new Error('services-expert missing');

    const result = assessed(designation, 'integrate', 'emea', answersAt(designation, 'expert', 'integrate'));

    expect(result.levels.map((l) => l.level)).toEqual(['expert']);
    expect(result.achieved).toBe('expert');
  });

  test('returns Principal, not Expert, for answers exactly at the Principal thresholds', () => {
    for (const { rules, model, region } of offeredCases()) {
      if (!offeredLevels(rules, model).includes('principal')) continue;

      const result = assessed(rules, model, region, answersAt(rules, 'principal', model));

      expect(result.achieved, `${rules.slug}/${model}`).toBe('principal');
    }
  });

  test('returns no level for no answers, for every offered combination', () => {
    for (const { rules, model, region } of offeredCases()) {
      const result = assessed(rules, model, region, {});

      expect(result.achieved, `${rules.slug}/${model}/${region}`).toBeNull();
      expect(
        result.levels.every((l) => l.readiness === 0 && l.counts.unanswered === l.requirements.length),
      ).toBe(true);
    }
  });

  test('returns Expert unmet when any one answer is just below its Expert threshold', () => {
    for (const { rules, model } of offeredCases().filter((c) => c.region === c.rules.regions[0]?.id)) {
      const atThreshold = answersAt(rules, 'expert', model);
      for (const req of appliedRequirements(rules, 'expert', model)) {
        const value = atThreshold[req.id];
        const below = typeof value === 'number' ? value - 0.01 : false;

        const result = assessed(rules, model, rules.regions[0]?.id ?? 'na', {
          ...atThreshold,
          [req.id]: below,
        });

        expect(result.levels.at(-1)?.met, `${rules.slug}/${model}/${req.id}`).toBe(false);
      }
    }
  });

  test('returns not offered, listing the offered combinations, wherever a competency is not offered', () => {
    let notOffered = 0;
    for (const rules of all) {
      for (const model of ['integrate', 'resell'] as const) {
        for (const region of regions) {
          const result = assess(rules, { businessModel: model, region }, {}, EN);
          const expected = rules.businessModels.includes(model) && rules.regions.some((r) => r.id === region);
          if (result.status === 'not-offered') {
            notOffered += 1;
            expect(result.offered.length, rules.slug).toBeGreaterThan(0);
            expect(result.offered).not.toContainEqual({ businessModel: model, region });
          }
          expect(result.status === 'assessed', `${rules.slug}/${model}/${region}`).toBe(expected);
        }
      }
    }
    expect(notOffered).toBeGreaterThan(0);
  });
});
