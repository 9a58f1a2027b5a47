/**
 * The one reader of the content collections for pages: every collection is read once per build and handed
 * out as plain data (rules, labels, regions, tiers) with the site's links. Pages ask here and pass what they
 * get to the view-model builders, which stay pure and testable without astro:content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { interimDesignationOf } from './domain/designation.ts';
import { siteLabels, type SiteLabels } from './domain/labels.ts';
import { toRules, type CompetencyRules } from './domain/rules.ts';
import { rulesOn } from './domain/announced.ts';
import { rulesDate } from './site.config.ts';
import type { BusinessModelId, LevelId } from './schemas/ids.ts';
import type { Tier } from './schemas/tier.ts';
import { sortCompetencies, type RegionInfo } from './views/catalogue.ts';
import { rulesFileJson } from './persistence/portfolio-rules.ts';
import { cached } from './util/cached.ts';
import { withBase } from './util/base-path.ts';

/** A level or business model with what the program pages say about it. */
export interface Described<Id extends string> {
  id: Id;
  title: string;
  summary: string;
}

/** Everything pages read from content, each list in the order content gives it. */
export interface SiteData {
  /** The competency entries, as getCollection returns them (pages render their MDX body). */
  entries: CollectionEntry<'competencies'>[];
  /** The rules of every competency, in the order of `entries`. */
  rules: CompetencyRules[];
  /** The catalogue's interim designation (Services Expert), if it has one. */
  designation: CompetencyRules | undefined;
  /** Titles of levels, business models, regions and tiers, in display order. */
  labels: SiteLabels;
  /** The levels, lowest rank first. */
  levels: Described<LevelId>[];
  /** The business models, in display order. */
  models: Described<BusinessModelId>[];
  /** The regions, in display order. */
  regions: RegionInfo[];
  /** The tiers, lowest rank first, each with its id (the file name). */
  tiers: (Tier & { id: string })[];
}

async function load(): Promise<SiteData> {
  const [entries, levels, models, regions, tiers] = await Promise.all([
    getCollection('competencies'),
    getCollection('levels'),
    getCollection('businessModels'),
    getCollection('regions'),
    getCollection('tiers'),
  ]);
  // The rules in force on the day the site is built for: announced rules switch in on their date.
  const day = rulesDate();
  const rules = entries.map((entry) => rulesOn(toRules(entry), day));
  const labels = siteLabels({ levels, models, regions, tiers });
  const summaries = new Map([...levels, ...models].map((e) => [e.id, e.data.summary]));
  const described = <Id extends string>(list: readonly { id: Id; title: string }[]): Described<Id>[] =>
    list.map(({ id, title }) => ({ id, title, summary: summaries.get(id) ?? '' }));
  return {
    entries,
    rules,
    designation: interimDesignationOf(rules),
    labels,
    levels: described(labels.levels),
    models: described(labels.models),
    regions: [...regions].sort((a, b) => a.data.order - b.data.order).map((e) => ({ id: e.id, ...e.data })),
    tiers: [...tiers].sort((a, b) => a.data.rank - b.data.rank).map((e) => ({ id: e.id, ...e.data })),
  };
}

let loaded: Promise<SiteData> | undefined;

/** The site's content, read once per build; read afresh on each request in dev, so edits show up. */
export function siteData(): Promise<SiteData> {
  if (import.meta.env.DEV) return load();
  loaded ??= load();
  return loaded;
}

const rulesFiles = new WeakMap<SiteData, string>();

/**
 * The text of the portfolio's rules file (src/persistence/portfolio-rules.ts) for the catalogue, built once
 * per build for both the file and the page that names it by its fingerprint.
 */
export async function portfolioRulesJson(): Promise<string> {
  const site = await siteData();
  return cached(rulesFiles, site, () => rulesFileJson(sortCompetencies(site.rules)));
}

/** A root-relative path with the site's base path, e.g. "/program/" -> "/docs/program/". */
export function sitePath(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** The page of a competency, base path included, e.g. "/competencies/archiving/". */
export function competencyHref(slug: string): string {
  return sitePath(`/competencies/${slug}/`);
}

/** The page of each competency by slug, base path included. */
export function competencyHrefs(rules: readonly CompetencyRules[]): Record<string, string> {
  return Object.fromEntries(rules.map((r) => [r.slug, competencyHref(r.slug)]));
}
