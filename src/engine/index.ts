/** The assessment engine: score a competency, check interim designations, roll up to a tier, version rules. */
export { assess, assessLevel, offeredCombinations, unavailability } from './assess.ts';
export { eligibilityFromAssessments, servicesExpertEligibility } from './designation.ts';
export type { DesignationEligibility, EligibilityOutcome } from './designation.ts';
export { rollUp, toRollUpTiers } from './rollup.ts';
export type {
  Candidate,
  DesignationSummary,
  NextTier,
  PortfolioRollUp,
  RollUpTier,
  TierRef,
} from './rollup.ts';
export { scoreRequirement } from './score.ts';
export {
  compareVerdicts,
  diffRules,
  rescore,
  rescoreWithRules,
  rulesHash,
  verdictsOf,
} from './versioning.ts';
export type {
  AvailabilityChange,
  FieldChange,
  RequirementChange,
  Rescored,
  RulesDiff,
  SavedAssessment,
  VerdictChanges,
  VerdictState,
  Verdicts,
} from './versioning.ts';
export type * from './types.ts';
