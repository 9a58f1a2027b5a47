/**
 * Interim designations such as Services Expert: a partner holding the designation's own requirements
 * (e.g. Master Specialist status) who meets every Expert requirement of an area on the designation's
 * business model, except the waived kinds (e.g. revenue), qualifies for the designation in that area.
 */
import type { CompetencyRules } from '../domain/rules.ts';
import { assess } from './assess.ts';
import type { Answers, CompetencyAssessment, RequirementResult } from './types.ts';
import { titleOf } from '../domain/wording.ts';

/** How the check came out. */
export type EligibilityOutcome = 'eligible' | 'already-expert' | 'missing-requirements' | 'not-applicable';

/** Whether a partner qualifies for an interim designation in one area, and why or why not. */
export interface DesignationEligibility {
  /** The designation's slug, e.g. "services-expert". */
  designation: string;
  /** The designation's title, e.g. "Services Expert". */
  designationTitle: string;
  /** The area's slug, e.g. "archiving". */
  area: string;
  /** The area's title, e.g. "Archiving". */
  areaTitle: string;
  /** True when the partner qualifies for the designation in this area. */
  eligible: boolean;
  /** eligible; already-expert (the area's Expert level is met, which ranks above); missing-requirements; not-applicable. */
  outcome: EligibilityOutcome;
  /** The designation's own requirements, e.g. Master Specialist status, scored. */
  own: RequirementResult[];
  /** The area's Expert requirements that still apply, scored. */
  required: RequirementResult[];
  /** The area's Expert requirements the designation waives, scored for information. */
  waived: RequirementResult[];
  /** The reasons, one sentence each: what is missing, or what makes it apply. */
  reasons: string[];
  /** One sentence for the partner. */
  summary: string;
}

/**
 * Decides eligibility from an area's assessment and the designation's own assessment (both plain results),
 * which is what the portfolio roll-up has at hand.
 */
export function eligibilityFromAssessments(
  area: CompetencyAssessment,
  designation: CompetencyAssessment,
): DesignationEligibility {
  const result = (
    outcome: EligibilityOutcome,
    reasons: string[],
    parts: Pick<DesignationEligibility, 'own' | 'required' | 'waived'> = {
      own: [],
      required: [],
      waived: [],
    },
  ): DesignationEligibility => ({
    designation: designation.slug,
    designationTitle: designation.title,
    area: area.slug,
    areaTitle: area.title,
    eligible: outcome === 'eligible',
    outcome,
    ...parts,
    reasons,
    summary:
      outcome === 'eligible'
        ? `Qualifies for ${designation.title} in ${area.title}.`
        : outcome === 'already-expert'
          ? `Already meets Expert in ${area.title}; ${designation.title} is not needed there.`
          : `Does not qualify for ${designation.title} in ${area.title}: ${reasons.join(' ')}`,
  });

  if (designation.status !== 'assessed' || designation.designation === null) {
    const why =
      designation.status === 'not-offered'
        ? designation.message
        : `${designation.title} is not an interim designation.`;
    return result('not-applicable', [why]);
  }
  const terms = designation.designation;
  if (area.kind !== 'competency') {
    return result('not-applicable', [`${area.title} is not a solution-area competency.`]);
  }
  if (area.status !== 'assessed') return result('not-applicable', [area.message]);
  const model = titleOf(terms.businessModel);
  if (area.context.businessModel !== terms.businessModel) {
    return result('not-applicable', [
      `${designation.title} applies to the ${model} business model; this assessment is for ${titleOf(area.context.businessModel)}.`,
    ]);
  }
  const expert = area.levels.find((l) => l.level === 'expert');
  if (expert === undefined) {
    return result('not-applicable', [`${area.title} has no Expert level on the ${model} business model.`]);
  }

  const own = designation.levels.flatMap((l) => l.requirements);
  const waives: readonly string[] = terms.waives;
  const required = expert.requirements.filter((r) => !waives.includes(r.kind));
  const waived = expert.requirements.filter((r) => waives.includes(r.kind));
  const parts = { own, required, waived };
  if (expert.met)
    return result('already-expert', [`Every Expert requirement of ${area.title} is met.`], parts);

  const missing = [...own, ...required].filter((r) => r.status !== 'met');
  if (missing.length > 0) {
    return result(
      'missing-requirements',
      missing.map((r) => `${r.label}: ${r.gap}.`),
      parts,
    );
  }
  return result(
    'eligible',
    [
      ...own.map((r) => `${r.label}: ${r.reason.answer}.`),
      `Every Expert requirement of ${area.title} on the ${model} model is met except ${waived.map((r) => r.label).join(', ')}, which ${designation.title} waives.`,
    ],
    parts,
  );
}

/**
 * Whether a partner qualifies for an interim designation (e.g. Services Expert) in the area assessed.
 * `designationAnswers` are keyed by the designation's own requirement ids (e.g. master-specialist).
 */
export function servicesExpertEligibility(
  area: CompetencyAssessment,
  designation: CompetencyRules,
  designationAnswers: Answers,
): DesignationEligibility {
  // Scored on the designation's own business model, so a Resell area gets the clearer "applies to Integrate".
  const context = {
    businessModel: designation.designation?.businessModel ?? area.context.businessModel,
    region: area.context.region,
  };
  return eligibilityFromAssessments(area, assess(designation, context, designationAnswers));
}
