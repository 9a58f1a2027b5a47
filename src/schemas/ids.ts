import { z } from './zod.ts';

/** Level ids, lowest first. The framework has exactly two levels. */
export const LEVEL_IDS = ['principal', 'expert'] as const;
/** Business model ids a competency can be offered on. */
export const BUSINESS_MODEL_IDS = ['integrate', 'resell'] as const;

/** A level id: `principal` or `expert`. */
export const LevelIdSchema = /* @__PURE__ */ z.enum(LEVEL_IDS, {
  error: 'expected a level id: "principal" or "expert"',
});
/** A business model id: `integrate` or `resell`. */
export const BusinessModelIdSchema = /* @__PURE__ */ z.enum(BUSINESS_MODEL_IDS, {
  error: 'expected a business model id: "integrate" or "resell"',
});

/** A lower-case kebab-case identifier such as `exam-technical`. */
export const SlugSchema = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens, e.g. "sales-training"');

/** A region code such as `emea`: lower-case letters, checked against content/regions. */
export const RegionIdSchema = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z]{2,12}$/, 'expected a region code of lower-case letters, e.g. "emea"');

export type LevelId = z.output<typeof LevelIdSchema>;
export type BusinessModelId = z.output<typeof BusinessModelIdSchema>;
export type RegionId = z.output<typeof RegionIdSchema>;
