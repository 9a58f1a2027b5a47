/**
 * The languages the site speaks, by their BCP 47 tag, the default first: its pages are at the site's own
 * addresses, every other language's under its tag ("/de/program/"). Each has a dictionary in this folder
 * (text.ts holds them to this list).
 */
export const LANGS = ['en', 'de', 'ja'] as const;

export type Lang = (typeof LANGS)[number];

/** The language of the content's source files and of the pages without a prefix. */
export const DEFAULT_LANG = 'en' satisfies Lang;

/** The languages but the default: those content is translated to, each under its own path prefix. */
export const TRANSLATED: readonly Lang[] = LANGS.filter((l) => l !== DEFAULT_LANG);

/** Each language by its own name, as its speakers look for it in a list of languages. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', de: 'Deutsch', ja: '日本語' };

/** A root-relative path in `lang`, without the base path: ("de", "/program/") -> "/de/program/". */
export function localePath(lang: Lang, path: string): string {
  return lang === DEFAULT_LANG ? path : `/${lang}/${path.replace(/^\/+/, '')}`;
}

/**
 * The path a page has in the default language, from its path in any language (both without the base path):
 * "/de/program/" -> "/program/". Every language's page of one route has the same default path.
 */
export function defaultPath(path: string): string {
  const [, first, rest = ''] = /^\/([^/]+)(\/.*)?$/.exec(path) ?? [];
  return first !== undefined && first !== DEFAULT_LANG && (LANGS as readonly string[]).includes(first)
    ? rest || '/'
    : path;
}

/** The language of a tag when the site speaks it, else the default: Astro's current locale, an island's words. */
export function langOf(tag: string | undefined): Lang {
  return tag !== undefined && (LANGS as readonly string[]).includes(tag) ? (tag as Lang) : DEFAULT_LANG;
}
