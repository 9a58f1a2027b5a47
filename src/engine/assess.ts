/** Scores one competency for a business model and region: every level, the level achieved and the next step. */
import {
  appliedRequirements,
  offeredLevels,
  type AppliedRequirement,
  type CompetencyRules,
} from '../domain/rules.ts';
import type { BusinessModelId, LevelId } from '../schemas/ids.ts';
import { cached } from '../util/cached.ts';
import { byId, rulesHash } from './hash.ts';
import { scoreRequirement } from './score.ts';
import type {
  AssessmentBase,
  AssessmentContext,
  Answers,
  CompetencyAssessment,
  LevelResult,
  MissingRequirement,
  NextStep,
  NotOfferedReason,
  OfferedCombination,
  RequirementResult,
} from './types.ts';
import { availability, reasonIllustrative, reasonSentence } from '../domain/availability.ts';
import { ID_LABELS, titleIn, type ExplorerLabels } from '../domain/labels.ts';

/** Every business model x region combination the competency is offered in; none once it is retired. */
export function offeredCombinations(rules: CompetencyRules): OfferedCombination[] {
  if (rules.status === 'retired') return [];
  return rules.businessModels
    .filter((model) => offeredLevels(rules, model).length > 0)
    .flatMap((businessModel) => rules.regions.map((r) => ({ businessModel, region: r.id })));
}

/**
 * Why the competency is not offered in this context, or null when it is: the reason code and the sentence
 * the widget shows. `labels` name the business models and regions (content titles; ids when omitted).
 */
export function unavailability(
  rules: CompetencyRules,
  context: AssessmentContext,
  labels: ExplorerLabels = ID_LABELS,
): { reason: NotOfferedReason; message: string; illustrative: boolean } | null {
  const why = availability(rules, { model: context.businessModel, region: context.region });
  // Without a level in the query only these three can come back; the guard keeps the type honest.
  if (why === null || (why.code !== 'retired' && why.code !== 'business-model' && why.code !== 'region'))
    return null;
  return {
    reason: why.code,
    message: reasonSentence(why, rules.title, labels),
    illustrative: reasonIllustrative(rules, why),
  };
}

/**
 * Weighted readiness of a level, 0..1. Terms are summed in id order so that the order requirements are
 * listed in never changes the result, not even in the last bit of a float.
 */
function readinessOf(results: readonly RequirementResult[]): number {
  if (results.length === 0) return 1;
  let earned = 0;
  let total = 0;
  for (const r of [...results].sort(byId)) {
    earned += r.weight * r.progress;
    total += r.weight;
  }
  return Math.min(1, Math.max(0, earned / total));
}

// Rules are treated as immutable data: the applied lists are worked out once per rules object.
const appliedCache = new WeakMap<CompetencyRules, Map<string, AppliedRequirement[]>>();

function applied(rules: CompetencyRules, level: LevelId, model: BusinessModelId): AppliedRequirement[] {
  const byKey = cached(appliedCache, rules, () => new Map<string, AppliedRequirement[]>());
  return cached(byKey, `${level}/${model}`, () => appliedRequirements(rules, level, model));
}

/** Scores one level of a competency on a business model. */
export function assessLevel(
  rules: CompetencyRules,
  level: LevelId,
  model: BusinessModelId,
  answers: Answers,
): LevelResult {
  const requirements = applied(rules, level, model).map((req) =>
    scoreRequirement(req, level, model, answers[req.id], rules.file),
  );
  const counts = { met: 0, partial: 0, unmet: 0, unanswered: 0 };
  for (const r of requirements) counts[r.status] += 1;
  return {
    level,
    met: counts.met === requirements.length,
    readiness: readinessOf(requirements),
    counts,
    requirements,
  };
}

/** The next level above the achieved one and what it still lacks. */
function nextStep(
  levels: readonly LevelResult[],
  achieved: LevelId | null,
  labels: ExplorerLabels,
): NextStep | null {
  const above = achieved === null ? 0 : levels.findIndex((l) => l.level === achieved) + 1;
  const next = levels[above];
  if (next === undefined) return null;
  const missing: MissingRequirement[] = [];
  for (const r of next.requirements) {
    if (r.status !== 'met' && r.gap !== null)
      missing.push({ id: r.id, label: r.label, status: r.status, gap: r.gap, illustrative: r.illustrative });
  }
  return {
    level: next.level,
    readiness: next.readiness,
    missing,
    text: `For ${titleIn(labels.levels, next.level)}: ${missing.map((m) => m.gap).join('; ')}.`,
  };
}

/**
 * Assesses one competency. Returns a "not offered" result, listing what is offered, when the competency
 * is retired or not offered on the business model or in the region; otherwise every offered level scored.
 * `labels` are the content titles the sentences use (plain data, so islands can pass them; ids when omitted).
 */
export function assess(
  rules: CompetencyRules,
  context: AssessmentContext,
  answers: Answers,
  labels: ExplorerLabels = ID_LABELS,
): CompetencyAssessment {
  const base: AssessmentBase = {
    slug: rules.slug,
    title: rules.title,
    kind: rules.kind,
    file: rules.file,
    version: rules.version,
    rulesHash: rulesHash(rules),
    context: { businessModel: context.businessModel, region: context.region },
  };
  const unavailable = unavailability(rules, context, labels);
  if (unavailable)
    return { ...base, status: 'not-offered', ...unavailable, offered: offeredCombinations(rules) };

  const levels = offeredLevels(rules, context.businessModel).map((level) =>
    assessLevel(rules, level, context.businessModel, answers),
  );
  const achieved = levels.findLast((l) => l.met)?.level ?? null;
  return {
    ...base,
    status: 'assessed',
    levels,
    achieved,
    next: nextStep(levels, achieved, labels),
    designation: rules.designation
      ? {
          businessModel: rules.designation.businessModel,
          waives: [...rules.designation.waives],
          until: rules.designation.until,
        }
      : null,
  };
}
