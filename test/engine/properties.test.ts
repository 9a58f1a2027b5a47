import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { assess } from '../../src/engine/assess.ts';
import { rulesHash } from '../../src/engine/hash.ts';
import type { Answers, AnswerValue, OfferedAssessment } from '../../src/engine/types.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { parseAnswers } from '../../src/engine/answers.ts';
import { explainReadiness } from '../../src/engine/readiness.ts';
import { makeRules } from '../helpers/fixtures.ts';
import { loadRules } from '../helpers/content.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

// A fixed seed keeps runs reproducible in CI; change it locally to explore further.
fc.configureGlobal({ seed: 20261128, numRuns: 200 });

const context = { businessModel: 'integrate', region: 'na' } as const;
const IDS = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf'] as const;
const common = { label: 'Some measure', evidence: 'Proof of it', help: 'How to count it.' };

/** One requirement of any kind with a random threshold and weight. */
const requirementArb = (id: string) =>
  fc
    .tuple(
      fc.oneof(
        fc.constant({ kind: 'training', courses: ['Course A'] }),
        fc.constant({ kind: 'status', status: 'Master Specialist' }),
        fc.integer({ min: 1, max: 10 }).map((people) => ({ kind: 'exam', exam: 'Some exam', people })),
        fc.integer({ min: 1, max: 20 }).map((count) => ({ kind: 'references', count })),
        fc
          .double({ min: 1, max: 1e7, noNaN: true })
          .map((amount) => ({ kind: 'revenue', amount, currency: 'USD', periodMonths: 12 })),
        fc
          .double({ min: 0.1, max: 1000, noNaN: true })
          .map((percent) => ({ kind: 'growth', percent, periodMonths: 12 })),
        fc
          .tuple(
            fc.integer({ min: 0, max: 5 }),
            fc.integer({ min: 1, max: 10 }),
            fc.double({ min: 0.01, max: 1, noNaN: true }),
          )
          .map(([min, span, at]) => ({
            kind: 'satisfaction',
            threshold: min + span * at,
            scale: { min, max: min + span, name: 'Survey' },
          })),
      ),
      fc.oneof(fc.constant(1), fc.double({ min: 0.01, max: 100, noNaN: true })),
    )
    .map(([fields, weight]) => ({ id, ...common, weight, ...fields }));

/** Rules on Integrate with a random pool of requirements split over Principal and Expert. */
const rulesArb = fc
  .tuple(
    fc.tuple(...IDS.map(requirementArb)),
    fc.array(fc.boolean(), { minLength: IDS.length, maxLength: IDS.length }),
    fc.array(fc.boolean(), { minLength: IDS.length, maxLength: IDS.length }),
    fc.boolean(),
  )
  .map(([pool, atPrincipal, atExpert, expertIncludesPrincipal]) => ({
    principal: pool.filter((_, i) => atPrincipal[i]),
    expert: pool.filter((_, i) => atExpert[i]),
    expertIncludesPrincipal,
  }));

type RawLists = { principal: object[]; expert: object[]; expertIncludesPrincipal: boolean };

const build = (lists: RawLists): CompetencyRules =>
  makeRules({
    businessModels: ['integrate'],
    expertIncludesPrincipal: lists.expertIncludesPrincipal,
    requirements: { principal: { integrate: lists.principal }, expert: { integrate: lists.expert } },
  });

const answerArb: fc.Arbitrary<AnswerValue | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.boolean(),
  fc.integer({ min: 0, max: 25 }),
  fc.double({ min: 0, max: 2e7, noNaN: true }),
);
const answersArb = fc.array(answerArb, { minLength: IDS.length, maxLength: IDS.length });

function toAnswers(values: readonly (AnswerValue | undefined)[], ids: readonly string[] = IDS): Answers {
  const answers: Answers = {};
  values.forEach((value, i) => {
    const id = ids[i];
    if (value !== undefined && id !== undefined) answers[id] = value;
  });
  return answers;
}

/** A value at least as high as the given one: false -> true, a number -> a larger one, nothing -> anything. */
const raisedArb = (value: AnswerValue | undefined): fc.Arbitrary<AnswerValue> => {
  if (value === undefined) return fc.oneof(fc.boolean(), fc.double({ min: 0, max: 2e7, noNaN: true }));
  if (typeof value === 'boolean') return fc.constant(true);
  return fc.double({ min: 0, max: 1e7, noNaN: true }).map((extra) => value + extra);
};

const RANK = { none: 0, principal: 1, expert: 2 } as const;

function scored(rules: CompetencyRules, answers: Answers): OfferedAssessment {
  const result = assess(rules, context, answers, EN);
  if (result.status !== 'assessed') throw new Error('generated rules must be offered');
  return result;
}

/** What must not depend on the order requirements are listed in (lists and sentences follow content order). */
function orderFree(result: OfferedAssessment) {
  return {
    achieved: result.achieved,
    next: result.next && {
      level: result.next.level,
      readiness: result.next.readiness,
      missing: [...result.next.missing].sort((a, b) => a.id.localeCompare(b.id)),
    },
    levels: result.levels.map((l) => ({
      level: l.level,
      met: l.met,
      readiness: l.readiness,
      counts: l.counts,
      requirements: [...l.requirements].sort((a, b) => a.id.localeCompare(b.id)),
    })),
  };
}

function shuffle<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i] ?? 0 }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

describe('assess properties', () => {
  test('returns readiness and progress within [0, 1] and never NaN', () => {
    fc.assert(
      fc.property(rulesArb, answersArb, (lists, values) => {
        const result = scored(build(lists), toAnswers(values));

        for (const level of result.levels) {
          expect(level.readiness).toBeGreaterThanOrEqual(0);
          expect(level.readiness).toBeLessThanOrEqual(1);
          for (const r of level.requirements) expect(r.progress >= 0 && r.progress <= 1).toBe(true);
        }
      }),
    );
  });

  test('returns no lower readiness, met level or achieved level when any one answer is raised', () => {
    const caseArb = fc
      .tuple(rulesArb, answersArb, fc.nat({ max: IDS.length - 1 }))
      .chain(([lists, values, index]) =>
        raisedArb(values[index]).map((raised) => ({ lists, values, index, raised })),
      );

    fc.assert(
      fc.property(caseArb, ({ lists, values, index, raised }) => {
        const rules = build(lists);
        const higher = [...values];
        higher[index] = raised;

        const before = scored(rules, toAnswers(values));
        const after = scored(rules, toAnswers(higher));

        before.levels.forEach((level, i) => {
          const next = after.levels[i];
          expect(next?.readiness).toBeGreaterThanOrEqual(level.readiness);
          if (level.met) expect(next?.met).toBe(true);
        });
        expect(RANK[after.achieved ?? 'none']).toBeGreaterThanOrEqual(RANK[before.achieved ?? 'none']);
      }),
    );
  });

  test('returns the same verdicts, readiness and hash whatever order the requirements are listed in', () => {
    const keysArb = fc.array(fc.double({ noNaN: true }), { minLength: IDS.length, maxLength: IDS.length });

    fc.assert(
      fc.property(rulesArb, answersArb, keysArb, keysArb, (lists, values, k1, k2) => {
        const rules = build(lists);
        const reordered = build({
          ...lists,
          principal: shuffle(lists.principal, k1),
          expert: shuffle(lists.expert, k2),
        });
        const answers = toAnswers(values);

        expect(orderFree(scored(reordered, answers))).toEqual(orderFree(scored(rules, answers)));
        expect(rulesHash(reordered)).toBe(rulesHash(rules));
      }),
    );
  });
});

/** Redoes the explanation's sum from what it shows: "(100 + 2 × 77 + 0) ÷ 4 = 63.5, rounded down: 63% ready." */
function redo(sum: string): { quotient: number; shown: number; percent: number } {
  const match = /^\((.*)\) ÷ ([\d,.]+) = ([\d,.]+)(?:, rounded down)?: (\d+)% ready\.$/.exec(sum);
  if (match === null) throw new Error(`unexpected sum: ${sum}`);
  const num = (text: string) => Number(text.replaceAll(',', ''));
  const terms = (match[1] ?? '').split(' + ').map((t) => {
    const [w, share] = t.includes(' × ') ? t.split(' × ') : ['1', t];
    return num(w ?? '') * num(share ?? '');
  });
  const total = terms.reduce((a, b) => a + b, 0);
  return { quotient: total / num(match[2] ?? ''), shown: num(match[3] ?? ''), percent: num(match[4] ?? '') };
}

describe('readiness properties', () => {
  /** The same rules with whole weights, as content writes them ("1 unless it matters more"). */
  const wholeWeights = (lists: RawLists): RawLists => {
    const whole = (r: object) => ({
      ...r,
      weight: Math.max(1, Math.round((r as { weight: number }).weight)),
    });
    return { ...lists, principal: lists.principal.map(whole), expert: lists.expert.map(whole) };
  };

  test('returns a percent the partner can redo from the explanation, and 100% only when the level is met', () => {
    fc.assert(
      fc.property(rulesArb, answersArb, (lists, values) => {
        const result = scored(build(wholeWeights(lists)), toAnswers(values));

        for (const level of result.levels) {
          const explained = explainReadiness(level, EN);
          if (level.requirements.length === 0) continue;
          const { quotient, shown, percent } = redo(explained.sum);
          expect(percent).toBe(level.percent);
          expect(Math.floor(quotient + 1e-9)).toBe(level.percent);
          expect(shown).toBeLessThanOrEqual(quotient + 1e-9);
          expect(quotient - shown).toBeLessThan(0.01);
          expect(level.percent === 100).toBe(level.met);
          expect(explained.terms.map((t) => t.id)).toEqual(level.requirements.map((r) => r.id));
        }
      }),
    );
  });

  test('returns each partly met share as the whole percent of the figures the explanation shows', () => {
    fc.assert(
      fc.property(rulesArb, answersArb, (lists, values) => {
        const result = scored(build(lists), toAnswers(values));

        for (const level of result.levels) {
          for (const r of level.requirements) {
            expect(Number.isInteger(r.share) && r.share >= 0 && r.share <= 100).toBe(true);
            expect(r.share === 100).toBe(r.status === 'met');
            if (r.status !== 'partial' || typeof r.answer !== 'number' || r.threshold === true) continue;
            const exact = ((r.answer - r.creditFloor) * 100) / (r.threshold - r.creditFloor);
            expect(r.share).toBe(Math.min(99, Math.floor(exact + 1e-9)));
          }
        }
      }),
    );
  });

  test('returns percent and readiness that agree, within [0, 100], never NaN', () => {
    fc.assert(
      fc.property(rulesArb, answersArb, (lists, values) => {
        const result = scored(build(lists), toAnswers(values));

        for (const level of result.levels) {
          expect(Number.isInteger(level.percent)).toBe(true);
          expect(level.percent).toBeGreaterThanOrEqual(0);
          expect(level.percent).toBeLessThanOrEqual(100);
          expect(Math.abs(level.percent - level.readiness * 100)).toBeLessThan(1 + 1e-9);
          expect(level.summary).toBe(
            `${level.counts.met} of ${level.requirements.length} met, ${level.percent}% ready`,
          );
        }
      }),
    );
  });
});

describe('assess properties on the real content', () => {
  let all: CompetencyRules[] = [];
  beforeAll(async () => {
    all = await loadRules();
  });

  test('returns bounded readiness that never drops when an answer is raised, for every competency', () => {
    const caseArb = fc
      .tuple(fc.nat(), fc.array(answerArb, { minLength: 12, maxLength: 12 }), fc.nat())
      .chain(([pick, values, which]) => {
        const rules = all[pick % all.length] as CompetencyRules;
        const ids = [
          ...new Set(
            Object.values(rules.requirements).flatMap((l) =>
              Object.values(l ?? {}).flatMap((list) => (list ?? []).map((r) => r.id)),
            ),
          ),
        ];
        const index = which % ids.length;
        return raisedArb(values[index]).map((raised) => ({ rules, ids, values, index, raised }));
      });

    fc.assert(
      fc.property(caseArb, ({ rules, ids, values, index, raised }) => {
        const higher = [...values];
        higher[index] = raised;
        const where = {
          businessModel: rules.businessModels[0] ?? 'integrate',
          region: rules.regions[0]?.id ?? 'na',
        };

        const before = assess(rules, where, toAnswers(values, ids), EN);
        const after = assess(rules, where, toAnswers(higher, ids), EN);

        if (before.status !== 'assessed' || after.status !== 'assessed') throw new Error('not offered');
        before.levels.forEach((level, i) => {
          expect(level.readiness >= 0 && level.readiness <= 1).toBe(true);
          expect(after.levels[i]?.readiness).toBeGreaterThanOrEqual(level.readiness);
        });
        expect(RANK[after.achieved ?? 'none']).toBeGreaterThanOrEqual(RANK[before.achieved ?? 'none']);
      }),
    );
  });
});

describe('parseAnswers properties', () => {
  const someRules = makeRules();

  const check = (input: unknown) => {
    const withoutRules = parseAnswers(input);
    const withRules = parseAnswers(input, someRules);

    for (const result of [withoutRules, withRules]) {
      if (result.ok) {
        for (const value of Object.values(result.value)) {
          expect(typeof value === 'boolean' || (Number.isFinite(value) && value >= 0)).toBe(true);
        }
        expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
      } else {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) expect(typeof error.message).toBe('string');
      }
    }
  };

  test('never throws on arbitrary JSON', () => {
    fc.assert(fc.property(fc.jsonValue(), check));
  });

  test('never throws on arbitrary values, objects of odd answers included', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything({
            withNullPrototype: true,
            withBigInt: true,
            withDate: true,
            withMap: true,
            withSet: true,
          }),
          fc.dictionary(fc.string(), fc.oneof(fc.double(), fc.boolean(), fc.string(), fc.constant(null))),
        ),
        check,
      ),
    );
  });

  test('accepts every answer object the engine can score', () => {
    fc.assert(
      fc.property(answersArb, (values) => {
        expect(parseAnswers(toAnswers(values))).toEqual({ ok: true, value: toAnswers(values) });
      }),
    );
  });
});
