import de from './de.ts';
import en from './en.ts';
import ja from './ja.ts';
import { fill, PLACEHOLDER } from './fill.ts';
import { DEFAULT_LANG, LANGS, langOf, TRANSLATED, type Lang } from './langs.ts';
import { fillParts } from './fill-parts.ts';
import { localeFormats } from './locale.ts';
import { translatorOver, type Dictionary, type TextKey, type Translate } from './translate.ts';

export { DEFAULT_LANG, fill, fillParts, LANGS, langOf, translatorOver };
export type { Lang };
export type {
  CountKey,
  CountParams,
  Dictionary,
  KeyPlaceholders,
  PlainKey,
  TextKey,
  TextParams,
  Translate,
  Words,
} from './translate.ts';

/**
 * The site's own words, by key, in each language it speaks (`en.ts` says how keys and values are written).
 * Every view asks `translator(lang)` for its words; none writes a sentence of its own.
 */

/** The languages the site speaks, by their BCP 47 tag. The first is the default. */
export const DICTIONARIES = { en, de, ja } as const satisfies Readonly<Record<Lang, Dictionary>>;

/** The languages content is translated to: every one the site speaks but the default, the source's. */
export const TRANSLATED_LANGS: readonly Lang[] = TRANSLATED;

const translators = new Map<Lang, Translate>();

/** The site's words in `lang` (one translator per language, so what is worked out in its words is kept once). */
export function translator(lang: Lang): Translate {
  let t = translators.get(lang);
  if (t === undefined) {
    t = translatorOver(lang, DICTIONARIES[lang], localeFormats(lang));
    translators.set(lang, t);
  }
  return t;
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
