/**
 * The portfolio assessment: several competencies scored for one business model and region, rolled up to a
 * tier. Answers live where each competency's own self-assessment keeps them (storage.ts, one envelope per
 * competency), so the portfolio page and the competency pages show the same answers. What only the
 * portfolio needs is which competencies the partner holds or targets:
 *
 *   key `competency-assessment:portfolio`, version 1: { v: 1, slugs: [<competency slug>, ...] }
 *
 * Share links and the JSON export of a portfolio are in portfolio-file.ts, loaded only when used.
 */
import { assess } from '../engine/assess.ts';
import { rollUp, type PortfolioRollUp, type RollUpTier } from '../engine/rollup.ts';
import type { AssessmentContext, CompetencyAssessment } from '../engine/types.ts';
import { isSolutionArea } from '../domain/designation.ts';
import type { CompetencyRules } from '../domain/rules.ts';
import type { StorageLike } from './storage-access.ts';
import type { Answers } from '../schemas/answers.ts';

/** The localStorage key of the portfolio's choice of competencies. */
export const PORTFOLIO_KEY = 'competency-assessment:portfolio';

/** The competencies chosen, in the order given; null when nothing valid is stored. Never throws. */
export function readPortfolioChoice(store: StorageLike, known: readonly string[]): string[] | null {
  try {
    const value: unknown = JSON.parse(store.getItem(PORTFOLIO_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null || !('v' in value) || value.v !== 1) return null;
    if (!('slugs' in value) || !Array.isArray(value.slugs)) return null;
    const slugs: unknown[] = value.slugs;
    return known.filter((slug) => slugs.includes(slug));
  } catch {
    return null;
  }
}

/** Saves the competencies chosen; false when the browser refuses. */
export function writePortfolioChoice(store: StorageLike, slugs: readonly string[]): boolean {
  try {
    store.setItem(PORTFOLIO_KEY, JSON.stringify({ v: 1, slugs }));
    return true;
  } catch {
    return false;
  }
}

/**
 * Scores every competency for the context: chosen ones with their answers, the others with none, so the
 * roll-up can still name them as candidates for the next tier.
 */
export function portfolioAssessments(
  list: readonly CompetencyRules[],
  context: AssessmentContext,
  chosen: ReadonlySet<string>,
  answers: Readonly<Record<string, Answers>>,
): CompetencyAssessment[] {
  return list.map((rules) =>
    assess(
      rules,
      context,
      chosen.has(rules.slug) || !isSolutionArea(rules) ? (answers[rules.slug] ?? {}) : {},
    ),
  );
}

/** The roll-up of a portfolio: the tier its levels imply and the fewest steps to the next one. */
export function portfolioRollUp(
  list: readonly CompetencyRules[],
  context: AssessmentContext,
  chosen: ReadonlySet<string>,
  answers: Readonly<Record<string, Answers>>,
  tiers: readonly RollUpTier[],
): { assessments: CompetencyAssessment[]; rollUp: PortfolioRollUp } {
  const assessments = portfolioAssessments(list, context, chosen, answers);
  return { assessments, rollUp: rollUp(assessments, tiers) };
}

/** "Principal", "Expert" or "No level yet" for a competency's assessment. */
export function levelHeld(assessment: CompetencyAssessment): string {
  if (assessment.status !== 'assessed') return 'Not offered';
  if (assessment.achieved === 'expert') return 'Expert';
  if (assessment.achieved === 'principal') return 'Principal';
  return 'No level yet';
}
