/**
 * The requirement kinds in matrix row order. Kept free of zod so browser code (the self-assessment form,
 * the eligibility explorer) can sort rows without pulling the schema into its bundle.
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

/** A requirement kind, as named in REQUIREMENT_KINDS. */
export type RequirementKindName = (typeof REQUIREMENT_KINDS)[number];

/** A kind's place in matrix row order, 0 for the first row; subtract two to sort by kind. */
export function kindRank(kind: RequirementKindName): number {
  return REQUIREMENT_KINDS.indexOf(kind);
}
