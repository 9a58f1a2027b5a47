/**
 * The one reader of the content collections for pages: every collection is read once per build and handed
 * out as plain data (rules, labels, regions, tiers) with the site's links. Pages ask here and pass what they
 * get to the view-model builders, which stay pure and testable without astro:content.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { z } from 'astro/zod';
import { interimDesignationOf } from './domain/designation.ts';
import { siteLabels, type SiteLabels } from './domain/labels.ts';
import { toRules, type CompetencyRules } from './domain/rules.ts';
import {
  translateCompetency,
  translateRegion,
  translateSummarised,
  translateTier,
  untranslatedOf,
  type Translated,
  type Untranslated,
} from './domain/translated.ts';
import { rulesOn } from './domain/announced.ts';
import { rulesDate } from './site.config.ts';
import type { BusinessModelId, LevelId } from './schemas/ids.ts';
import type { Tier } from './schemas/tier.ts';
import {
  TRANSLATION_SCHEMAS,
  type CompetencyTranslation,
  type TranslatedCollection,
} from './schemas/translation.ts';
import { DEFAULT_LANG, type Lang } from './text/text.ts';
import { sortCompetencies, type RegionInfo } from './views/catalogue.ts';
import { rulesFileJson } from './persistence/portfolio-rules.ts';
import { cached } from './util/cached.ts';
import { withBase } from './util/base-path.ts';
import { localePath } from './text/langs.ts';

/** A level or business model with what the program pages say about it. */
export interface Described<Id extends string> {
  id: Id;
  title: string;
  summary: string;
}

/** Everything pages read from content in one language, each list in the order content gives it. */
export interface SiteData {
  /** The language of the text below. */
  lang: Lang;
  /** The competency entries, as getCollection returns them: the English sources. */
  entries: CollectionEntry<'competencies'>[];
  /**
   * The entry whose body each competency's page renders, in the order of `entries`: its translation's when it
   * has a body, else the English source's.
   */
  bodies: (CollectionEntry<'competencies'> | CollectionEntry<'translations'>)[];
  /** The rules of every competency, in the order of `entries`, their words in the language. */
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
  /**
   * What is shown in English because a translation is missing or lacks a field, by collection folder and
   * entry id (competencies by slug); an entry wholly translated is not listed. Empty in English.
   */
  untranslated: Readonly<Record<TranslatedCollection, ReadonlyMap<string, Untranslated>>>;
}

/** A translation as the language's pages use it: its words, and whether it has a body of its own. */
interface Translation<Data> {
  data: Data;
  body: boolean;
  entry: CollectionEntry<'translations'>;
}

/** The translations to `lang`, by collection folder and id, each parsed by its collection's schema. */
function translationsTo(
  lang: Lang,
  entries: readonly CollectionEntry<'translations'>[],
): Map<string, Translation<unknown>> {
  const found = new Map<string, Translation<unknown>>();
  for (const entry of entries) {
    const [language, collection, ...name] = entry.id.split('/');
    if (language !== lang || collection === undefined || !Object.hasOwn(TRANSLATION_SCHEMAS, collection))
      continue;
    const schema: z.ZodType = TRANSLATION_SCHEMAS[collection as TranslatedCollection];
    // The content check stops a build on a translation that does not parse; in dev it reports it, and
    // the page shows the English text meanwhile.
    const parsed = schema.safeParse(entry.data);
    if (!parsed.success) continue;
    // A body compiled as MDX is rendered later, from its module: it has one.
    const body = entry.rendered === undefined || entry.rendered.html.trim() !== '';
    found.set(`${collection}/${name.join('/')}`, { data: parsed.data, body, entry });
  }
  return found;
}

async function load(lang: Lang): Promise<SiteData> {
  const [entries, levelEntries, modelEntries, regionEntries, tierEntries, translationEntries] =
    await Promise.all([
      getCollection('competencies'),
      getCollection('levels'),
      getCollection('businessModels'),
      getCollection('regions'),
      getCollection('tiers'),
      lang === DEFAULT_LANG ? [] : getCollection('translations'),
    ]);
  const translations = translationsTo(lang, translationEntries);
  const untranslated: Record<TranslatedCollection, Map<string, Untranslated>> = {
    competencies: new Map(),
    levels: new Map(),
    'business-models': new Map(),
    regions: new Map(),
    tiers: new Map(),
  };
  const inLang = <Data, Text>(
    collection: TranslatedCollection,
    id: string,
    translate: (text: Translation<Text> | undefined) => Translated<Data>,
  ): Data => {
    const text = translations.get(`${collection}/${id}`) as Translation<Text> | undefined;
    const shown = translate(text);
    const english = lang === DEFAULT_LANG ? undefined : untranslatedOf(shown);
    if (english) untranslated[collection].set(id, english);
    return shown.data;
  };
  const entryIn =
    <Data, Text>(
      collection: TranslatedCollection,
      translate: (data: Data, text: Text | undefined) => Translated<Data>,
    ) =>
    (e: { id: string; data: Data }) => ({
      id: e.id,
      data: inLang<Data, Text>(collection, e.id, (t) => translate(e.data, t?.data)),
    });
  const levels = levelEntries.map(entryIn('levels', translateSummarised<CollectionEntry<'levels'>['data']>));
  const models = modelEntries.map(
    entryIn('business-models', translateSummarised<CollectionEntry<'businessModels'>['data']>),
  );
  const regions = regionEntries.map(entryIn('regions', translateRegion<CollectionEntry<'regions'>['data']>));
  const tiers = tierEntries.map(entryIn('tiers', translateTier<CollectionEntry<'tiers'>['data']>));
  // The rules in force on the day the site is built for: announced rules switch in on their date. The words
  // are the language's before the switch, so an announcement's translated summary becomes its history's.
  const day = rulesDate();
  const bodies: SiteData['bodies'] = [];
  const rules = entries.map((entry) => {
    const text = translations.get(`competencies/${entry.id}`) as
      Translation<CompetencyTranslation> | undefined;
    bodies.push(text?.body ? text.entry : entry);
    const source = toRules(entry);
    return rulesOn(
      inLang('competencies', entry.id, () => translateCompetency(source, text)),
      day,
    );
  });
  const labels = siteLabels({ levels, models, regions, tiers });
  const summaries = new Map([...levels, ...models].map((e) => [e.id, e.data.summary]));
  const described = <Id extends string>(list: readonly { id: Id; title: string }[]): Described<Id>[] =>
    list.map(({ id, title }) => ({ id, title, summary: summaries.get(id) ?? '' }));
  return {
    lang,
    entries,
    bodies,
    rules,
    designation: interimDesignationOf(rules),
    labels,
    levels: described(labels.levels),
    models: described(labels.models),
    regions: [...regions].sort((a, b) => a.data.order - b.data.order).map((e) => ({ id: e.id, ...e.data })),
    tiers: [...tiers].sort((a, b) => a.data.rank - b.data.rank).map((e) => ({ id: e.id, ...e.data })),
    untranslated,
  };
}

const loaded = new Map<Lang, Promise<SiteData>>();

/** The site's content in `lang`, read once per build and language; read afresh on each request in dev, so edits show up. */
export function siteData(lang: Lang): Promise<SiteData> {
  if (import.meta.env.DEV) return load(lang);
  return cached(loaded, lang, () => load(lang));
}

const rulesFiles = new WeakMap<SiteData, string>();

/**
 * The text of the portfolio's rules file (src/persistence/portfolio-rules.ts) for the catalogue, built once
 * per build for both the file and the page that names it by its fingerprint.
 */
export async function portfolioRulesJson(lang: Lang): Promise<string> {
  const site = await siteData(lang);
  return cached(rulesFiles, site, () => rulesFileJson(sortCompetencies(site.rules)));
}

/** A file of the site that is the same in every language, base path included, e.g. "/docs/pagefind/pagefind.js". */
export function assetPath(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/**
 * A root-relative path in a language, with the site's base path: the default language's pages are at the
 * path itself, every other's under its tag, e.g. ("de", "/program/") -> "/docs/de/program/".
 */
export function sitePath(lang: Lang, path: string): string {
  return withBase(import.meta.env.BASE_URL, localePath(lang, path));
}

/** The page of a competency in a language, base path included, e.g. "/de/competencies/archiving/". */
export function competencyHref(lang: Lang, slug: string): string {
  return sitePath(lang, `/competencies/${slug}/`);
}

/** The page of each competency by slug in a language, base path included. */
export function competencyHrefs(lang: Lang, rules: readonly CompetencyRules[]): Record<string, string> {
  return Object.fromEntries(rules.map((r) => [r.slug, competencyHref(lang, r.slug)]));
}
