/**
 * Content in another language: an English source file with the words of its translation
 * (content/translations/<language>/<collection>/, src/schemas/translation.ts). Each text field is the
 * translation's where it has one and the source's otherwise, and every field shown in English is named, so a
 * page can say so and mark it. Rules (figures, availability, versions, provenance) are always the source's:
 * only the text fields named here are ever read from a translation.
 */
import type { Competency } from '../schemas/competency.ts';
import { DEFAULT_LANG } from '../text/text.ts';
import type { Requirement } from '../schemas/requirement.ts';
import type {
  CompetencyTranslation,
  RegionTranslation,
  RequirementText,
  SummarisedTranslation,
  TierTranslation,
} from '../schemas/translation.ts';

/** A text of the English source shown in place of a translation that lacks it. */
export interface EnglishText {
  /** The field, as a translation names it, e.g. "title", "requirements.revenue.help", "body". */
  field: string;
  /** The English text shown. */
  text: string;
}

/** An entry in a language: its data with the words of the translation, and what of it is still English. */
export interface Translated<T> {
  data: T;
  /** Whether the language has a translation of the entry at all; false: every text is the source's. */
  translated: boolean;
  /** The text fields shown in English because the translation lacks them, in the order of the entry. */
  english: EnglishText[];
}

/** What of one content entry a page in another language shows in English: all of it, or some fields. */
export interface Untranslated {
  /** True when the language has no translation of the entry: every text is English. */
  whole: boolean;
  /** The fields shown in English where the translation lacks them (empty when `whole`). */
  english: readonly EnglishText[];
}

/** What of an entry is shown in English, from its translated form; undefined when none of it is. */
export function untranslatedOf(shown: Translated<unknown>): Untranslated | undefined {
  if (shown.translated && shown.english.length === 0) return undefined;
  return { whole: !shown.translated, english: shown.english };
}

/**
 * The `lang` of an element holding a field of an entry: the source's language when the field is shown in
 * English on a page in another language, so a screen reader reads it in English; else none (the page's).
 */
export function langOfField(untranslated: Untranslated | undefined, field: string): string | undefined {
  if (untranslated === undefined) return undefined;
  return untranslated.whole || untranslated.english.some((e) => e.field === field) ? DEFAULT_LANG : undefined;
}

/**
 * The `lang` of an element holding a text of an entry (a requirement's label, a region's note): the source's
 * language when that text is shown in English on a page in another language; else none (the page's).
 */
export function langOfText(untranslated: Untranslated | undefined, text: string): string | undefined {
  if (untranslated === undefined) return undefined;
  return untranslated.whole || untranslated.english.some((e) => e.text === text) ? DEFAULT_LANG : undefined;
}

/** Collects the English texts used while words are taken from a translation. */
class Words {
  readonly english: EnglishText[] = [];

  /** The translated text, or the English one, noted as such (once: a requirement's words repeat by id). */
  pick(field: string, english: string, translated: string | undefined): string {
    if (translated !== undefined) return translated;
    if (!this.english.some((e) => e.field === field && e.text === english))
      this.english.push({ field, text: english });
    return english;
  }

  /** The entry with its words. */
  done<T>(data: T, translated: boolean): Translated<T> {
    return { data, translated, english: this.english };
  }
}

/** An entry as its source has it, for the source's language or a language without a translation of it. */
export function untranslated<T>(data: T): Translated<T> {
  return { data, translated: false, english: [] };
}

/** The fields of a requirement's words, as the translation and the source name them. */
const REQUIREMENT_FIELDS = ['label', 'evidence', 'help'] as const;

function requirementIn(words: Words, r: Requirement, text: RequirementText | undefined): Requirement {
  const at = `requirements.${r.id}`;
  const own = Object.fromEntries(
    REQUIREMENT_FIELDS.map((f) => [f, words.pick(`${at}.${f}`, r[f], text?.[f])]),
  ) as Pick<Requirement, (typeof REQUIREMENT_FIELDS)[number]>;
  if (r.kind !== 'satisfaction') return { ...r, ...own };
  const name = words.pick(`${at}.scale.name`, r.scale.name, text?.scale?.name);
  return { ...r, ...own, scale: { ...r.scale, name } };
}

/**
 * Requirement lists with the words of the translation by requirement id: the same id at another level,
 * business model or in the announced rules names the same measure, so the translation gives its words once.
 */
function requirementsIn<R extends Competency['requirements']>(
  words: Words,
  requirements: R,
  texts: Readonly<Record<string, RequirementText>>,
): R {
  const out: Record<string, Record<string, Requirement[]>> = {};
  for (const [level, lists] of Object.entries(requirements)) {
    const byModel: Record<string, Requirement[]> = {};
    for (const [model, list] of Object.entries(lists ?? {})) {
      if (list === undefined) continue;
      byModel[model] = list.map((r) =>
        requirementIn(words, r, Object.hasOwn(texts, r.id) ? texts[r.id] : undefined),
      );
    }
    out[level] = byModel;
  }
  return out as R;
}

/**
 * A competency in a language: title, summary, requirement words by id, region notes, history summaries, the
 * announced summary and an interim designation's end from the translation where it has them; everything else,
 * and the words it lacks, from the source. `body` says whether the translation has a body of its own.
 */
export function translateCompetency<C extends Competency>(
  source: C,
  translation: { data: CompetencyTranslation; body: boolean } | undefined,
): Translated<C> {
  if (translation === undefined) return untranslated(source);
  const text = translation.data;
  const words = new Words();
  const title = words.pick('title', source.title, text.title);
  const summary = words.pick('summary', source.summary, text.summary);
  if (!translation.body) words.english.push({ field: 'body', text: '' });
  const texts = text.requirements ?? {};
  const requirements = requirementsIn(words, source.requirements, texts);
  const regions = source.regions.map((r) =>
    r.note === undefined
      ? r
      : { ...r, note: words.pick(`regions.${r.id}.note`, r.note, text.regions?.[r.id]?.note) },
  );
  const history = source.history.map((h) => ({
    ...h,
    summary: words.pick(`history.${h.version}.summary`, h.summary, text.history?.[h.version]?.summary),
  }));
  const announced = source.announced && {
    ...source.announced,
    summary: words.pick('announced.summary', source.announced.summary, text.announced?.summary),
    requirements: requirementsIn(words, source.announced.requirements, texts),
  };
  const designation = source.designation && {
    ...source.designation,
    until: words.pick('designation.until', source.designation.until, text.designation?.until),
  };
  const data: C = { ...source, title, summary, requirements, regions, history };
  if (announced) data.announced = announced;
  if (designation) data.designation = designation;
  return words.done(data, true);
}

/** A level or a business model in a language: title and summary. */
export function translateSummarised<T extends { title: string; summary: string }>(
  source: T,
  translation: SummarisedTranslation | undefined,
): Translated<T> {
  if (translation === undefined) return untranslated(source);
  const words = new Words();
  const title = words.pick('title', source.title, translation.title);
  const summary = words.pick('summary', source.summary, translation.summary);
  return words.done({ ...source, title, summary }, true);
}

/** A region in a language: title and short name. */
export function translateRegion<T extends { title: string; short: string }>(
  source: T,
  translation: RegionTranslation | undefined,
): Translated<T> {
  if (translation === undefined) return untranslated(source);
  const words = new Words();
  const title = words.pick('title', source.title, translation.title);
  const short = words.pick('short', source.short, translation.short);
  return words.done({ ...source, title, short }, true);
}

/** A tier in a language: title, summary and each benefit by its place in the source's list. */
export function translateTier<T extends { title: string; summary: string; benefits: string[] }>(
  source: T,
  translation: TierTranslation | undefined,
): Translated<T> {
  if (translation === undefined) return untranslated(source);
  const words = new Words();
  const title = words.pick('title', source.title, translation.title);
  const summary = words.pick('summary', source.summary, translation.summary);
  const benefits = source.benefits.map((b, i) => words.pick(`benefits.${i}`, b, translation.benefits?.[i]));
  return words.done({ ...source, title, summary, benefits }, true);
}
