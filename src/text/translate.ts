import type en from './en.ts';
import { fill } from './fill.ts';
import { formatDecimal, takesOne, type LocaleFormats } from './formats.ts';

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

/** The keys whose text has no placeholder, e.g. for a table that names its words by key. */
export type PlainKey = { [K in TextKey]: TextParams<K> extends [] ? K : never }[TextKey];

/** The keys that come as a pair for counts, `base_one` and `base_other`, by their base. */
export type CountKey = { [K in TextKey]: K extends `${infer Base}_one` ? Base : never }[TextKey];

type CountPlaceholders<B extends CountKey> = Exclude<KeyPlaceholders<`${B}_other` & TextKey>, 'count'>;

/** What a count's text needs besides the count: nothing, or one value for every other placeholder. */
export type CountParams<B extends CountKey> = [CountPlaceholders<B>] extends [never]
  ? []
  : [params: Readonly<Record<CountPlaceholders<B>, string | number>>];

/**
 * A key's text in one language, with its placeholders filled; `count()` the text of a count, `base_one` or
 * `base_other` by the language's plural rules, with `{count}` written as the language writes numbers. The
 * rest writes figures as the language does (formats.ts; days in days.ts), so every sentence fills in figures
 * of its language.
 */
export type Translate = (<K extends TextKey>(key: K, ...params: TextParams<K>) => string) & {
  count: <B extends CountKey>(base: B, count: number, ...params: CountParams<B>) => string;
  /** The text with its placeholders as they are, for code that fills them later (a page's own script). */
  raw: (key: TextKey) => string;
  /** The language, by its BCP 47 tag. */
  lang: string;
  /** How the language writes figures, as data (for a page to hand an island). */
  formats: LocaleFormats;
  /** A number with group separators and at most two decimals, e.g. "50,000" or "50.000". */
  number: (value: number) => string;
  /** A number with every decimal a partner may type, e.g. "185,000.125": the echo of a reading. */
  exact: (value: number) => string;
  /** An amount with its currency code, e.g. "USD 50,000", "50.000 USD". */
  money: (amount: number, currency: string) => string;
  /** A percentage given in percent, e.g. 12.5 -> "12.5%", "12,5 %". */
  percent: (value: number) => string;
  /** Items joined as the language lists them, e.g. "A, B and C", "A、B、C". */
  list: (items: readonly string[]) => string;
};

/** The typed `t()` over `words` in `lang`, writing figures in `formats`; a key missing from them is a mistake in the caller. */
export function translatorOver(lang: string, words: Words, formats: LocaleFormats): Translate {
  const raw = (key: TextKey): string => {
    const value = words[key];
    if (value === undefined) throw new Error(`No site text for "${key}" in ${lang}`);
    return value;
  };
  const text = (key: string, params?: Readonly<Record<string, string | number>>): string =>
    fill(raw(key as TextKey), params);
  const number = (value: number): string => formatDecimal(value, 2, formats);
  return Object.assign(
    (key: TextKey, ...params: [Readonly<Record<string, string | number>>?]) => text(key, params[0]),
    {
      raw,
      lang,
      formats,
      number,
      exact: (value: number) => formatDecimal(value, 12, formats),
      money: (amount: number, currency: string) => fill(formats.money, { amount: number(amount), currency }),
      percent: (value: number) => fill(formats.percent, { n: number(value) }),
      list: (items: readonly string[]) =>
        items.length <= 1
          ? (items[0] ?? '')
          : items.slice(0, -1).join(raw('list.separator')) + raw('list.lastSeparator') + items.at(-1),
      count: (base: CountKey, count: number, ...params: [Readonly<Record<string, string | number>>?]) =>
        text(`${base}_${takesOne(formats, count) ? 'one' : 'other'}`, { ...params[0], count: number(count) }),
    },
  ) as Translate;
}

/** The words a page hands an island for its code that loads late: its language, and the words by key. */
export interface IslandWords {
  readonly lang: string;
  readonly words: Words;
  /** How the language writes figures. */
  readonly formats: LocaleFormats;
}

const made = new WeakMap<IslandWords, Translate>();

/** The typed `t()` over the words a page handed an island, made once per island. */
export function islandTranslator(handed: IslandWords): Translate {
  let t = made.get(handed);
  if (t === undefined) {
    t = translatorOver(handed.lang, handed.words, handed.formats);
    made.set(handed, t);
  }
  return t;
}
