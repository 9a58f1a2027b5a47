/** The four states of a requirement, never collapsed into fewer. */
export type RequirementStatus = 'met' | 'partial' | 'unmet' | 'unanswered';

// Each state's word on screen, beside its icon and colour, is `status.<state>` in the site's dictionary.
