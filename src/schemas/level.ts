import { z } from './zod.ts';

/** Frontmatter of content/levels/<id>.mdx (ids: principal, expert). */
export const LevelSchema = z
  .object({
    /** Display name, e.g. "Principal". */
    title: z.string().min(2),
    /** Rank, lowest first: 1 for Principal, 2 for Expert. */
    rank: z.int().min(1),
    /** One sentence on what the level recognises. */
    summary: z.string().min(20),
  })
  .strict();

export type Level = z.output<typeof LevelSchema>;
