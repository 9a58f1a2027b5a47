import type en from './en.ts';
import { fill } from './fill.ts';

/**
 * The typed `t()` over words of one language, apart from the dictionaries: the server builds it over a whole
 * dictionary (`translator` in text.ts), an island's late-loaded code over the words its page handed it
 * (`islandWords`), so no dictionary enters an island's JavaScript.
 */

/** A key of the site's text. */
export type TextKey = keyof typeof en;

/** The words of one language: a value for every key. */
export type Dictionary = { readonly [K in TextKey]: string };

/** Some words of one language, by key: what a page hands an island. */
export type Words = { readonly [K in TextKey]?: string };

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
  /** The language, by its BCP 47 tag: for dates and numbers written in it. */
  lang: string;
};

/** The typed `t()` over `words` in `lang`; a key missing from them is a mistake in the caller. */
export function translatorOver(lang: string, words: Words): Translate {
  const raw = (key: TextKey): string => {
    const value = words[key];
    if (value === undefined) throw new Error(`No site text for "${key}" in ${lang}`);
    return value;
  };
  const text = (key: string, params?: Readonly<Record<string, string | number>>): string =>
    fill(raw(key as TextKey), params);
  // Made on the first count: the first Intl object of a page loads the browser's locale data, which an
  // island's words should not cost before they count anything.
  let plurals: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  return Object.assign(
    (key: TextKey, ...params: [Readonly<Record<string, string | number>>?]) => text(key, params[0]),
    {
      raw,
      lang,
      count: (base: CountKey, count: number, ...params: [Readonly<Record<string, string | number>>?]) =>
        text(
          `${base}_${(plurals ??= new Intl.PluralRules(lang)).select(count) === 'one' ? 'one' : 'other'}`,
          {
            ...params[0],
            count: (numbers ??= new Intl.NumberFormat(lang)).format(count),
          },
        ),
    },
  ) as Translate;
}

/** The words a page hands an island for its code that loads late: its language, and the words by key. */
export interface IslandWords {
  readonly lang: string;
  readonly words: Words;
}

const made = new WeakMap<IslandWords, Translate>();

/** The typed `t()` over the words a page handed an island, made once per island. */
export function islandTranslator(handed: IslandWords): Translate {
  let t = made.get(handed);
  if (t === undefined) {
    t = translatorOver(handed.lang, handed.words);
    made.set(handed, t);
  }
  return t;
}
