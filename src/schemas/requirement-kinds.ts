/**
 * The names of the requirement kinds. Kept free of zod so browser code (the self-assessment form, the
 * eligibility explorer) can sort rows without pulling the schema into its bundle. What each kind means is
 * in the table of kinds, src/domain/kinds.ts.
 */

/** The requirement kinds, in the order the matrix lists them. */
export const REQUIREMENT_KINDS = [
  'status',
  'training',
  'exam',
  'revenue',
  'growth',
  'references',
  'satisfaction',
] as const;

/**
 * The kinds an interim designation may waive at an area's Expert level: every kind but a status held in
 * the program, which the designation itself stands in for. Listed here because the designation schema
 * checks it; the table of kinds reads it from here.
 */
export const WAIVABLE_KINDS = [
  'revenue',
  'growth',
  'references',
  'satisfaction',
  'exam',
  'training',
] as const;

/** A requirement kind, as named in REQUIREMENT_KINDS. */
export type RequirementKindName = (typeof REQUIREMENT_KINDS)[number];
