/**
 * Interim designations such as Services Expert: a partner holding the designation's own requirements
 * (e.g. Master Specialist status) who meets every Expert requirement of an area on the designation's
 * business model, except the waived kinds (e.g. revenue), qualifies for the designation in that area.
 */
import { reasonSentence } from '../domain/availability.ts';
import { designationModel, isSolutionArea } from '../domain/designation.ts';
import { ID_LABELS, titleIn, type ExplorerLabels } from '../domain/labels.ts';
import type { CompetencyRules } from '../domain/rules.ts';
import { assess } from './assess.ts';
import type { Answers, CompetencyAssessment, MissingRequirement, RequirementResult } from './types.ts';

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
  /** For missing-requirements, what is missing, with marks for gaps measured against example thresholds. */
  missing: MissingRequirement[];
  /** One sentence for the partner. */
  summary: string;
}

/**
 * Decides eligibility from an area's assessment and the designation's own assessment (both plain results),
 * which is what the portfolio roll-up has at hand. `labels` are the content titles the reasons use.
 */
export function eligibilityFromAssessments(
  area: CompetencyAssessment,
  designation: CompetencyAssessment,
  labels: ExplorerLabels = ID_LABELS,
): DesignationEligibility {
  const expertTitle = titleIn(labels.levels, 'expert');
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
    missing: [...parts.own, ...parts.required].flatMap((r): MissingRequirement[] =>
      r.status === 'met'
        ? []
        : [{ id: r.id, label: r.label, status: r.status, gap: r.gap ?? '', illustrative: r.illustrative }],
    ),
    summary:
      outcome === 'eligible'
        ? `Qualifies for ${designation.title} in ${area.title}.`
        : outcome === 'already-expert'
          ? `Already meets ${expertTitle} in ${area.title}; ${designation.title} is not needed there.`
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
  if (!isSolutionArea(area)) {
    return result('not-applicable', [reasonSentence({ code: 'not-solution-area' }, area.title, labels)]);
  }
  if (area.status !== 'assessed') return result('not-applicable', [area.message]);
  const on = terms.businessModel;
  if (area.context.businessModel !== on) {
    const why = {
      code: 'designation-model',
      designationModel: on,
      model: area.context.businessModel,
    } as const;
    return result('not-applicable', [reasonSentence(why, designation.title, labels)]);
  }
  const expert = area.levels.find((l) => l.level === 'expert');
  if (expert === undefined) {
    const why = { code: 'level', level: 'expert', model: on } as const;
    return result('not-applicable', [reasonSentence(why, area.title, labels)]);
  }

  const own = designation.levels.flatMap((l) => l.requirements);
  const waives: readonly string[] = terms.waives;
  const required = expert.requirements.filter((r) => !waives.includes(r.kind));
  const waived = expert.requirements.filter((r) => waives.includes(r.kind));
  const parts = { own, required, waived };
  if (expert.met)
    return result('already-expert', [`Every ${expertTitle} requirement of ${area.title} is met.`], parts);

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
      `Every ${expertTitle} requirement of ${area.title} on the ${titleIn(labels.models, on)} model is met except ${waived.map((r) => r.label).join(', ')}, which ${designation.title} waives.`,
    ],
    parts,
  );
}

/**
 * Whether a partner qualifies for an interim designation (e.g. Services Expert) in the area assessed.
 * `designationAnswers` are keyed by the designation's own requirement ids (e.g. master-specialist); `labels`
 * are the content titles the reasons use (from the ids when omitted).
 */
export function servicesExpertEligibility(
  area: CompetencyAssessment,
  designation: CompetencyRules,
  designationAnswers: Answers,
  labels: ExplorerLabels = ID_LABELS,
): DesignationEligibility {
  // Scored on the designation's own business model, so a Resell area gets the clearer "applies to Integrate".
  const context = {
    businessModel: designationModel(designation) ?? area.context.businessModel,
    region: area.context.region,
  };
  return eligibilityFromAssessments(area, assess(designation, context, designationAnswers, labels), labels);
}
