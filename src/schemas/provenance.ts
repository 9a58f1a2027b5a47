import { z } from './zod.ts';

/**
 * Where a value the site shows comes from: `source`, the program's own competency overview, or
 * `illustrative`, an example the site supplies where the program publishes nothing. Pages mark every
 * illustrative value; a value without provenance is shown as illustrative and fails the content check.
 */
export const ProvenanceSchema = z.enum(['source', 'illustrative'], {
  error: 'expected source (stated by the program overview) or illustrative (an example value)',
});

/** Where a requirement's values come from. */
export const RequirementProvenanceSchema = z
  .object({
    /** The threshold: the figure, courses, exam, scale and period, e.g. illustrative. */
    threshold: ProvenanceSchema.optional(),
    /** The evidence and help text: what counts, for how long, how it is shown, e.g. illustrative. */
    evidence: ProvenanceSchema.optional(),
    /** The counting rules: validity of passes, windows of records, how often a person counts, e.g. illustrative. */
    counting: ProvenanceSchema.optional(),
  })
  .strict();

/** Where a tier's values come from. */
export const TierProvenanceSchema = z
  .object({
    /** The tier's name and summary (the overview names no tiers), e.g. illustrative. */
    title: ProvenanceSchema.optional(),
    /** The competency counts in needs, e.g. illustrative. */
    needs: ProvenanceSchema.optional(),
    /** The benefits, e.g. illustrative. */
    benefits: ProvenanceSchema.optional(),
  })
  .strict();

/** Where a competency's own facts come from, beside its requirements. */
export const CompetencyProvenanceSchema = z
  .object({
    /** Which regions it is offered in, and their notes, e.g. illustrative. */
    regions: ProvenanceSchema.optional(),
    /** Which business models it is offered on, e.g. illustrative. */
    businessModels: ProvenanceSchema.optional(),
    /** The rules version and the date it took effect, e.g. illustrative. */
    version: ProvenanceSchema.optional(),
  })
  .strict();

/** `source` or `illustrative`. */
export type Provenance = z.output<typeof ProvenanceSchema>;
