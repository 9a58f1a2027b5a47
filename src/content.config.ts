import { defineCollection } from 'astro:content';
import { mdxFiles } from './loaders/mdx-files.ts';
import { BusinessModelSchema } from './schemas/business-model.ts';
import { CompetencySchema } from './schemas/competency.ts';
import { LevelSchema } from './schemas/level.ts';
import { RegionSchema } from './schemas/region.ts';
import { TierSchema } from './schemas/tier.ts';
import { TRANSLATIONS_DIR } from './schemas/translation.ts';

const contentRoot = process.env['CONTENT_DIR'] ?? './content';
const mdx = (name: string) => mdxFiles({ base: `${contentRoot}/${name}` });

export const collections = {
  competencies: defineCollection({ loader: mdx('competencies'), schema: CompetencySchema }),
  levels: defineCollection({ loader: mdx('levels'), schema: LevelSchema }),
  businessModels: defineCollection({ loader: mdx('business-models'), schema: BusinessModelSchema }),
  regions: defineCollection({ loader: mdx('regions'), schema: RegionSchema }),
  tiers: defineCollection({ loader: mdx('tiers'), schema: TierSchema }),
  // Ids such as "de/competencies/archiving": each file's schema depends on its folder, so site-data.ts parses
  // it by TRANSLATION_SCHEMAS, after the content check (which runs before every build) has checked it.
  translations: defineCollection({ loader: mdx(TRANSLATIONS_DIR) }),
};
