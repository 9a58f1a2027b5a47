import { z } from './zod.ts';

/** Frontmatter of content/business-models/<id>.mdx (ids: integrate, resell). */
export const BusinessModelSchema = z
  .object({
    /** Display name, e.g. "Integrate". */
    title: z.string().min(2),
    /** Position in lists and matrix columns, lowest first. */
    order: z.int().min(0),
    /** One sentence describing partners on this model. */
    summary: z.string().min(20),
  })
  .strict();

export type BusinessModel = z.output<typeof BusinessModelSchema>;
