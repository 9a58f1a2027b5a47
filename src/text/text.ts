import en from './en.ts';
import { fill, fillParts, PLACEHOLDER } from './fill.ts';

export { fill, fillParts };

/**
 * The site's own words, by key, in each language it speaks (`en.ts` says how keys and values are written).
 * Every view asks `translator(lang)` for its words; none writes a sentence of its own.
 */

/** A key of the site's text. */
export type TextKey = keyof typeof en;

/** The words of one language: a value for every key. */
export type Dictionary = { readonly [K in TextKey]: string };

/** The languages the site speaks, by their BCP 47 tag. The first is the default. */
export const DICTIONARIES = { en } as const satisfies Readonly<Record<string, Dictionary>>;

export type Lang = keyof typeof DICTIONARIES;

export const DEFAULT_LANG: Lang = 'en';

/** The languages content is translated to: every one the site speaks but the default, the source's. */
export const TRANSLATED_LANGS: readonly string[] = Object.keys(DICTIONARIES).filter(
  (l) => l !== DEFAULT_LANG,
);

/** The placeholder names of a text, from `{name}`s in the English value. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** The placeholder names of a key. */
export type KeyPlaceholders<K extends TextKey> = Placeholders<(typeof en)[K]>;

/** What `t()` needs besides the key: nothing, or one value for every placeholder. */
export type TextParams<K extends TextKey> = [KeyPlaceholders<K>] extends [never]
  ? []
  : [params: Readonly<Record<KeyPlaceholders<K>, string | number>>];

/** The keys that come as a pair for counts, `base_one` and `base_other`, by their base. */
export type CountKey = { [K in TextKey]: K extends `${infer Base}_one` ? Base : never }[TextKey];

type CountPlaceholders<B extends CountKey> = Exclude<KeyPlaceholders<`${B}_other` & TextKey>, 'count'>;

/** What a count's text needs besides the count: nothing, or one value for every other placeholder. */
export type CountParams<B extends CountKey> = [CountPlaceholders<B>] extends [never]
  ? []
  : [params: Readonly<Record<CountPlaceholders<B>, string | number>>];

/**
 * A key's text in one language, with its placeholders filled; `count()` the text of a count, `base_one` or
 * `base_other` by the language's plural rules, with `{count}` written as the language writes numbers.
 */
export type Translate = (<K extends TextKey>(key: K, ...params: TextParams<K>) => string) & {
  count: <B extends CountKey>(base: B, count: number, ...params: CountParams<B>) => string;
  /** The text with its placeholders as they are, for code that fills them later (a page's own script). */
  raw: (key: TextKey) => string;
};

/** The language of a page: Astro's current locale when the site speaks it, else the default. */
export function langOf(locale: string | undefined): Lang {
  return locale !== undefined && Object.hasOwn(DICTIONARIES, locale) ? (locale as Lang) : DEFAULT_LANG;
}

/** The site's words in `lang`. */
export function translator(lang: Lang): Translate {
  const words: Readonly<Record<string, string | undefined>> = DICTIONARIES[lang];
  const text = (key: string, params?: Readonly<Record<string, string | number>>): string => {
    const value = words[key];
    if (value === undefined) throw new Error(`No site text for "${key}" in ${lang}`);
    return fill(value, params);
  };
  const plurals = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  return Object.assign(
    (key: TextKey, ...params: [Readonly<Record<string, string | number>>?]) => text(key, params[0]),
    {
      raw: (key: TextKey) => DICTIONARIES[lang][key],
      count: (base: CountKey, count: number, ...params: [Readonly<Record<string, string | number>>?]) =>
        text(`${base}_${plurals.select(count) === 'one' ? 'one' : 'other'}`, {
          ...params[0],
          count: numbers.format(count),
        }),
    },
  ) as Translate;
}

/** A text split at its placeholders: plain strings, and `{ slot }` where a placeholder stands. */
export type TextPart = string | { readonly slot: string };

/** A key's text in `lang` as parts, for a view that puts markup (a link, a mark) where a placeholder stands. */
export function textParts(lang: Lang, key: TextKey): TextPart[] {
  const text: string = DICTIONARIES[lang][key];
  return text
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 === 1 ? { slot: part } : part))
    .filter((p) => p !== '');
}
