/**
 * A partner's standing at one moment, as a dated snapshot keeps it (src/persistence/snapshots.ts): for each
 * competency followed, its context, answers, verdicts and readiness per level, and the tier the levels imply.
 * Worked out here from the engine's own results (assess through portfolioAssessments, rollUp); nothing is
 * scored again when a standing is read later, so an old snapshot says what the partner saw that day.
 */
import type { CompetencyRules } from '../domain/rules.ts';
import type { Answers } from '../schemas/answers.ts';
import { LEVEL_IDS, type LevelId } from '../schemas/ids.ts';
import type { PartnerRecord } from '../schemas/record.ts';
import type { Translate } from '../text/translate.ts';
import { portfolioAssessments, type OwnContexts } from './portfolio.ts';
import { portfolioAnswersOn } from './record-figures.ts';
import { rollUp, type RollUpTier } from './rollup.ts';
import type { AssessmentContext } from './types.ts';
import { verdictsOf, type Verdicts } from './versioning.ts';

/** One competency's standing. */
export interface CompetencyStanding {
  /** The business model and region it was scored for. */
  context: AssessmentContext;
  /** The rules hash it was scored against. */
  rulesVersion: string;
  /** The answers it was scored with: the typed ones, and the partner record's figures for the rest. */
  answers: Answers;
  /** Its verdicts: the level achieved, each level met or not, each requirement's state. */
  verdicts: Verdicts;
  /** Each offered level's readiness in whole percent. */
  readiness: Partial<Record<LevelId, number>>;
}

/** The partner's standing: every competency followed and the tier. */
export interface Standing {
  /** The id of the tier the levels imply, or null when they imply none. */
  tier: string | null;
  /** Each competency followed, by slug. */
  competencies: Record<string, CompetencyStanding>;
}

/** What the standing is worked out from. */
export interface StandingInput {
  /** Every competency's rules, in catalogue order. */
  rules: readonly CompetencyRules[];
  /** Each competency's rules hash, by slug. */
  versions: Readonly<Record<string, string>>;
  tiers: readonly RollUpTier[];
  /** The competencies followed: chosen in the portfolio, or with answers saved. */
  followed: readonly string[];
  /** Each competency's typed answers, by slug. */
  answers: Readonly<Record<string, Answers>>;
  /** Each competency's own business model and region, by slug. */
  own: OwnContexts;
  /** The context of a competency without its own. */
  context: AssessmentContext;
  /** The partner record, whose figures on `day` answer what was not typed; null without one. */
  record: PartnerRecord | null;
  /** The day, YYYY-MM-DD. */
  day: string;
}

/** The standing for the answers and the record on a day, as the portfolio scores them. */
export function standingOf(input: StandingInput, t: Translate): Standing {
  const { rules, context, own } = input;
  const followed = new Set(input.followed);
  const given = input.record
    ? Object.fromEntries(
        Object.entries(portfolioAnswersOn(input.record, rules, context, input.day, input.answers, own)).map(
          ([slug, day]) => [slug, day.answers],
        ),
      )
    : input.answers;
  const assessments = portfolioAssessments(rules, context, followed, given, t, own);
  const rolled = rollUp(assessments, input.tiers, t);
  const competencies: Record<string, CompetencyStanding> = {};
  for (const a of assessments) {
    if (!followed.has(a.slug)) continue;
    const readiness: Partial<Record<LevelId, number>> = {};
    if (a.status === 'assessed') for (const l of a.levels) readiness[l.level] = l.percent;
    competencies[a.slug] = {
      context: { businessModel: a.context.businessModel, region: a.context.region },
      rulesVersion: input.versions[a.slug] ?? a.rulesHash,
      answers: { ...given[a.slug] },
      verdicts: verdictsOf(a),
      readiness,
    };
  }
  return { tier: rolled.tier?.id ?? null, competencies };
}

/** Why a snapshot was taken: on request, or because a level or the tier changed. */
export type SnapshotWhy = 'manual' | 'level' | 'tier';

/**
 * Why the standing `now` deserves a snapshot after `before` (the newest one, null when there is none): the
 * tier changed, else a competency's level achieved did; null when neither did. With no snapshot yet, a
 * standing that holds a level counts as changed, so the first level held is kept (the tier that needs no
 * level is no change).
 */
export function movedSince(before: Standing | null, now: Standing): SnapshotWhy | null {
  if (before !== null && before.tier !== now.tier) return 'tier';
  const slugs = new Set([...Object.keys(before?.competencies ?? {}), ...Object.keys(now.competencies)]);
  for (const slug of slugs) {
    const was = before?.competencies[slug]?.verdicts.achieved ?? null;
    const is = now.competencies[slug]?.verdicts.achieved ?? null;
    if (was !== is) return 'level';
  }
  return null;
}

/** A competency whose level achieved moved: the level it reached, or the one it no longer holds. */
export interface LevelMove {
  slug: string;
  level: LevelId;
  reached: boolean;
}

/**
 * The competencies whose level achieved moved from `before` (the newest snapshot, null when there is none)
 * to `now`, in the order `now` lists them, then those only `before` followed: a higher level is reached,
 * a lower one or none leaves the level held before.
 */
export function levelMoves(before: Standing | null, now: Standing): LevelMove[] {
  const rank = (level: LevelId | null): number => (level === null ? -1 : LEVEL_IDS.indexOf(level));
  const moves: LevelMove[] = [];
  const slugs = new Set([...Object.keys(now.competencies), ...Object.keys(before?.competencies ?? {})]);
  for (const slug of slugs) {
    const was = before?.competencies[slug]?.verdicts.achieved ?? null;
    const is = now.competencies[slug]?.verdicts.achieved ?? null;
    if (is !== null && rank(is) > rank(was)) moves.push({ slug, level: is, reached: true });
    else if (was !== null && rank(was) > rank(is)) moves.push({ slug, level: was, reached: false });
  }
  return moves;
}
