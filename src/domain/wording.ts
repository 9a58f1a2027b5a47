/** The plain words of the assessment: answers, gaps and reasons, as the widget and exports show them. */
import { describeShortfall } from './kinds.ts';
import type { BusinessModelId, LevelId } from '../schemas/ids.ts';
import type { HeldLevel } from '../schemas/profile-effect.ts';
import type { Requirement } from '../schemas/requirement.ts';
import type { RequirementStatus } from './requirement-status.ts';
import { ID_LABELS, titleIn, type MatrixLabels } from './labels.ts';
import { wholePercent } from './format.ts';

/** What a partner holds in a competency, in words: "Expert", "Principal", "No level yet" or "Not offered". */
export function heldLevelTitle(held: HeldLevel): string {
  if (held === 'not-offered') return 'Not offered';
  return held === 'none' ? 'No level yet' : titleOf(held);
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
): string {
  if (status === 'unanswered') return `Not answered yet; needed: ${threshold}`;
  return describeShortfall(req, missing);
}

/** The verdict in words, e.g. "partly met (67%)"; `progress` is the share of the threshold reached, 0..1. */
export function describeVerdict(status: RequirementStatus, progress: number): string {
  switch (status) {
    case 'met':
      return 'met';
    case 'partial':
      return `partly met (${Math.min(99, wholePercent(progress))}%)`;
    case 'unmet':
      return 'not met';
    case 'unanswered':
      return 'not answered yet';
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
  labels: MatrixLabels = ID_LABELS,
): string {
  const carried = from === level ? '' : ` (carried up from ${titleIn(labels.levels, from)})`;
  return `${label} at ${titleIn(labels.levels, level)} for ${titleIn(labels.models, model)}${carried}`;
}

/**
 * The program's overview, in the site's words: the sentences several pages state, each kept once here so
 * none drifts from the source (its "typically", "may" and "will have the ability to" stay).
 */
export const OVERVIEW = {
  /** The overview's own next step for partners: the only place the site names for the program's information. */
  findOutMore:
    'For the competencies available to you, the program’s overview points to one place: sign in to PartnerNet, the partner portal, and open the competency list on its Programs page.',
  /** What the overview says about tiers; it names none and gives no rule. */
  tiers:
    'The overview says that partners with elevated status in several competencies will have the ability to move up through the program’s tiers and earn more benefits. It names no tiers and gives no rule for them.',
  /** What the overview says about business models and requirements. */
  businessModels:
    'The overview says each business model may also be referred to in a competency’s accreditation requirements, so requirements can differ between them.',
  /** What the overview says about regions. */
  regions: 'The overview says the availability of each competency may vary by region; it names no regions.',
  /** The levels, as the overview states them. */
  levels:
    'The overview describes two levels of competency, Principal and Expert. Services Expert, its interim designation, recognises Expert-level services; this site shows it with an Expert level only.',
} as const;

/**
 * What the overview says about an interim designation (Services Expert), with the business model, the
 * requirements it does not ask for and its end from the designation's content.
 */
export function designationFact(model: string, waives: readonly string[], until: string): string {
  return `The overview ties it to the ${model} Expert level, whose ${waives.join(' or ')} requirements its holders do not meet; it does not say the designation replaces that level. It is an interim designation, in use until ${until}.`;
}
