import type { BusinessModelId, LevelId } from '../schemas/ids.ts';
import { compareTitles } from '../util/titles.ts';
import { LEVEL_IDS } from '../schemas/ids.ts';
import { COMPETENCY_GROUPS } from '../schemas/competency-groups.ts';
import type { Competency } from '../schemas/competency.ts';
import type { Requirement } from '../schemas/requirement.ts';

/** One competency's rules as every consumer sees them: the parsed frontmatter plus where it came from. */
export type CompetencyRules = Competency & {
  /** The slug, which is the file name without `.mdx`, e.g. "archiving". */
  slug: string;
  /** The content file the rules came from, relative to the project, e.g. "content/competencies/archiving.mdx". */
  file: string;
};

/** A requirement as it applies at one level, noting whether it was carried up from a lower level. */
export type AppliedRequirement = Requirement & {
  /** The level whose list declares this requirement. */
  from: LevelId;
};

/** Builds rules from a content entry (Astro's or one read from disk); plain data, safe to pass to islands. */
export function toRules(entry: {
  id: string;
  data: Competency;
  filePath?: string | undefined;
}): CompetencyRules {
  return {
    ...entry.data,
    slug: entry.id,
    file: entry.filePath ?? `content/competencies/${entry.id}.mdx`,
  };
}

/** Whether the competency is offered on a business model at a level (it has a requirement list there). */
export function isOffered(rules: CompetencyRules, level: LevelId, model: BusinessModelId): boolean {
  return rules.businessModels.includes(model) && rules.requirements[level]?.[model] !== undefined;
}

/**
 * The requirements that apply at a level for a business model. When Expert includes Principal, Principal
 * requirements are carried up unless Expert declares a requirement with the same id, which replaces it.
 * Returns [] when the level is not offered on that model.
 */
export function appliedRequirements(
  rules: CompetencyRules,
  level: LevelId,
  model: BusinessModelId,
): AppliedRequirement[] {
  if (!isOffered(rules, level, model)) return [];
  const own: AppliedRequirement[] = (rules.requirements[level]?.[model] ?? []).map((r) => ({
    ...r,
    from: level,
  }));
  const rank = LEVEL_IDS.indexOf(level);
  if (rank === 0 || (level === 'expert' && !rules.expertIncludesPrincipal)) return own;
  const lower = LEVEL_IDS[rank - 1];
  if (lower === undefined) return own;
  const ownIds = new Set(own.map((r) => r.id));
  const carried = appliedRequirements(rules, lower, model).filter((r) => !ownIds.has(r.id));
  return [...carried, ...own];
}

/** The levels the competency has on a business model, lowest first. */
export function offeredLevels(rules: CompetencyRules, model: BusinessModelId): LevelId[] {
  return LEVEL_IDS.filter((level) => isOffered(rules, level, model));
}

/** Whether the competency is offered in a region. */
export function isOfferedInRegion(rules: CompetencyRules, region: string): boolean {
  return rules.regions.some((r) => r.id === region);
}

const GROUP_ORDER = Object.keys(COMPETENCY_GROUPS);

/** Catalogue order, to sort with: by group (COMPETENCY_GROUPS order), then `order`, then title. */
export function catalogueOrder(
  a: Pick<Competency, 'group' | 'order' | 'title'>,
  b: Pick<Competency, 'group' | 'order' | 'title'>,
): number {
  return (
    GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
    a.order - b.order ||
    compareTitles(a.title, b.title)
  );
}

/** Every requirement a competency declares, on every level and business model, as written (none carried up). */
export function everyRequirement(rules: Pick<Competency, 'requirements'>): Requirement[] {
  return Object.values(rules.requirements).flatMap((byModel) =>
    Object.values(byModel ?? {}).flatMap((list) => list ?? []),
  );
}
