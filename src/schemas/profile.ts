import { z } from './zod.ts';
import { BusinessModelIdSchema, RegionIdSchema, SlugSchema } from './ids.ts';
import { ProvenanceSchema } from './provenance.ts';

/**
 * One answer of a reference profile, as storage and share links hold it: done / not done, or a number. Whether
 * it suits its requirement (a known id, the right type, in range) is the content check's rule `profiles`.
 */
const ProfileAnswerSchema = z.union([z.boolean(), z.number().min(0)], {
  error: 'expected a number of 0 or more, or true / false',
});

/**
 * Frontmatter of content/profiles/<id>.mdx: a reference partner, with its answers to each competency's
 * requirements. The content check shows how a rule change moves these partners' levels and tiers.
 */
export const ProfileSchema = z
  .object({
    /** Display name, e.g. "Typical Resell partner in EMEA". */
    title: z.string().min(3, 'expected a name, e.g. "Typical Resell partner in EMEA"'),
    /** One or two sentences on the partner it stands for. */
    summary: z
      .string()
      .min(20, 'expected a sentence of at least 20 characters on the partner it stands for')
      .max(300, 'expected a summary of at most 300 characters'),
    /** The business model it works on, e.g. "resell". */
    businessModel: BusinessModelIdSchema,
    /** Its region code from content/regions, e.g. "emea". */
    region: RegionIdSchema,
    /** Answers by competency slug, then by requirement id, as the self-assessment stores them. */
    answers: z.record(SlugSchema, z.record(SlugSchema, ProfileAnswerSchema)),
    /** Where the profile comes from: illustrative for an invented partner, source for a published one. */
    provenance: ProvenanceSchema.optional(),
  })
  .strict();

export type Profile = z.output<typeof ProfileSchema>;
