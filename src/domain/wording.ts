/** The plain words of the assessment: answers, gaps and reasons, as the widget and exports show them. */
import { describeShortfall } from './kinds.ts';
import type { BusinessModelId, LevelId } from '../schemas/ids.ts';
import type { HeldLevel } from '../schemas/profile-effect.ts';
import type { Requirement } from '../schemas/requirement.ts';
import type { RequirementStatus } from './requirement-status.ts';
import { ID_LABELS, titleIn, type MatrixLabels } from './labels.ts';
import { wholePercent } from './format.ts';
import type { TextKey, Translate } from '../text/translate.ts';

/** What a partner holds in a competency, in words: "Expert", "Principal", "No level yet" or "Not offered". */
export function heldLevelTitle(held: HeldLevel, t: Translate, labels: MatrixLabels = ID_LABELS): string {
  if (held === 'not-offered') return t('matrix.notOffered');
  return held === 'none' ? t('verdict.noLevel') : titleOf(held, labels);
}

/** A level or business model's title from `labels` (content titles), e.g. "Principal"; from the id when omitted. */
export function titleOf(id: LevelId | BusinessModelId, labels: MatrixLabels = ID_LABELS): string {
  return titleIn([...labels.levels, ...labels.models], id);
}

/**
 * What is missing, in plain words, for a requirement that is not met, e.g. "1 more customer reference".
 * `missing` is the threshold minus the answer, for numeric kinds answered with a number.
 */
export function describeGap(
  req: Requirement,
  status: RequirementStatus,
  missing: number,
  threshold: string,
  t: Translate,
): string {
  if (status === 'unanswered') return t('verdict.gap.unanswered', { threshold });
  return describeShortfall(req, missing, t);
}

/** The verdict in words, e.g. "partly met (67%)"; `progress` is the share of the threshold reached, 0..1. */
export function describeVerdict(status: RequirementStatus, progress: number, t: Translate): string {
  switch (status) {
    case 'met':
      return t('state.met');
    case 'partial':
      return t('verdict.partial', { percent: t.percent(Math.min(99, wholePercent(progress))) });
    case 'unmet':
      return t('state.unmet');
    case 'unanswered':
      return t('verdict.unanswered');
  }
}

/**
 * The rule a requirement states, e.g. "Customer references at Expert for Integrate (carried up from Principal)",
 * with the titles from `labels` (from the ids when omitted).
 */
export function describeRule(
  label: string,
  level: LevelId,
  from: LevelId,
  model: BusinessModelId,
  t: Translate,
  labels: MatrixLabels = ID_LABELS,
): string {
  const said = { label, level: titleIn(labels.levels, level), model: titleIn(labels.models, model) };
  return from === level
    ? t('verdict.rule', said)
    : t('verdict.rule.carried', { ...said, from: titleIn(labels.levels, from) });
}

/**
 * The program's overview, in the site's words: the keys of the sentences several pages state, each kept once
 * in the dictionary so none drifts from the source (its "typically", "may" and "will have the ability to"
 * stay, in every language). A page shows one with `t(OVERVIEW.tiers)`.
 */
export const OVERVIEW = {
  /** The overview's own next step for partners: the only place the site names for the program's information. */
  findOutMore: 'overview.findOutMore',
  /** What the overview says about tiers; it names none and gives no rule. */
  tiers: 'overview.tiers',
  /** What the overview says about business models and requirements. */
  businessModels: 'overview.businessModels',
  /** What the overview says about regions. */
  regions: 'overview.regions',
  /** The levels, as the overview states them. */
  levels: 'overview.levels',
} as const satisfies Readonly<Record<string, TextKey>>;

/**
 * What the overview says about an interim designation (Services Expert), in `t`'s language: `model` is the
 * title of its business model, `waives` the requirements it does not ask for, in words, and `until` its end
 * from the designation's content.
 */
export function designationFact(
  t: Translate,
  model: string,
  waives: readonly string[],
  until: string,
): string {
  return t('overview.designation', { model, waives: waives.join(t('overview.designation.or')), until });
}
