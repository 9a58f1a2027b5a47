/** The four states of a requirement, never collapsed into fewer. */
export type RequirementStatus = 'met' | 'partial' | 'unmet' | 'unanswered';
