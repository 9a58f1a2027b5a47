/**
 * The portfolio assessment: several competencies scored for one business model and region and rolled up to
 * a tier, and the view of it the portfolio island shows. The page computes the view for the first render
 * (nothing chosen, nothing answered), the island's lazy part for everything after, so the browser loads the
 * scoring code only once the partner acts or has something saved or shared to read.
 */
import { tierNeedsIllustrative, tierTitleIllustrative } from '../domain/provenance.ts';
import { answerFields, type AnswerField } from './answer-fields.ts';
import { assess } from './assess.ts';
import { describeNextTier, rollUp, type RollUpTier } from './rollup.ts';
import type { AssessmentContext, CompetencyAssessment, LevelResult } from './types.ts';
import type { RequirementStatus } from '../domain/requirement-status.ts';
import {
  designationModel,
  interimDesignationOf,
  isInterimDesignation,
  isOpenSolutionArea,
  isSolutionArea,
} from '../domain/designation.ts';
import { designationVerdict, type DesignationVerdict } from './designation.ts';
import type { CompetencyRules } from '../domain/rules.ts';
import type { Answers } from '../schemas/answers.ts';
import type { BusinessModelId, LevelId } from '../schemas/ids.ts';
import type { HeldLevel } from '../schemas/profile-effect.ts';
import { heldLevelTitle } from '../domain/wording.ts';
import { cached } from '../util/cached.ts';
import type { Translate } from '../text/translate.ts';
import { withholdMoney, type Withheld } from './withheld.ts';

/** Each competency's own business model and region (the ones saved with its answers), by slug. */
export type OwnContexts = Readonly<Record<string, AssessmentContext>>;

/** The verdicts a sender kept in place of the money figures they left out (withheld.ts), by slug. */
export type PortfolioWithheld = Readonly<Record<string, Withheld>>;

/** The answers of a competency with none: one object, so its assessment is found again (assessOnce). */
const NO_ANSWERS: Answers = Object.freeze({});

/** Each competency's last assessment and what it was made of (assessOnce). */
const lastAssessment = new WeakMap<
  CompetencyRules,
  {
    t: Translate;
    model: string;
    region: string;
    answers: Answers;
    withheld: Withheld | undefined;
    result: CompetencyAssessment;
  }
>();

/**
 * `assess`, kept for each competency until its context, answers or kept verdicts change: the portfolio
 * scores again only the competency a tick or a figure changed. Rules, answers and kept verdicts are never
 * changed in place (a change makes a new object), so the same answers object means the same answers.
 */
export function assessOnce(
  rules: CompetencyRules,
  context: AssessmentContext,
  answers: Answers,
  t: Translate,
  withheld?: Withheld,
): CompetencyAssessment {
  const last = lastAssessment.get(rules);
  if (
    last?.answers === answers &&
    last.withheld === withheld &&
    last.t === t &&
    last.model === context.businessModel &&
    last.region === context.region
  )
    return last.result;
  const result = assess(rules, context, answers, t, undefined, withheld);
  lastAssessment.set(rules, {
    t,
    model: context.businessModel,
    region: context.region,
    answers,
    withheld,
    result,
  });
  return result;
}

/**
 * Scores every competency, each for its own context where it has one (`own`) and else for the
 * portfolio's: chosen ones with their answers (and the verdicts a sender kept for money figures they left
 * out, `withheld`), the others with none, so the roll-up can still name them as candidates for the next
 * tier. A competency whose context and answers did not change since the last call keeps its assessment,
 * the same object (assessOnce).
 */
export function portfolioAssessments(
  list: readonly CompetencyRules[],
  context: AssessmentContext,
  chosen: ReadonlySet<string>,
  answers: Readonly<Record<string, Answers>>,
  t: Translate,
  own: OwnContexts = {},
  withheld: PortfolioWithheld = {},
): CompetencyAssessment[] {
  return list.map((rules) => {
    const counted = chosen.has(rules.slug) || !isSolutionArea(rules);
    return assessOnce(
      rules,
      own[rules.slug] ?? context,
      counted ? (answers[rules.slug] ?? NO_ANSWERS) : NO_ANSWERS,
      t,
      counted ? withheld[rules.slug] : undefined,
    );
  });
}

/**
 * The portfolio's answers as a link or file carries them without money figures (withheld.ts): each
 * competency's answers without them, and the verdicts kept for them as the portfolio scores those answers
 * (each for its own context, else `context`); a competency with no money figure answered has no kept verdicts.
 */
export function withholdPortfolioMoney(
  list: readonly CompetencyRules[],
  context: AssessmentContext,
  answers: Readonly<Record<string, Answers>>,
  t: Translate,
  own: OwnContexts = {},
): { answers: Record<string, Answers>; withheld: Record<string, Withheld> } {
  const out = { answers: {} as Record<string, Answers>, withheld: {} as Record<string, Withheld> };
  for (const [slug, given] of Object.entries(answers)) {
    const rules = list.find((r) => r.slug === slug);
    if (rules === undefined) continue;
    const kept = withholdMoney(rules, assessOnce(rules, own[slug] ?? context, given, t), given);
    out.answers[slug] = kept.answers;
    if (Object.keys(kept.withheld).length > 0) out.withheld[slug] = kept.withheld;
  }
  return out;
}

/** What an assessment holds: its level, none yet, or nothing because it is not offered. */
export function heldLevel(assessment: CompetencyAssessment): HeldLevel {
  if (assessment.status !== 'assessed') return 'not-offered';
  return assessment.achieved ?? 'none';
}

/** "Principal", "Expert", "No level yet" or "Not offered" for a competency's assessment. */
export function levelHeld(assessment: CompetencyAssessment, t: Translate): string {
  return heldLevelTitle(heldLevel(assessment), t);
}

/**
 * A competency's state in a few words, e.g. "Principal met; Expert: 3 of 5 met, 60% ready", or why it is not
 * offered; an interim designation's is its verdict (designationVerdict), e.g. "Every requirement met".
 */
function stateOf(a: CompetencyAssessment, t: Translate): string {
  if (a.status !== 'assessed') return a.message;
  if (isInterimDesignation(a)) {
    const verdict = designationVerdict(a, t);
    return verdict.held
      ? verdict.headline
      : t('portfolio.state.designation', { headline: verdict.headline, progress: verdict.progress ?? '' });
  }
  const held = a.achieved === null ? levelHeld(a, t) : t('portfolio.state.met', { level: levelHeld(a, t) });
  const next = a.next && a.levels.find((l) => l.level === a.next?.level);
  return next ? t('portfolio.state.next', { held, level: next.title, progress: next.summary }) : held;
}

/**
 * A level's state as one of the four requirement states: met when every requirement is, not answered when
 * none is answered, partly met while any credit counts toward it, else not met.
 */
export function levelState(level: LevelResult): RequirementStatus {
  if (level.met) return 'met';
  const total = Object.values(level.counts).reduce((sum, n) => sum + n, 0);
  if (level.counts.unanswered === total) return 'unanswered';
  return level.readiness > 0 ? 'partial' : 'unmet';
}

/** Each assessment's entry, for the entry to stay the same object while its competency does not change. */
const entryCache = new WeakMap<CompetencyAssessment, { own: boolean; entry: PortfolioEntry }>();

/** A competency's entry in the view, kept while its assessment and whether its context is its own stay. */
function entryOf(a: CompetencyAssessment, ownContext: boolean, t: Translate): PortfolioEntry {
  const last = entryCache.get(a);
  if (last?.own === ownContext) return last.entry;
  const entry: PortfolioEntry = {
    levels:
      a.status === 'assessed'
        ? a.levels.map((l) => ({
            level: l.level,
            state: levelState(l),
            readiness: l.readiness,
            percent: l.percent,
            summary: l.summary,
          }))
        : [],
    offered: a.status === 'assessed',
    illustrative: a.status !== 'assessed' && a.illustrative,
    state: stateOf(a, t),
    achieved: a.status === 'assessed' ? a.achieved : null,
    context: { businessModel: a.context.businessModel, region: a.context.region },
    ownContext,
  };
  entryCache.set(a, { own: ownContext, entry });
  return entry;
}

/** Each competency's answer fields by business model, worked out once (rules are never changed in place). */
const fieldsCache = new WeakMap<CompetencyRules, Map<string, AnswerField[]>>();
const fieldsOf = (rules: CompetencyRules, model: BusinessModelId, t: Translate): AnswerField[] =>
  cached(
    cached(fieldsCache, rules, () => new Map<string, AnswerField[]>()),
    `${t.lang}/${model}`,
    () => answerFields(rules, model, t),
  );

/** One competency as the portfolio shows it. */
export interface PortfolioEntry {
  /**
   * Each level it is offered at, lowest first, with its state, readiness (0..1), whole percent and progress
   * in words ("4 of 6 met, 79% ready"); [] when not offered.
   */
  levels: { level: LevelId; state: RequirementStatus; readiness: number; percent: number; summary: string }[];
  /** False when it is not offered for the business model and region (or is retired). */
  offered: boolean;
  /** True when it is not offered for a reason that rests on an example, so the note is marked. */
  illustrative: boolean;
  /** Its state in a few words, e.g. "Principal met; Expert: 3 of 5 met, 60% ready", or why it is not offered. */
  state: string;
  /** The level achieved; null when none is, or when it is not offered. */
  achieved: LevelId | null;
  /** The business model and region it is scored for. */
  context: AssessmentContext;
  /** True when that is its own context, saved with its answers, rather than the portfolio's. */
  ownContext: boolean;
}

/** What the portfolio island shows for one context, choice and set of answers: plain JSON. */
export interface PortfolioView {
  /** The business model and region scored. */
  context: AssessmentContext;
  /**
   * Every competency of the list, the interim designation included, by slug; an entry is the same object
   * from one view to the next while its competency's context and answers stay the same.
   */
  entries: Record<string, PortfolioEntry>;
  /** The title of the tier the levels imply, or null when they imply none. */
  tier: string | null;
  /** True when the tiers' names or counts are examples, so the tier implied (or none) is marked. */
  tierIllustrative: boolean;
  /** Competencies held at Principal or above, and at Expert. */
  counts: { principal: number; expert: number };
  /** Slugs held at Principal or above, and at Expert. */
  held: { principal: string[]; expert: string[] };
  /**
   * The next tier, or null at the top tier: its title, what it needs in one sentence, and the closest
   * competencies for it. With nothing chosen every competency is 0% ready, so naming the closest would only
   * be alphabetical: the sentence leaves them out and the list is empty.
   */
  next: {
    title: string;
    text: string;
    /** True when the tier's name or counts, and so the sentence, are example values. */
    illustrative: boolean;
    candidates: { slug: string; title: string; level: LevelId; readiness: number; progress: string }[];
  } | null;
  /** The interim designation's one verdict (designationVerdict), reported apart from the tiers; null without one. */
  designation: DesignationVerdict | null;
  /**
   * The competencies whose answers are shown, in order: the chosen solution areas, then the interim
   * designation on its own business model; each with its answer fields ([] when not offered), the same
   * list for the same competency and business model.
   */
  forms: { slug: string; fields: AnswerField[] }[];
}

/**
 * The portfolio view for a context, the competencies chosen, every competency's answers, the contexts
 * competencies keep of their own (each is scored for its own where it has one) and the verdicts a sender
 * kept for money figures they left out.
 */
export function portfolioView(
  list: readonly CompetencyRules[],
  context: AssessmentContext,
  chosen: ReadonlySet<string>,
  answers: Readonly<Record<string, Answers>>,
  tiers: readonly RollUpTier[],
  t: Translate,
  own: OwnContexts = {},
  withheld: PortfolioWithheld = {},
): PortfolioView {
  const assessments = portfolioAssessments(list, context, chosen, answers, t, own, withheld);
  // The tier the levels imply and the fewest steps to the next one.
  const result = rollUp(assessments, tiers, t);
  const bySlug: Record<string, PortfolioEntry> = {};
  for (const a of assessments) bySlug[a.slug] = entryOf(a, own[a.slug] !== undefined, t);
  const closest = chosen.size > 0;
  const next = result.next;
  const se = result.designations[0];
  const designation = interimDesignationOf(list);
  const seRules = context.businessModel === designationModel(designation) ? designation : undefined;
  const shown = [
    ...list.filter((c) => isOpenSolutionArea(c) && chosen.has(c.slug)),
    ...(seRules ? [seRules] : []),
  ];
  return {
    context: { businessModel: context.businessModel, region: context.region },
    entries: bySlug,
    tier: result.tier?.title ?? null,
    tierIllustrative: tiers.some((t) => tierTitleIllustrative(t) || tierNeedsIllustrative(t)),
    counts: result.counts,
    held: result.held,
    next: next && {
      title: next.tier.title,
      text: describeNextTier(next, t, { closest }),
      illustrative: [tierNeedsIllustrative, tierTitleIllustrative].some((f) =>
        f(tiers.find((t) => t.id === next.tier.id) ?? {}),
      ),
      candidates: closest
        ? next.candidates.map((c) => ({
            slug: c.slug,
            title: c.title,
            level: c.level,
            readiness: c.readiness,
            progress: c.progress,
          }))
        : [],
    },
    designation: se ?? null,
    forms: shown.map((c) => ({
      slug: c.slug,
      fields: bySlug[c.slug]?.offered ? fieldsOf(c, (own[c.slug] ?? context).businessModel, t) : [],
    })),
  };
}
