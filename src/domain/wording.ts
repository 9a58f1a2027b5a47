/** The plain words of the assessment: answers, gaps and reasons, as the widget and exports show them. */
import { describeShortfall } from './kinds.ts';
import type { BusinessModelId, LevelId } from '../schemas/ids.ts';
import type { Requirement } from '../schemas/requirement.ts';
import type { RequirementStatus } from '../engine/types.ts';

/** "principal" -> "Principal": level and business model ids read as their titles. */
export function titleOf(id: LevelId | BusinessModelId): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
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

/** The rule a requirement states, e.g. "Customer references at Expert for Integrate (carried up from Principal)". */
export function describeRule(label: string, level: LevelId, from: LevelId, model: BusinessModelId): string {
  const carried = from === level ? '' : ` (carried up from ${titleOf(from)})`;
  return `${label} at ${titleOf(level)} for ${titleOf(model)}${carried}`;
}
