import { z } from './zod.ts';
import { RulesVersionSchema } from './competency.ts';

/**
 * A translation of a content file: its text in another language, and nothing else. Thresholds, availability,
 * versions and every other rule live once, in the English source file of the same name; the site takes them
 * from there and the words from here. Files live in content/translations/<language>/<collection>/, e.g.
 * content/translations/de/competencies/archiving.mdx, with the translated body below the frontmatter.
 */

/** The folder of the content directory that holds the translations, a folder per language. */
export const TRANSLATIONS_DIR = 'translations';

const Text = z.string().trim().min(1, 'expected the translated text');

/** The words of one requirement, by its `id` in the source; its figures stay in the source. */
export const RequirementTextSchema = z
  .object({
    /** The requirement's label, e.g. "Umsatz mit Archivierung". */
    label: Text.optional(),
    /** The evidence sentence. */
    evidence: Text.optional(),
    /** The guidance sentence. */
    help: Text.optional(),
    /** A satisfaction requirement's measure, e.g. { name: "Kundenumfrage nach Projektabschluss" }; its range stays in the source. */
    scale: z.object({ name: Text }).strict().optional(),
  })
  .strict();

/** Frontmatter of a competency's translation. */
export const CompetencyTranslationSchema = z
  .object({
    /** The rules version of the source this text was written for, e.g. "1.0"; older than the source's is stale. */
    translates: RulesVersionSchema,
    title: Text,
    summary: Text,
    /** Requirement words by requirement id, e.g. revenue: { label: …, help: … }. */
    requirements: z.record(z.string(), RequirementTextSchema).optional(),
    /** Region notes by region code, for the regions whose note the source writes. */
    regions: z.record(z.string(), z.object({ note: Text }).strict()).optional(),
    /** History summaries by version, e.g. "1.1": { summary: … }. */
    history: z.record(z.string(), z.object({ summary: Text }).strict()).optional(),
    /** The announced rules' summary. */
    announced: z.object({ summary: Text }).strict().optional(),
    /** The interim designation's end, e.g. "bis zum Start des Influencer Partner Program". */
    designation: z.object({ until: Text }).strict().optional(),
  })
  .strict();

/** Frontmatter of a level's or a business model's translation. */
export const SummarisedTranslationSchema = z.object({ title: Text, summary: Text }).strict();

/** Frontmatter of a region's translation. */
export const RegionTranslationSchema = z.object({ title: Text, short: Text }).strict();

/** Frontmatter of a tier's translation: benefits in the source's order. */
export const TierTranslationSchema = z
  .object({ title: Text, summary: Text, benefits: z.array(Text).optional() })
  .strict();

/** The collections that have translations, by the folder name under content/translations/<language>/. */
export const TRANSLATION_SCHEMAS = {
  competencies: CompetencyTranslationSchema,
  levels: SummarisedTranslationSchema,
  'business-models': SummarisedTranslationSchema,
  regions: RegionTranslationSchema,
  tiers: TierTranslationSchema,
} as const;

export type TranslatedCollection = keyof typeof TRANSLATION_SCHEMAS;
export type CompetencyTranslation = z.output<typeof CompetencyTranslationSchema>;
export type RequirementText = z.output<typeof RequirementTextSchema>;
export type SummarisedTranslation = z.output<typeof SummarisedTranslationSchema>;
export type RegionTranslation = z.output<typeof RegionTranslationSchema>;
export type TierTranslation = z.output<typeof TierTranslationSchema>;
