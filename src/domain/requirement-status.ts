/** The four states of a requirement, never collapsed into fewer. */
export type RequirementStatus = 'met' | 'partial' | 'unmet' | 'unanswered';

/** Each state's word on screen, beside its icon and colour: "Met", "Partly met", "Not met", "Not answered". */
export const STATUS_WORDS: Readonly<Record<RequirementStatus, string>> = {
  met: 'Met',
  partial: 'Partly met',
  unmet: 'Not met',
  unanswered: 'Not answered',
};
