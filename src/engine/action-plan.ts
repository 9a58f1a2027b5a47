/**
 * The action plan: what is still missing for the next level, with the evidence each item needs. The CSV
 * export and the printed report both come from these rows. A CSV cell cannot carry a mark, so the last
 * column, "Illustrative", names the columns of the row that hold example values rather than published ones.
 */
import type { OfferedAssessment } from './types.ts';
import { describeVerdict, titleOf } from '../domain/wording.ts';
import { toCsv } from '../util/csv.ts';
import { appliedRequirements, type CompetencyRules } from '../domain/rules.ts';

/** One item of the plan. */
export interface ActionPlanRow {
  /** Level title, e.g. "Expert". */
  level: string;
  /** Requirement label. */
  requirement: string;
  /** The state in words, e.g. "partly met (60%)". */
  status: string;
  /** What is missing, e.g. "2 more customer references". */
  gap: string;
  /** What the partner must be able to show. */
  evidence: string;
  /** The guidance shown next to the field. */
  help: string;
  /** The columns of this row that hold example values, e.g. "gap, evidence, help"; "" when none do. */
  illustrative: string;
}

/** The column headings of the CSV, in order. */
export const ACTION_PLAN_HEADINGS = [
  'Level',
  'Requirement',
  'Status',
  'Gap',
  'Evidence',
  'Help',
  'Illustrative',
] as const;

/** The requirements of the next level that are not met yet, in content order; [] once the highest level is achieved. */
export function actionPlan(assessment: OfferedAssessment, rules: CompetencyRules): ActionPlanRow[] {
  const next = assessment.next;
  if (next === null) return [];
  const level = assessment.levels.find((l) => l.level === next.level);
  const help = new Map(
    appliedRequirements(rules, next.level, assessment.context.businessModel).map((r) => [r.id, r.help]),
  );
  return (level?.requirements ?? [])
    .filter((r) => r.status !== 'met')
    .map((r) => ({
      level: titleOf(next.level),
      requirement: r.label,
      status: describeVerdict(r.status, r.progress),
      gap: r.gap ?? '',
      evidence: r.evidence,
      help: help.get(r.id) ?? '',
      illustrative: [
        ...(r.illustrative ? ['gap'] : []),
        ...(r.evidenceIllustrative ? ['evidence', 'help'] : []),
      ].join(', '),
    }));
}

/** The plan as a CSV document with a heading row. */
export function actionPlanCsv(rows: readonly ActionPlanRow[]): string {
  return toCsv([
    [...ACTION_PLAN_HEADINGS],
    ...rows.map((r) => [r.level, r.requirement, r.status, r.gap, r.evidence, r.help, r.illustrative]),
  ]);
}
