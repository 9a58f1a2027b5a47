/**
 * The one verdict of an interim designation such as Services Expert, which its own page, the check on every
 * area page and the portfolio all show.
 *
 * The rule: the designation is checked against its own requirements (Master Specialist status and what its
 * content asks for Expert-level services), each listed once with its own threshold, on its own business
 * model. The program created it for partners who do not meet the revenue requirements of the Integrate
 * Expert level, so it asks no revenue figure; an area's own Expert requirements are that area's level, not
 * part of the designation, which is why the verdict is the same whichever area page asks.
 */
import {
  DESIGNATION_OUTCOME_WORDS,
  designationModel,
  type DesignationOutcome,
} from '../domain/designation.ts';
import type { CompetencyRules } from '../domain/rules.ts';
import { ID_LABELS, type ExplorerLabels } from '../domain/labels.ts';
import type { RegionId } from '../schemas/ids.ts';
import { assess } from './assess.ts';
import type { Translate } from '../text/translate.ts';
import type { Answers, CompetencyAssessment, MissingRequirement, RequirementResult } from './types.ts';

export type { DesignationOutcome };

/** The verdict of an interim designation for a partner's answers. */
export interface DesignationVerdict {
  /** The designation's slug, e.g. "services-expert". */
  designation: string;
  /** Its title, e.g. "Services Expert". */
  title: string;
  /** met: every requirement is met; missing: some are not yet; not-applicable: it cannot be checked here. */
  outcome: DesignationOutcome;
  /** True when every requirement is met. */
  held: boolean;
  /** The outcome in a few words (DESIGNATION_OUTCOME_WORDS), e.g. "Every requirement met". */
  headline: string;
  /** Its requirements, each once, scored; [] when it does not apply. */
  requirements: RequirementResult[];
  /** The requirements not met yet, in content order, with marks for gaps measured against example thresholds. */
  missing: MissingRequirement[];
  /** Progress in a few words, e.g. "3 of 4 met, 80% ready"; null when it does not apply. */
  progress: string | null;
  /** One sentence for the partner; the gaps themselves are in `missing`, with their marks. */
  summary: string;
  /** True when the summary rests on an example value (why it does not apply here), so it is marked. */
  illustrative: boolean;
}

const notApplicable = (
  of: Pick<CompetencyAssessment, 'slug' | 'title'>,
  t: Translate,
  summary: string,
  illustrative = false,
): DesignationVerdict => ({
  designation: of.slug,
  title: of.title,
  outcome: 'not-applicable',
  held: false,
  headline: t(DESIGNATION_OUTCOME_WORDS['not-applicable']),
  requirements: [],
  missing: [],
  progress: null,
  summary,
  illustrative,
});

const notInterim = (of: Pick<CompetencyAssessment, 'slug' | 'title'>, t: Translate) =>
  notApplicable(of, t, t('designation.notInterim', { title: of.title }));

/** The designation's verdict from its assessment, scored on its own business model (checkDesignation). */
export function designationVerdict(assessment: CompetencyAssessment, t: Translate): DesignationVerdict {
  const base = { designation: assessment.slug, title: assessment.title };
  if (assessment.status !== 'assessed')
    return notApplicable(assessment, t, assessment.message, assessment.illustrative);
  if (assessment.designation === null) return notInterim(assessment, t);

  // Its one level: the designation's own list, each requirement once.
  const level = assessment.levels.at(-1);
  const requirements = level?.requirements ?? [];
  const missing = requirements.flatMap((r): MissingRequirement[] =>
    r.status === 'met' || r.gap === null
      ? []
      : [{ id: r.id, label: r.label, status: r.status, gap: r.gap, illustrative: r.illustrative }],
  );
  const outcome: DesignationOutcome = missing.length === 0 ? 'met' : 'missing';
  return {
    ...base,
    outcome,
    held: outcome === 'met',
    headline: t(DESIGNATION_OUTCOME_WORDS[outcome]),
    requirements,
    missing,
    progress: level?.summary ?? null,
    illustrative: false,
    summary:
      outcome === 'met'
        ? t('designation.allMet', { title: assessment.title })
        : t('designation.notAllMet', { title: assessment.title, progress: level?.summary ?? '' }),
  };
}

/**
 * The designation scored on its own business model in a region, with its verdict: what an area page's check
 * shows. `labels` are the content titles the sentences use (from the ids when omitted).
 */
export function checkDesignation(
  designation: CompetencyRules,
  region: RegionId,
  answers: Answers,
  t: Translate,
  labels: ExplorerLabels = ID_LABELS,
): DesignationVerdict {
  const model = designationModel(designation);
  if (model === undefined) return notInterim(designation, t);
  return designationVerdict(assess(designation, { businessModel: model, region }, answers, t, labels), t);
}
