import { z } from 'astro/zod';
import type { Competency } from '../../schemas/competency.ts';
import {
  TRANSLATION_SCHEMAS,
  TRANSLATIONS_DIR,
  type CompetencyTranslation,
  type TranslatedCollection,
} from '../../schemas/translation.ts';
import { isRecord } from '../../util/is-record.ts';
import { compareVersions } from '../../util/versions.ts';
import { closest, didYouMean } from '../suggest.ts';
import type { Context, Path, RawEntry, Report, RuleInfo, TranslationFile } from '../types.ts';
import { validate } from '../validate.ts';
import { requirementLists } from './requirement-lists.ts';

/** Rule translation-text-only, with what it makes sure of (listed in content/README.md). */
export const translationTextOnlyRule = {
  name: 'translation-text-only',
  check: checkTranslations,
  description:
    'a translation (content/translations/<language>/<collection>/) carries only the text of a file and of fields its English source has: no threshold, availability or version of its own, in a field or in its words',
} as const satisfies RuleInfo;

/** Rule translation-current, with what it makes sure of (listed in content/README.md). */
export const translationCurrentRule = {
  name: 'translation-current',
  description:
    "a competency's translation was written for its source's current rules version (`translates`); an older one is stale",
} as const satisfies RuleInfo;

/** Where a translation's English source is, by the collection folder. */
const SOURCES: Readonly<Record<TranslatedCollection, (ctx: Context) => readonly RawEntry[]>> = {
  competencies: (ctx) => ctx.input.competencies,
  levels: (ctx) => ctx.input.levels,
  'business-models': (ctx) => ctx.input.businessModels,
  regions: (ctx) => ctx.input.regions,
  tiers: (ctx) => ctx.input.tiers,
};

const COLLECTIONS = Object.keys(TRANSLATION_SCHEMAS) as TranslatedCollection[];

/** A competency's parts that a translation names by key: requirements by id, regions by code, history by version. */
const KEYED: Readonly<Record<string, (c: Competency) => ReadonlyMap<string, unknown>>> = {
  requirements: (c) => {
    const lists = [...requirementLists(c), ...(c.announced ? requirementLists(c.announced) : [])];
    // The first list that names an id gives its words: the current rules before the announced ones.
    return new Map(lists.flatMap(({ list }) => list.map((r) => [r.id, r] as const)).reverse());
  },
  regions: (c) => new Map(c.regions.filter((r) => r.note !== undefined).map((r) => [r.id, r])),
  history: (c) => new Map(c.history.map((h) => [h.version, h])),
};

/** What a message says of a key of a translation's keyed part that the source lacks. */
const NOT_IN_SOURCE: Readonly<Record<string, (key: string) => string>> = {
  requirements: (key) => `no requirement with id "${key}" in the English source`,
  regions: (key) => `the English source writes no note for region "${key}"`,
  history: (key) => `no version "${key}" in the English source's history`,
};

/**
 * Rules translation-text-only and translation-current: each translation has an English source of the same
 * name, names only fields that source has, carries no rule of its own (a field or a figure in its words), and
 * a competency's was written for the source's current rules version.
 */
export function checkTranslations(ctx: Context, report: Report): void {
  for (const file of ctx.input.translations ?? []) checkTranslation(ctx, file, report);
}

function checkTranslation(ctx: Context, { lang, collection, entry }: TranslationFile, report: Report): void {
  const say = (path: Path, message: string, rule: string = translationTextOnlyRule.name) =>
    report(entry, path, rule, message);
  if (lang === '') {
    say(
      [],
      `a translation belongs in ${TRANSLATIONS_DIR}/<language>/<collection>/<name>.mdx, named as its English source, e.g. ${TRANSLATIONS_DIR}/de/competencies/archiving.mdx`,
    );
    return;
  }
  if (!ctx.languages.includes(lang)) {
    const hint = closest(lang, ctx.languages);
    say(
      [],
      ctx.languages.length === 0
        ? `the site has no language but English yet, so "${lang}" cannot be translated to; a language's words (src/text/) come first`
        : `"${lang}" is not a language of the site; expected a folder ${TRANSLATIONS_DIR}/<language>/ for one of: ${ctx.languages.join(', ')}${hint ? `; ${didYouMean(hint)}` : ''}`,
    );
    return;
  }
  if (!(COLLECTIONS as string[]).includes(collection)) {
    const hint = closest(collection, COLLECTIONS);
    say(
      [],
      `"${collection}" is not a collection that has translations; expected ${TRANSLATIONS_DIR}/${lang}/<collection>/ for one of: ${COLLECTIONS.join(', ')}${hint ? `; ${didYouMean(hint)}` : ''}`,
    );
    return;
  }
  const kind = collection as TranslatedCollection;
  const sources = SOURCES[kind](ctx);
  const source = sources.find((s) => s.id === entry.id);
  if (source === undefined) {
    const hint = closest(
      entry.id,
      sources.map((s) => s.id),
    );
    say(
      [],
      `no English source ${ctx.input.root}/${collection}/${entry.id}.mdx for this translation; a translation takes the name of its source${hint ? `; ${didYouMean(`${hint}.mdx`)}` : ''}`,
    );
    return;
  }
  const competency =
    kind === 'competencies' ? ctx.competencies.find((c) => c.entry.id === entry.id)?.data : undefined;
  const raw = entry.frontmatter.data;
  const schema: z.ZodType = TRANSLATION_SCHEMAS[kind];
  const kept = fieldsOf(raw, schema, source.frontmatter.data, competency, [], say);
  const result = validate({ ...entry, frontmatter: { ...entry.frontmatter, data: kept } }, schema, report);
  if (!('data' in result)) return;
  if (competency === undefined) return;
  const text = result.data as CompetencyTranslation;
  figuresIn(text, entry, competency, source, report);
  const order = compareVersions(text.translates, competency.version);
  if (order < 0) {
    const change = competency.history[0];
    say(
      ['translates'],
      `stale: written for version "${text.translates}" of ${source.file}, which is at "${competency.version}" since ${competency.effective}${change ? ` (${change.summary})` : ''}; bring the text up to date with what changed, then set translates: "${competency.version}"`,
      translationCurrentRule.name,
    );
  } else if (order > 0) {
    say(
      ['translates'],
      `${source.file} is at version "${competency.version}"; a translation cannot be written for "${text.translates}", so expected translates: "${competency.version}"`,
      translationCurrentRule.name,
    );
  }
}

/** A schema with its optional wrapper taken off. */
function bare(schema: z.ZodType): z.ZodType {
  return schema instanceof z.ZodOptional ? bare(schema.unwrap() as z.ZodType) : schema;
}

/**
 * The translation's data with only the fields its schema knows, each field it does not know reported: one that
 * is a rule of the source (a threshold, a version, availability) as restating it, any other as a field the
 * source lacks; keys of a keyed part (a requirement id, a region, a version) must be the source's.
 */
function fieldsOf(
  raw: unknown,
  schema: z.ZodType,
  source: unknown,
  competency: Competency | undefined,
  path: PropertyKey[],
  say: (path: Path, message: string) => void,
): unknown {
  const shape = bare(schema);
  if (shape instanceof z.ZodObject && isRecord(raw)) {
    const known = Object.keys(shape.shape);
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
      const here = [...path, key];
      const field = shape.shape[key] as z.ZodType | undefined;
      if (field !== undefined) {
        const inSource = isRecord(source) ? source[key] : undefined;
        kept[key] = fieldsOf(value, field, inSource, competency, here, say);
      } else if (isRecord(source) && key in source) {
        say(
          here,
          `"${key}" restates a rule of the English source: a translation carries only text (${known.join(', ')}), and the site takes ${key} from the source; remove it here`,
        );
      } else {
        const hint = closest(key, known);
        say(
          here,
          `unknown field "${key}": the source has no such text to translate; expected one of ${known.join(', ')}${hint ? `; ${didYouMean(hint)}` : ''}`,
        );
      }
    }
    return kept;
  }
  if (shape instanceof z.ZodRecord && isRecord(raw)) {
    const part = String(path[0]);
    const items = competency ? (KEYED[part]?.(competency) ?? new Map<string, unknown>()) : new Map();
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(raw)) {
      const here = [...path, key];
      if (!items.has(key)) {
        const hint = closest(key, [...items.keys()]);
        say(
          here,
          `${NOT_IN_SOURCE[part]?.(key) ?? `no "${key}" in the English source`}, so there is nothing to translate here${hint ? `; ${didYouMean(hint)}` : ''}`,
        );
        continue;
      }
      kept[key] = fieldsOf(value, shape.valueType as z.ZodType, items.get(key), competency, here, say);
    }
    return kept;
  }
  if (
    shape instanceof z.ZodArray &&
    Array.isArray(raw) &&
    Array.isArray(source) &&
    raw.length > source.length
  ) {
    say(
      [...path, source.length],
      `the source has ${source.length} ${String(path.at(-1))}; a translation gives the same ones in the same order, so expected at most ${source.length}`,
    );
    return raw.slice(0, source.length);
  }
  return raw;
}

/** Every figure written in a text, as the numbers it could mean ("50.000", "50,000", "5万" and "８，５" alike). */
export function figuresOf(text: string): Set<number> {
  const found = new Set<number>();
  const plain = text.normalize('NFKC');
  for (const m of plain.matchAll(/\d+(?:[.,'’\u00a0\u202f ]\d+)*(\s*[万千])?/g)) {
    const digits = m[0].replace(/\s*[万千]$/, '');
    const scale = m[1]?.includes('万') ? 10_000 : m[1]?.includes('千') ? 1_000 : 1;
    const whole = Number(digits.replace(/[^\d]/g, ''));
    found.add(whole * scale);
    const decimal = /^(.*)[.,](\d{1,2})$/.exec(digits);
    if (decimal) found.add(Number(`${(decimal[1] ?? '').replace(/[^\d]/g, '')}.${decimal[2] ?? ''}`) * scale);
  }
  return found;
}

/** The figures of a competency's rules: every number of every requirement (thresholds, periods, scales). */
function ruleFigures(requirement: unknown): number[] {
  if (typeof requirement === 'number') return [requirement];
  if (Array.isArray(requirement)) return requirement.flatMap(ruleFigures);
  if (isRecord(requirement)) return Object.values(requirement).flatMap(ruleFigures);
  return [];
}

/**
 * Rule translation-text-only, in the words: a figure of the rules that the translated text writes and the
 * English text beside it does not. The site shows the figures from the source, so a translation that writes
 * one would go on saying it after the source changes.
 */
function figuresIn(
  text: CompetencyTranslation,
  entry: RawEntry,
  competency: Competency,
  source: RawEntry,
  report: Report,
): void {
  const requirements = KEYED['requirements']?.(competency) ?? new Map<string, unknown>();
  // Outside a requirement's own words, only figures of two digits or more count: a "1" or "2" in a sentence
  // (a step, a list) is too common to be a count restated.
  const all = new Set([...requirements.values()].flatMap(ruleFigures).filter((n) => Math.abs(n) >= 10));
  const restated = (translated: string, english: string | undefined, figures: ReadonlySet<number>) => {
    const written = figuresOf(english ?? '');
    return [...figuresOf(translated)].filter((n) => figures.has(n) && !written.has(n));
  };
  const say = (path: Path, figure: number, whose: string, at?: { line: number; column: number }) =>
    report(
      entry,
      path,
      translationTextOnlyRule.name,
      `restates the figure ${figure} of ${whose}, which the English text does not write: the site shows the rules' figures from the source, so leave it out of the translation`,
      at ? { at } : undefined,
    );
  for (const [id, words] of Object.entries(text.requirements ?? {})) {
    const requirement = requirements.get(id);
    const figures = new Set(ruleFigures(requirement));
    for (const field of ['label', 'evidence', 'help'] as const) {
      const translated = words[field];
      if (translated === undefined) continue;
      const english = isRecord(requirement) ? requirement[field] : undefined;
      for (const figure of restated(translated, typeof english === 'string' ? english : undefined, figures))
        say(['requirements', id, field], figure, `requirement "${id}"`);
    }
  }
  for (const field of ['title', 'summary'] as const) {
    for (const figure of restated(text[field], competency[field], all))
      say([field], figure, 'its requirements');
  }
  const englishBody = figuresOf(source.frontmatter.body);
  entry.frontmatter.body.split('\n').forEach((line, i) => {
    for (const figure of restated(line, undefined, all)) {
      if (englishBody.has(figure)) continue;
      say(['body'], figure, 'its requirements', {
        line: entry.frontmatter.bodyLine + i,
        column: line.search(/\d/) + 1,
      });
    }
  });
}
