/**
 * The display names of the program's ids: levels, business models, regions and tiers
 * (requirement kinds are titled by their entry in domain/kinds.ts).
 * Titles come from content (content/levels, content/business-models, content/regions, content/tiers); the
 * site reads them once (src/site-data.ts) and hands them to view models and the engine as plain data, so
 * they stay JSON-serialisable for the islands.
 */
import { BUSINESS_MODEL_IDS, LEVEL_IDS, type BusinessModelId, type LevelId } from '../schemas/ids.ts';

/** A display name for an id, as the levels and business-models collections provide it. */
export interface Named<Id extends string = string> {
  id: Id;
  title: string;
}

/** A region's display names: its title and a short form for tight spaces, e.g. "EMEA". */
export type RegionLabel = Named & { short: string };

/** Display names of the levels and business models, in the order the matrix shows them. */
export interface MatrixLabels {
  levels: readonly Named<LevelId>[];
  models: readonly Named<BusinessModelId>[];
}

/** Display names of levels, business models and regions, each in display order. */
export interface ExplorerLabels extends MatrixLabels {
  regions: readonly RegionLabel[];
}

/** The labels a sentence may name: levels and business models, and regions where the caller has them. */
export type WordingLabels = MatrixLabels & { regions?: readonly RegionLabel[] | undefined };

/** Every display name the site shows: levels, business models, regions and tiers, in display order. */
export interface SiteLabels extends ExplorerLabels {
  tiers: readonly Named[];
}

/** The title of an id in a list of labels; the id itself when the list does not name it. */
export function titleIn(list: readonly Named[], id: string): string {
  return list.find((x) => x.id === id)?.title ?? id;
}

/** The short name of a region, e.g. "EMEA"; the id in capitals when the labels do not name it. */
export function regionShort(labels: WordingLabels, id: string): string {
  return labels.regions?.find((r) => r.id === id)?.short ?? id.toUpperCase();
}

/** A content entry as the levels, business-models, regions and tiers collections give it. */
interface Entry<Data> {
  id: string;
  data: Data;
}

const isLevel = (id: string): id is LevelId => (LEVEL_IDS as readonly string[]).includes(id);
const isModel = (id: string): id is BusinessModelId => (BUSINESS_MODEL_IDS as readonly string[]).includes(id);

/**
 * Matrix labels from the levels and business-models collections, sorted by rank and order. Entries whose id
 * is not a known level or business model are left out, so a stray file cannot add a column.
 */
export function matrixLabels(
  levels: readonly Entry<{ title: string; rank: number }>[],
  models: readonly Entry<{ title: string; order: number }>[],
): MatrixLabels {
  return {
    levels: [...levels]
      .sort((a, b) => a.data.rank - b.data.rank)
      .flatMap((e) => (isLevel(e.id) ? [{ id: e.id, title: e.data.title }] : [])),
    models: [...models]
      .sort((a, b) => a.data.order - b.data.order)
      .flatMap((e) => (isModel(e.id) ? [{ id: e.id, title: e.data.title }] : [])),
  };
}

/** Explorer labels from the matrix labels and the regions collection (sorted by `order`). */
export function explorerLabels(
  matrix: MatrixLabels,
  regions: readonly { id: string; title: string; short: string; order: number }[],
): ExplorerLabels {
  return {
    ...matrix,
    regions: [...regions]
      .sort((a, b) => a.order - b.order)
      .map(({ id, title, short }) => ({ id, title, short })),
  };
}

/** Every label of the site from the four collections, each sorted as content orders it. */
export function siteLabels(collections: {
  levels: readonly Entry<{ title: string; rank: number }>[];
  models: readonly Entry<{ title: string; order: number }>[];
  regions: readonly Entry<{ title: string; short: string; order: number }>[];
  tiers: readonly Entry<{ title: string; rank: number }>[];
}): SiteLabels {
  return {
    ...explorerLabels(
      matrixLabels(collections.levels, collections.models),
      collections.regions.map((e) => ({ id: e.id, ...e.data })),
    ),
    tiers: [...collections.tiers]
      .sort((a, b) => a.data.rank - b.data.rank)
      .map((e) => ({ id: e.id, title: e.data.title })),
  };
}

/** "principal" -> "Principal": an id read as a title, for callers that have no content at hand. */
const fromId = <Id extends string>(id: Id): Named<Id> => ({
  id,
  title: id.charAt(0).toUpperCase() + id.slice(1),
});

/**
 * Labels made from the ids alone, for engine callers that pass no content labels (tests, scripts, and
 * islands until they pass the page's labels). The site's content titles read the same today.
 */
export const ID_LABELS: ExplorerLabels = {
  levels: LEVEL_IDS.map(fromId),
  models: BUSINESS_MODEL_IDS.map(fromId),
  regions: [],
};

/** The keys of the badges beside a competency's title wherever it is named: its page, its card, its comparison row. */
export const BADGES = { interim: 'badge.interim', retired: 'badge.retired' } as const;
