import { z } from './zod.ts';

/** Frontmatter of content/regions/<code>.mdx; the file name is the region code used by competencies. */
export const RegionSchema = z
  .object({
    /** Display name, e.g. "Europe, Middle East and Africa". */
    title: z.string().min(2),
    /** Short name for tight spaces, e.g. "EMEA". */
    short: z.string().min(2).max(8),
    /** Position in lists, lowest first. */
    order: z.int().min(0),
  })
  .strict();

export type Region = z.output<typeof RegionSchema>;
