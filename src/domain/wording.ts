/** The plain words of the assessment: answers, gaps and reasons, as the widget and exports show them. */
import { formatMoney, formatNumber, formatPeriod, plural } from './format.ts';
import type { BusinessModelId, LevelId } from '../schemas/ids.ts';
import type { Requirement } from '../schemas/requirement.ts';
import type { AnswerValue } from '../schemas/answers.ts';
import type { RequirementStatus } from './requirement-status.ts';

/** "principal" -> "Principal": level and business model ids read as their titles. */
export function titleOf(id: LevelId | BusinessModelId): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

/** Rounds a shortfall up to two decimals so a tiny gap never reads as "0 more". */
function shortfall(missing: number): number {
  // Rounding to 1e-6 first removes float noise such as 0.30000000000000004 before rounding up.
  return Math.ceil(Math.round(missing * 1e6) / 1e4) / 100;
}

/** An answer in words, e.g. "USD 160,000", "2 people passed", "done", "not answered". */
export function describeAnswer(req: Requirement, answer: AnswerValue | null): string {
  if (answer === null) return 'not answered';
  if (typeof answer === 'boolean') {
    if (req.kind === 'status') return answer ? 'held' : 'not held';
    return answer ? 'done' : 'not done';
  }
  switch (req.kind) {
    case 'exam':
      return plural(answer, 'person passed', 'people passed');
    case 'revenue':
      return formatMoney(answer, req.currency);
    case 'growth':
      return `${formatNumber(answer)}%`;
    case 'references':
      return plural(answer, 'customer reference', 'customer references');
    case 'satisfaction':
      return `${formatNumber(answer)} on the ${formatNumber(req.scale.min)}–${formatNumber(req.scale.max)} scale`;
    default:
      return formatNumber(answer);
  }
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
  switch (req.kind) {
    case 'training':
      return `Complete ${req.courses.join(' and ')}`;
    case 'status':
      return `Hold ${req.status} status`;
    case 'exam':
      return `${plural(Math.ceil(missing), 'more person', 'more people')} to pass ${req.exam}`;
    case 'references':
      return plural(Math.ceil(missing), 'more customer reference', 'more customer references');
    case 'revenue':
      return `${formatMoney(shortfall(missing), req.currency)} more revenue in ${formatPeriod(req.periodMonths)}`;
    case 'growth':
      return `${plural(shortfall(missing), 'percentage point', 'percentage points')} more growth`;
    case 'satisfaction':
      return `${plural(shortfall(missing), 'more point', 'more points')} of customer satisfaction`;
  }
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
