import { z } from './zod.ts';
import { LEVEL_IDS, SlugSchema } from './ids.ts';

/** What a reference profile holds in a competency: a level, no level yet, or nothing (not offered to it). */
export const HELD_LEVELS = [...LEVEL_IDS, 'none', 'not-offered'] as const;

/** A level a profile holds in one competency, and the tier its levels add up to (absent: no tier). */
export const ProfileStandingSchema = z
  .object({
    /** principal, expert, none (no level yet) or not-offered (not for its business model or region). */
    level: z.enum(HELD_LEVELS, { error: `expected a level: ${HELD_LEVELS.join(', ')}` }),
    /** The tier id from content/tiers, e.g. "gold"; left out when the levels reach no tier. */
    tier: SlugSchema.optional(),
  })
  .strict();

/**
 * How a rules version moved one reference profile (content/profiles), as `npm run content:lock` records it in
 * the version's history entry: its standing under the previous rules and under this version's.
 */
export const ProfileEffectSchema = z
  .object({
    /** The profile's file name, e.g. "large-integrator". */
    profile: SlugSchema,
    /** Under the rules the lock recorded before this version. */
    before: ProfileStandingSchema,
    /** Under this version's rules. */
    after: ProfileStandingSchema,
  })
  .strict();

export type HeldLevel = (typeof HELD_LEVELS)[number];
export type ProfileStanding = z.output<typeof ProfileStandingSchema>;
export type ProfileEffectRecord = z.output<typeof ProfileEffectSchema>;
