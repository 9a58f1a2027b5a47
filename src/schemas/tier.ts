import { z } from './zod.ts';
import { TierProvenanceSchema } from './provenance.ts';

/** Frontmatter of content/tiers/<id>.mdx: a program tier and the competency levels it needs. */
export const TierSchema = z
  .object({
    /** Display name, e.g. "Gold". */
    title: z.string().min(2),
    /** Rank, lowest first: Registered is 0. */
    rank: z.int().min(0),
    /** One sentence on who the tier is for. */
    summary: z.string().min(20),
    /** Competencies needed; a tier is reached when every count is met. */
    needs: z
      .object({
        /** Competencies held at Principal or above, e.g. 1. */
        principal: z.int().min(0).default(0),
        /** Competencies held at Expert, e.g. 3. */
        expert: z.int().min(0).default(0),
      })
      .strict(),
    /** Benefits the tier brings, one short phrase each. */
    benefits: z.array(z.string().min(3)).default([]),
    /** Where the counts and the benefits come from, e.g. { needs: illustrative, benefits: illustrative }. */
    provenance: TierProvenanceSchema.optional(),
  })
  .strict();

export type Tier = z.output<typeof TierSchema>;
