/** Scores one competency for a business model and region: every level, the level achieved and the next step. */
import {
  appliedRequirements,
  offeredLevels,
  type AppliedRequirement,
  type CompetencyRules,
} from '../domain/rules.ts';
import type { BusinessModelId, LevelId } from '../schemas/ids.ts';
import { cached } from '../util/cached.ts';
import { rulesHash } from './hash.ts';
import { describeProgress, readinessOf } from './readiness.ts';
import { scoreRequirement } from './score.ts';
import { withheldAt, type Withheld } from './withheld.ts';
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
} from './types.ts';
import { availability, reasonIllustrative, reasonSentence } from '../domain/availability.ts';
import { ID_LABELS, titleIn, type ExplorerLabels } from '../domain/labels.ts';
import { DESIGNATION_OUTCOME_WORDS, isInterimDesignation } from '../domain/designation.ts';
import type { Translate } from '../text/translate.ts';

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
  t: Translate,
  labels: ExplorerLabels = ID_LABELS,
): { reason: NotOfferedReason; message: string; illustrative: boolean } | null {
  const why = availability(rules, { model: context.businessModel, region: context.region });
  // Without a level in the query only these three can come back; the guard keeps the type honest.
  if (why === null || (why.code !== 'retired' && why.code !== 'business-model' && why.code !== 'region'))
    return null;
  return {
    reason: why.code,
    message: reasonSentence(why, rules.title, labels, t),
    illustrative: reasonIllustrative(rules, why),
  };
}

// Rules are treated as immutable data: the applied lists are worked out once per rules object.
const appliedCache = new WeakMap<CompetencyRules, Map<string, AppliedRequirement[]>>();

function applied(rules: CompetencyRules, level: LevelId, model: BusinessModelId): AppliedRequirement[] {
  const byKey = cached(appliedCache, rules, () => new Map<string, AppliedRequirement[]>());
  return cached(byKey, `${level}/${model}`, () => appliedRequirements(rules, level, model));
}

/**
 * Scores one level of a competency on a business model, in the words of `t`; `title` names the level in the
 * result (its content title; an interim designation's own title).
 */
export function assessLevel(
  rules: CompetencyRules,
  level: LevelId,
  model: BusinessModelId,
  answers: Answers,
  t: Translate,
  title: string = titleIn(ID_LABELS.levels, level),
  withheld?: Withheld,
): LevelResult {
  const requirements = applied(rules, level, model).map((req) =>
    scoreRequirement(req, level, model, answers[req.id], rules.file, t, withheldAt(withheld, req.id, level)),
  );
  const counts = { met: 0, partial: 0, unmet: 0, unanswered: 0 };
  for (const r of requirements) counts[r.status] += 1;
  const { readiness, percent } = readinessOf(requirements);
  return {
    level,
    title,
    met: counts.met === requirements.length,
    readiness,
    percent,
    summary: describeProgress({ counts, requirements, percent }, t),
    counts,
    requirements,
  };
}

/** The next level above the achieved one and what it still lacks. */
function nextStep(levels: readonly LevelResult[], achieved: LevelId | null, t: Translate): NextStep | null {
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
    title: next.title,
    readiness: next.readiness,
    missing,
    text: t('verdict.next', { level: next.title, gaps: missing.map((m) => m.gap).join(t('list.clauses')) }),
  };
}

/**
 * Assesses one competency. Returns a "not offered" result, listing what is offered, when the competency
 * is retired or not offered on the business model or in the region; otherwise every offered level scored.
 * `t` gives the words of the result in the page's language; `labels` are the content titles the sentences
 * use (plain data, so islands can pass them; ids when omitted). `withheld` holds the verdicts a sender kept
 * in place of money figures they left out (withheld.ts), scored where `answers` has no figure.
 */
export function assess(
  rules: CompetencyRules,
  context: AssessmentContext,
  answers: Answers,
  t: Translate,
  labels: ExplorerLabels = ID_LABELS,
  withheld?: Withheld,
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
  const unavailable = unavailability(rules, context, t, labels);
  if (unavailable)
    return { ...base, status: 'not-offered', ...unavailable, offered: offeredCombinations(rules) };

  // An interim designation is not a level of anything: its one level is named by its own title.
  const interim = isInterimDesignation(rules);
  const levels = offeredLevels(rules, context.businessModel).map((level) =>
    assessLevel(
      rules,
      level,
      context.businessModel,
      answers,
      t,
      interim ? rules.title : titleIn(labels.levels, level),
      withheld,
    ),
  );
  const achieved = levels.findLast((l) => l.met)?.level ?? null;
  return {
    ...base,
    status: 'assessed',
    levels,
    achieved,
    headline: interim
      ? {
          label: rules.title,
          value: t(DESIGNATION_OUTCOME_WORDS[levels.every((l) => l.met) ? 'met' : 'missing']),
        }
      : {
          label: t('verdict.achieved'),
          value: achieved ? titleIn(labels.levels, achieved) : t('verdict.none'),
        },
    next: nextStep(levels, achieved, t),
    designation: rules.designation
      ? {
          businessModel: rules.designation.businessModel,
          waives: [...rules.designation.waives],
          until: rules.designation.until,
        }
      : null,
  };
}
