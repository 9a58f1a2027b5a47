/**
 * Catalogue filters by business model, region and level. Every combination is a pre-rendered page whose
 * path holds the chosen ids in a fixed order, e.g. /competencies/for/resell/emea/expert/, so filtering
 * works on a static host without JavaScript and the state lives in the URL. The pages are views of the
 * catalogue: they name /competencies/ as canonical and stay out of the sitemap and the search index.
 */
import type { BusinessModelId, LevelId } from '../schemas/ids.ts';
import { groupCompetencies, sortCompetencies } from './catalogue.ts';
import { diffSets, requirementSet, type Choice, type RequirementSet, type SetDiff } from './explorer.ts';
import { shownReason, unavailableReasons } from '../domain/availability.ts';
import { competencyFactIllustrative, marked, type Marked } from '../domain/provenance.ts';
import { titleIn, type ExplorerLabels, type Named } from '../domain/labels.ts';
import type { CompetencyRules } from '../domain/rules.ts';
import { fill, type TextKey, type Translate } from '../text/text.ts';

/** A catalogue filter; a missing field means any. */
export interface CatalogueFilter {
  model?: BusinessModelId | undefined;
  /** Region code, e.g. "emea". */
  region?: string | undefined;
  level?: LevelId | undefined;
}

/** The filter's dimensions, in path order. */
export const FILTER_DIMENSIONS = ['model', 'region', 'level'] as const;
/** One dimension of the filter. */
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/** The ids a filter holds, in path order, e.g. ["resell", "expert"]. */
export function filterSegments(filter: CatalogueFilter): string[] {
  return FILTER_DIMENSIONS.flatMap((d) => {
    const id = filter[d];
    return id === undefined ? [] : [id];
  });
}

/** The folder of the filter pages, without the base; a competency may not take its name as slug. */
export const FILTER_ROOT = '/competencies/for/';

/** The catalogue path of a filter, without the base, e.g. "/competencies/for/resell/expert/"; "/competencies/" for none. */
export function filterPath(filter: CatalogueFilter): string {
  const segments = filterSegments(filter);
  return segments.length === 0 ? '/competencies/' : `${FILTER_ROOT}${segments.map((s) => `${s}/`).join('')}`;
}

/** Whether the filter chooses nothing. */
export function isEmptyFilter(filter: CatalogueFilter): boolean {
  return filterSegments(filter).length === 0;
}

function optionsOf(labels: ExplorerLabels, dimension: FilterDimension): readonly Named[] {
  return dimension === 'model' ? labels.models : dimension === 'region' ? labels.regions : labels.levels;
}

/**
 * Reads the segments of a filter path below FILTER_ROOT ("resell/emea"), or null when they are not ids in
 * path order, each dimension at most once. Each segment is looked up in the dimensions after the last one.
 */
export function parseFilterSegments(path: string, labels: ExplorerLabels): CatalogueFilter | null {
  const segments = path.split('/').filter((s) => s !== '');
  const filter: CatalogueFilter = {};
  let from = 0;
  for (const segment of segments) {
    const index = FILTER_DIMENSIONS.findIndex(
      (d, i) => i >= from && optionsOf(labels, d).some((o) => o.id === segment),
    );
    if (index === -1) return null;
    const dimension = FILTER_DIMENSIONS[index];
    if (dimension === 'model') filter.model = segment as BusinessModelId;
    else if (dimension === 'region') filter.region = segment;
    else filter.level = segment as LevelId;
    from = index + 1;
  }
  return filter;
}

/** Every filter, the empty one first: each dimension any or one of its ids. */
export function allFilters(labels: ExplorerLabels): CatalogueFilter[] {
  const models = [undefined, ...labels.models.map((m) => m.id)];
  const regions = [undefined, ...labels.regions.map((r) => r.id)];
  const levels = [undefined, ...labels.levels.map((l) => l.id)];
  return models.flatMap((model) =>
    regions.flatMap((region) => levels.map((level): CatalogueFilter => ({ model, region, level }))),
  );
}

/** Slugs that would share their page address with the filter pages' folder. */
export function clashingSlugs(slugs: readonly string[]): string[] {
  const folder = FILTER_ROOT.split('/').filter(Boolean).at(-1);
  return slugs.filter((s) => s === folder);
}

/**
 * Whether a competency passes a filter, and if not, every reason in words. The empty filter is the whole
 * catalogue, retired competencies included; any choice rules a retired one out.
 */
export function filterMatch(
  rules: CompetencyRules,
  filter: CatalogueFilter,
  labels: ExplorerLabels,
  t: Translate,
): { matches: boolean; reasons: string[]; marked: Marked[] } {
  const marked = isEmptyFilter(filter)
    ? []
    : unavailableReasons(rules, filter).map((why) => shownReason(rules, why, labels, t));
  return { matches: marked.length === 0, reasons: marked.map((m) => m.text), marked };
}

/** One option of a filter dimension, as a link. */
export interface FilterOption {
  /** The id, or null for "any". */
  id: string | null;
  title: string;
  /** Path of the filter with this option chosen and the other dimensions kept, without the base. */
  path: string;
  current: boolean;
}

/** One dimension's options as the filter bar shows them. */
export interface FilterGroup {
  dimension: FilterDimension;
  /** The dimension's name, e.g. "Business model". */
  label: string;
  options: FilterOption[];
}

/** Each dimension's name and its "any" option. */
export const DIMENSION_TEXT = {
  model: { label: 'picker.model', any: 'picker.anyModel' },
  region: { label: 'picker.region', any: 'picker.anyRegion' },
  level: { label: 'picker.level', any: 'picker.anyLevel' },
} as const satisfies Readonly<Record<FilterDimension, { label: TextKey; any: TextKey }>>;

/** The filter bar: for each dimension, "any" and each id, each linking to the filter with it chosen. */
export function filterGroups(filter: CatalogueFilter, labels: ExplorerLabels, t: Translate): FilterGroup[] {
  return FILTER_DIMENSIONS.map((dimension) => {
    const label = t(DIMENSION_TEXT[dimension].label);
    const any = t(DIMENSION_TEXT[dimension].any);
    const chosen = filter[dimension];
    const option = (id: string | undefined, title: string): FilterOption => ({
      id: id ?? null,
      title,
      path: filterPath({ ...filter, [dimension]: id }),
      current: chosen === id,
    });
    return {
      dimension,
      label,
      options: [
        option(undefined, any),
        ...(dimension === 'region'
          ? labels.regions.map((r) => option(r.id, r.short))
          : optionsOf(labels, dimension).map((o) => option(o.id, o.title))),
      ],
    };
  });
}

/** The filter in words for a heading or title, e.g. "Resell partners in EMEA at Expert level"; "" for none. */
export function describeFilter(filter: CatalogueFilter, labels: ExplorerLabels, t: Translate): string {
  const title = (d: FilterDimension, id: string) => titleIn(optionsOf(labels, d), id);
  const params = {
    model: filter.model === undefined ? '' : title('model', filter.model),
    region:
      filter.region === undefined
        ? ''
        : (labels.regions.find((r) => r.id === filter.region)?.short ?? filter.region),
    level: filter.level === undefined ? '' : title('level', filter.level),
  };
  const key = `${filter.model === undefined ? '' : 'm'}${filter.region === undefined ? '' : 'r'}${filter.level === undefined ? '' : 'l'}`;
  return key === '' ? '' : fill(t.raw(`filter.described.${key}` as TextKey), params);
}

/** One competency in a filtered catalogue, with its exact requirements when a model and level are chosen. */
export interface FilteredItem {
  rules: CompetencyRules;
  /** The requirement set for the chosen model, region and level; null unless a model and a level are chosen. */
  set: RequirementSet | null;
  /** What changes on each other business model at the same level and region. */
  diffs: SetDiff[];
}

/** The catalogue under a filter: matching competencies by group, and the others with the reasons. */
export interface FilteredCatalogue {
  filter: CatalogueFilter;
  groups: { id: string; title: string; items: FilteredItem[] }[];
  /** Competencies the filter rules out, in catalogue order, each with every reason; never hidden. */
  excluded: { rules: CompetencyRules; reasons: string[]; marked: Marked[] }[];
  /** How many competencies the catalogue has, and how many pass. */
  total: number;
  shown: number;
  /** Whether those counts rest on an example (where or on which model a competency is offered). */
  countsIllustrative: boolean;
}

/** How many competencies a filter keeps, in a sentence with its mark, e.g. "10 of 12 ... are open to ...". */
export function shownCount(catalogue: FilteredCatalogue, described: string, t: Translate): Marked {
  return marked(
    t('filter.shown', { shown: catalogue.shown, total: catalogue.total, described }),
    catalogue.countsIllustrative,
  );
}

/** Whether counts under a filter rest on an example: an availability fact it consults is illustrative. */
function countsRestOnExamples(
  list: readonly CompetencyRules[],
  filter: CatalogueFilter,
  excluded: FilteredCatalogue['excluded'],
): boolean {
  const rests = (fact: 'regions' | 'businessModels') => list.some((r) => competencyFactIllustrative(r, fact));
  return (
    (filter.region !== undefined && rests('regions')) ||
    ((filter.model !== undefined || filter.level !== undefined) && rests('businessModels')) ||
    excluded.some((e) => e.marked.some((m) => m.illustrative))
  );
}

/** Applies a filter to the catalogue (groupCompetencies order), computing requirement sets where they apply. */
export function filterCatalogue(
  list: readonly CompetencyRules[],
  filter: CatalogueFilter,
  labels: ExplorerLabels,
  t: Translate,
): FilteredCatalogue {
  const groups = groupCompetencies(list, t);
  const excluded: FilteredCatalogue['excluded'] = [];
  const kept = groups
    .map((group) => ({
      id: group.id,
      title: group.title,
      items: group.competencies.flatMap((rules): FilteredItem[] => {
        const match = filterMatch(rules, filter, labels, t);
        if (!match.matches) {
          excluded.push({ rules, reasons: match.reasons, marked: match.marked });
          return [];
        }
        const { model, level } = filter;
        if (model === undefined || level === undefined) return [{ rules, set: null, diffs: [] }];
        const choice: Choice = { model, level, region: filter.region ?? rules.regions[0]?.id ?? '' };
        const set = requirementSet(rules, choice, labels, t);
        const diffs = labels.models
          .filter((m) => m.id !== model)
          .map((m) => diffSets(set, requirementSet(rules, { ...choice, model: m.id }, labels, t), labels, t));
        return [{ rules, set, diffs }];
      }),
    }))
    .filter((g) => g.items.length > 0);
  const order = new Map(sortCompetencies(list).map((r, i) => [r.slug, i]));
  const rank = (slug: string) => order.get(slug) ?? 0;
  excluded.sort((a, b) => rank(a.rules.slug) - rank(b.rules.slug));
  return {
    filter,
    groups: kept,
    excluded,
    total: list.length,
    shown: kept.reduce((n, g) => n + g.items.length, 0),
    countsIllustrative: countsRestOnExamples(list, filter, excluded),
  };
}

/** The filter in a few words for a page title, e.g. "Resell, EMEA, Expert"; "" for none. */
export function filterTitle(filter: CatalogueFilter, labels: ExplorerLabels, t: Translate): string {
  return [
    labels.models.find((m) => m.id === filter.model)?.title,
    labels.regions.find((r) => r.id === filter.region)?.short,
    labels.levels.find((l) => l.id === filter.level)?.title,
  ]
    .filter((title) => title !== undefined)
    .join(t('list.separator'));
}
