/** The plain words of the assessment: answers, gaps and reasons, as the widget and exports show them. */
import { describeShortfall } from './kinds.ts';
import type { BusinessModelId, LevelId } from '../schemas/ids.ts';
import type { Requirement } from '../schemas/requirement.ts';
import type { RequirementStatus } from './requirement-status.ts';
import { ID_LABELS, titleIn, type MatrixLabels } from './labels.ts';

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

/** The verdict in words, e.g. "partly met (67%)". */
export function describeVerdict(status: RequirementStatus, progress: number): string {
  switch (status) {
    case 'met':
      return 'met';
    case 'partial':
      return `partly met (${Math.floor(progress * 100)}%)`;
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
