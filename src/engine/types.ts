/**
 * Result types of the assessment engine. Everything here is plain, JSON-serialisable data: the widget,
 * the portfolio page, share links and exports render or store these objects as they are.
 */
import type { Answers, AnswerValue } from '../schemas/answers.ts';
import type { BusinessModelId, LevelId, RegionId } from '../schemas/ids.ts';
import type { RequirementKind } from '../schemas/requirement.ts';
import type { RequirementStatus } from '../domain/requirement-status.ts';

export type { Answers, AnswerValue };

/** Any value JSON can hold; used where a rule field of any kind is reported. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { [key: string]: JsonValue };

/** Who is being assessed: the business model they work on and the region they are in. */
export interface AssessmentContext {
  /** The partner's business model, e.g. "integrate". */
  businessModel: BusinessModelId;
  /** The partner's region code, e.g. "emea". */
  region: RegionId;
}

/** Why a requirement got its verdict, in parts and as one sentence. */
export interface RequirementReason {
  /** The rule: label, level, business model, and where it was carried from, e.g. "Customer references at Expert for Integrate". */
  rule: string;
  /** The threshold in words, e.g. "3 customer references". */
  threshold: string;
  /** The answer in words, e.g. "2 customer references" or "not answered". */
  answer: string;
  /** The content file the rule came from, e.g. "content/competencies/archiving.mdx". */
  file: string;
  /** The whole explanation as one sentence for a tooltip or an export. */
  text: string;
}

/** One applicable requirement of a level, scored against the answers. */
export interface RequirementResult {
  /** Requirement id, the key of its answer, e.g. "references". */
  id: string;
  /** Label shown to partners, e.g. "Customer references". */
  label: string;
  /** Requirement kind, e.g. "references". */
  kind: RequirementKind;
  /** The level being assessed. */
  level: LevelId;
  /** The level whose list declares the requirement (Principal for requirements Expert carries up). */
  from: LevelId;
  /** Met, partly met, not met or not answered. */
  status: RequirementStatus;
  /** Share of the threshold reached, 0..1: 1 when met, 0 when not met or not answered. */
  progress: number;
  /** What it counts toward the level's readiness, in whole percent (shareOf in readiness.ts). */
  share: number;
  /** The answer from which partial credit starts: the bottom of its scale, else 0. */
  creditFloor: number;
  /** The answer as given, or null when not answered. */
  answer: AnswerValue | null;
  /** The target: a number for numeric kinds, true for training done or status held. */
  threshold: number | true;
  /** Weight in the level's readiness. */
  weight: number;
  /** True when the threshold is an example value rather than a published one. */
  illustrative: boolean;
  /** True when the evidence rule is an example rather than a published one. */
  evidenceIllustrative: boolean;
  /** What the partner must be able to show. */
  evidence: string;
  /** What is missing in plain words, e.g. "1 more customer reference"; null when met. */
  gap: string | null;
  /** Why the verdict is what it is. */
  reason: RequirementReason;
  /**
   * Set when the verdict is the one a sender kept in place of a money figure they left out (withheld.ts):
   * the state in words marked as theirs, e.g. "Met, as the sender scored it", shown in place of the state's word.
   */
  withheld?: string;
}

/** One level of a competency, scored. */
export interface LevelResult {
  /** The level, e.g. "expert". */
  level: LevelId;
  /** The level's title in this result, e.g. "Expert"; an interim designation's own title for its one level. */
  title: string;
  /** True when every applied requirement is met. */
  met: boolean;
  /** Weighted average of the requirements' shares, 0..1 (readinessOf in readiness.ts). */
  readiness: number;
  /** Readiness in whole percent, rounded down; 100 only when every requirement is met. */
  percent: number;
  /** The level's progress in a few words, e.g. "4 of 6 met, 79% ready". */
  summary: string;
  /** How many requirements are in each state. */
  counts: Record<RequirementStatus, number>;
  /** The applied requirements (Expert includes carried-up Principal ones), in content order. */
  requirements: RequirementResult[];
}

/** One requirement still missing for the next level. */
export interface MissingRequirement {
  /** Requirement id. */
  id: string;
  /** Requirement label. */
  label: string;
  /** Its current state: partial, unmet or unanswered. */
  status: Exclude<RequirementStatus, 'met'>;
  /** What is missing in plain words. */
  gap: string;
  /** True when the gap is measured against an example threshold. */
  illustrative: boolean;
}

/** The next level to aim for and what it still needs. */
export interface NextStep {
  /** The next level above the achieved one. */
  level: LevelId;
  /** Its title, as the level's result names it. */
  title: string;
  /** Readiness toward it, 0..1. */
  readiness: number;
  /** Requirements not yet met, in content order. */
  missing: MissingRequirement[];
  /** One sentence, e.g. "For Expert: 1 more customer reference; USD 40,000 more revenue in the trailing 12 months." */
  text: string;
}

/** An interim designation's terms, copied from its rules. */
export interface DesignationTerms {
  /** The business model it is checked on. */
  businessModel: BusinessModelId;
  /** Requirement kinds of an area's Expert level it does not ask for. */
  waives: RequirementKind[];
  /** What ends the designation. */
  until: string;
}

/** A business model and region a competency is offered in. */
export interface OfferedCombination {
  /** Business model id. */
  businessModel: BusinessModelId;
  /** Region code. */
  region: RegionId;
}

/** Fields every assessment result carries, offered or not. */
export interface AssessmentBase {
  /** Competency slug, e.g. "archiving". */
  slug: string;
  /** Competency title, e.g. "Archiving". */
  title: string;
  /** A solution-area competency or an interim designation. */
  kind: 'competency' | 'interim-designation';
  /** Content file of the rules. */
  file: string;
  /** Rules version from the frontmatter, e.g. "1.0". */
  version: string;
  /** Stable hash of the rules the result was computed from. */
  rulesHash: string;
  /** The business model and region assessed. */
  context: AssessmentContext;
}

/** A competency scored for a business model and region it is offered in. */
export interface OfferedAssessment extends AssessmentBase {
  /** Discriminant: the competency was scored. */
  status: 'assessed';
  /** The levels offered on the business model, lowest first. */
  levels: LevelResult[];
  /** The highest level met, or null. */
  achieved: LevelId | null;
  /**
   * The verdict in a label and a value: "Level achieved" and "Expert" (or "None") for a competency; the
   * designation's title and its outcome words (DESIGNATION_OUTCOME_WORDS) for an interim designation.
   */
  headline: { label: string; value: string };
  /** The next level and what it needs, or null when the highest level is achieved. */
  next: NextStep | null;
  /** The designation's terms for an interim designation, else null. */
  designation: DesignationTerms | null;
}

/** Why a competency could not be scored. */
export type NotOfferedReason = 'business-model' | 'region' | 'retired';

/** A competency that is not offered for the chosen business model or region. */
export interface NotOfferedAssessment extends AssessmentBase {
  /** Discriminant: the competency is not offered here. */
  status: 'not-offered';
  /** What rules it out: the business model, the region, or the competency being retired. */
  reason: NotOfferedReason;
  /** One sentence for the partner. */
  message: string;
  /** True when the reason rests on an example (where or on which model the competency is offered). */
  illustrative: boolean;
  /** Every business model x region combination that is offered. */
  offered: OfferedCombination[];
}

/** The result of assessing one competency. */
export type CompetencyAssessment = OfferedAssessment | NotOfferedAssessment;
