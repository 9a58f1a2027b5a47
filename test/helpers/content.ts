/** Loads the real content for the assessment tests, parsed by the same schemas the site uses. */
import { readCollection } from '../../src/content-check/load.ts';
import { toRules, type CompetencyRules } from '../../src/domain/rules.ts';
import { rulesOn } from '../../src/domain/announced.ts';
import { rulesDate } from '../../src/site.config.ts';
import { CompetencySchema } from '../../src/schemas/competency.ts';
import { TierSchema } from '../../src/schemas/tier.ts';
import { RegionSchema } from '../../src/schemas/region.ts';
import { LevelSchema } from '../../src/schemas/level.ts';
import { BusinessModelSchema } from '../../src/schemas/business-model.ts';
import { explorerLabels, matrixLabels, type ExplorerLabels } from '../../src/domain/labels.ts';
import { toRollUpTiers, type RollUpTier } from '../../src/engine/rollup.ts';

/** Every competency in content/competencies as rules, sorted by slug. */
export async function loadRules(dir = 'content/competencies'): Promise<CompetencyRules[]> {
  const entries = await readCollection(dir);
  return entries.map((e) =>
    toRules({ id: e.id, data: CompetencySchema.parse(e.frontmatter.data), filePath: e.file }),
  );
}

/**
 * Every competency as a build for RULES_DATE (else today) has it: announced rules in effect by then are
 * the rules (rulesOn). What the tests over dist/ compare the pages with.
 */
export async function loadBuiltRules(dir = 'content/competencies'): Promise<CompetencyRules[]> {
  const day = rulesDate();
  return (await loadRules(dir)).map((rules) => rulesOn(rules, day));
}

/** The tiers in content/tiers. */
export async function loadTiers(dir = 'content/tiers'): Promise<RollUpTier[]> {
  const entries = await readCollection(dir);
  return toRollUpTiers(entries.map((e) => ({ id: e.id, data: TierSchema.parse(e.frontmatter.data) })));
}

/** The region codes in content/regions. */
export async function loadRegionIds(dir = 'content/regions'): Promise<string[]> {
  const entries = await readCollection(dir);
  return entries.map((e) => {
    RegionSchema.parse(e.frontmatter.data);
    return e.id;
  });
}

/** The levels', business models' and regions' titles from content/, ordered as the site orders them. */
export async function loadExplorerLabels(): Promise<ExplorerLabels> {
  const [levels, models, regions] = await Promise.all([
    readCollection('content/levels'),
    readCollection('content/business-models'),
    readCollection('content/regions'),
  ]);
  return explorerLabels(
    matrixLabels(
      levels.map((e) => ({ id: e.id, data: LevelSchema.parse(e.frontmatter.data) })),
      models.map((e) => ({ id: e.id, data: BusinessModelSchema.parse(e.frontmatter.data) })),
    ),
    regions.map((e) => ({ id: e.id, ...RegionSchema.parse(e.frontmatter.data) })),
  );
}

/** The competency with a slug among `all`; throws naming the missing file so a test fails clearly. */
export function findBySlug(all: readonly CompetencyRules[], slug: string): CompetencyRules {
  const rules = all.find((r) => r.slug === slug);
  if (!rules) throw new Error(`content/competencies/${slug}.mdx is missing`);
  return rules;
}
