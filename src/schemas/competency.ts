import { z } from './zod.ts';
import { BusinessModelIdSchema, RegionIdSchema } from './ids.ts';
import { ProfileEffectSchema } from './profile-effect.ts';
import { CompetencyProvenanceSchema, ProvenanceSchema } from './provenance.ts';
import { RequirementSchema } from './requirement.ts';
import { WAIVABLE_KINDS } from './requirement-kinds.ts';
import { COMPETENCY_GROUPS } from './competency-groups.ts';

export { COMPETENCY_GROUPS };

/** A calendar date written as YYYY-MM-DD; YAML may hand it over as a Date. Always output as the string. */
export const IsoDateSchema = z.union([
  z.iso.date({ error: 'expected a date as YYYY-MM-DD, e.g. 2026-01-15' }),
  z.date().transform((d) => d.toISOString().slice(0, 10)),
]);

/** A rules version such as `1.2` or `1.2.0`. */
export const RulesVersionSchema = z
  .string('expected a version in quotes, e.g. "1.2"')
  .regex(/^\d+\.\d+(?:\.\d+)?$/, 'expected a version of numbers and dots, e.g. "1.2"');

/** The requirement lists of one level, one list per business model offered. */
export const LevelRequirementsSchema = z
  .object({
    /** Requirements for partners on the Integrate model. */
    integrate: z.array(RequirementSchema).optional(),
    /** Requirements for partners on the Resell model. */
    resell: z.array(RequirementSchema).optional(),
  })
  .strict();

/** A competency's requirements: by level, then by business model. */
export const RequirementsSchema = z
  .object({
    /** Principal level requirements by business model. */
    principal: LevelRequirementsSchema.optional(),
    /** Expert level requirements by business model. */
    expert: LevelRequirementsSchema.optional(),
  })
  .strict();

/** One region a competency is offered in. */
export const CompetencyRegionSchema = z
  .object({
    /** Region code from content/regions, e.g. "emea". */
    id: RegionIdSchema,
    /** What differs in this region, if anything, e.g. "Resell only until 2027". */
    note: z.string().min(3).optional(),
  })
  .strict();

/** One entry of a competency's rules history, newest first. */
export const RulesChangeSchema = z
  .object({
    /** The rules version this entry introduced, e.g. "1.1". */
    version: RulesVersionSchema,
    /** The date the version took effect, YYYY-MM-DD. */
    date: IsoDateSchema,
    /** One or two sentences on what changed and why. */
    summary: z.string().min(3, 'expected a sentence on what changed'),
    /** Where the entry comes from: source or illustrative (an example of how a change is logged). */
    provenance: ProvenanceSchema.optional(),
    /**
     * How this version moved the reference profiles (content/profiles), written by npm run content:lock; []
     * when none changed level or tier. The profiles are invented examples.
     */
    profileEffects: z.array(ProfileEffectSchema).optional(),
  })
  .strict();

/**
 * The next rules version of a competency, published ahead of the date it takes effect. Until that date the
 * site scores under the current rules and, beside them, under these; from that date these are the rules
 * (rulesOn in src/domain/announced.ts), without an edit.
 */
export const AnnouncedRulesSchema = z
  .object({
    /** The next rules version, above the current one, e.g. "1.1". */
    version: RulesVersionSchema,
    /** The date the announced rules take effect, YYYY-MM-DD, after the current version's. */
    effective: IsoDateSchema,
    /** The date the announcement was published, YYYY-MM-DD, before it takes effect; the feed dates it by this. */
    published: IsoDateSchema,
    /** One or two sentences on what changes, for the changes page and the history once in effect. */
    summary: z.string().min(3, 'expected a sentence on what changes'),
    /** Where the announcement (version, date and summary) comes from: source or illustrative. */
    provenance: ProvenanceSchema.optional(),
    /** The whole requirements of the next version, as under `requirements`: by level, then by business model. */
    requirements: RequirementsSchema,
  })
  .strict();

/** How an interim designation relates to the Expert level of the other competencies. */
export const InterimDesignationSchema = z
  .object({
    /** The business model the designation is checked on and whose Expert revenue it does not ask for, e.g. "integrate". */
    businessModel: BusinessModelIdSchema,
    /** Requirement kinds of an area's Expert level that the designation does not ask for, e.g. [revenue]. */
    waives: z.array(z.enum(WAIVABLE_KINDS)).min(1),
    /** What ends the designation, e.g. "the launch of the Influencer Partner Program". */
    until: z.string().min(3),
  })
  .strict();

/** Frontmatter of content/competencies/<slug>.mdx: everything the catalogue and the self-assessment need. */
export const CompetencySchema = z
  .object({
    /** Display name without the word "Competency", e.g. "Archiving". */
    title: z.string().min(2, 'expected a name, e.g. "Archiving"'),
    /** One sentence for the catalogue card and the page description. */
    summary: z
      .string()
      .min(20, 'expected a one-sentence summary of at least 20 characters')
      .max(200, 'expected a summary of at most 200 characters'),
    /** Catalogue group: information-management, security, storage-and-availability or services. */
    group: z.enum(Object.keys(COMPETENCY_GROUPS) as [keyof typeof COMPETENCY_GROUPS], {
      error: `expected a group: ${Object.keys(COMPETENCY_GROUPS).join(', ')}`,
    }),
    /** `competency` for a solution area, `interim-designation` for a stop-gap recognition such as Services Expert. */
    kind: z.enum(['competency', 'interim-designation'], {
      error: 'expected kind to be "competency" or "interim-designation"',
    }),
    /** Position within its group in the catalogue, lowest first. */
    order: z.int('expected a whole number, e.g. 10').min(0),
    /** `active`, or `retired` for a competency no longer awarded (kept for history). */
    status: z.enum(['active', 'retired']).default('active'),
    /** Business models the competency is offered on, e.g. [integrate, resell]. */
    businessModels: z
      .array(BusinessModelIdSchema)
      .min(1, 'expected at least one business model, e.g. [integrate]')
      .refine((ids) => new Set(ids).size === ids.length, 'expected each business model once'),
    /** Regions the competency is offered in; regions not listed are shown as not offered. */
    regions: z.array(CompetencyRegionSchema).min(1, 'expected at least one region, e.g. - id: emea'),
    /** Whether the Expert level also asks for everything Principal asks; true unless the program says otherwise. */
    expertIncludesPrincipal: z.boolean().default(true),
    /** Requirements by level, then by business model. */
    requirements: RequirementsSchema,
    /** Only for kind interim-designation: which Expert requirements it waives and for whom. */
    designation: InterimDesignationSchema.optional(),
    /** Where the regions, business models and version come from, e.g. { regions: illustrative, businessModels: illustrative, version: illustrative }. */
    provenance: CompetencyProvenanceSchema.optional(),
    /** Current rules version; raise it whenever a requirement changes, e.g. "1.1". */
    version: RulesVersionSchema,
    /** Date the current rules version took effect, YYYY-MM-DD. */
    effective: IsoDateSchema,
    /** What changed in each rules version, newest first. */
    history: z.array(RulesChangeSchema).min(1, 'expected at least the entry for the first version'),
    /** The next rules version and the date it takes effect, when one is announced. */
    announced: AnnouncedRulesSchema.optional(),
  })
  .strict();

export type Competency = z.output<typeof CompetencySchema>;
export type CompetencyGroup = Competency['group'];
export type LevelRequirements = z.output<typeof LevelRequirementsSchema>;
export type RulesChange = z.output<typeof RulesChangeSchema>;
export type AnnouncedRules = z.output<typeof AnnouncedRulesSchema>;
