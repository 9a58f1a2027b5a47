/**
 * Serving the site under a sub-path (Astro's `base`, from BASE_PATH): content bodies link to site pages as
 * "/program/", the way editors see them; this plugin puts the base in front when the site is built, and a
 * translation's language after it, so a German body's "/program/" opens the German page.
 */
import { LANGS, localePath, type Lang } from '../text/langs.ts';
import { TRANSLATIONS_DIR } from '../schemas/translation.ts';
import { linkWithBase, withBase } from '../util/base-path.ts';

/** A Markdown tree node that holds a URL: a link, an image or a link reference definition. */
interface UrlNode {
  url: string;
}

/** The part of the Markdown processor's visitor context this module uses. */
interface UrlNodeContext {
  setProperty(node: Readonly<UrlNode>, key: 'url', value: string): void;
}

/** The language of a translation's file, from its place in content/translations/<lang>/; none for a source's. */
export function translationLang(file: URL | undefined): Lang | undefined {
  const segments = file?.pathname.split('/') ?? [];
  const at = segments.lastIndexOf(TRANSLATIONS_DIR);
  const lang = at < 0 ? undefined : segments[at + 1];
  return LANGS.find((l) => l === lang);
}

/**
 * A Markdown plugin (Sätteri `mdastPlugins`, Astro's default processor) that applies `linkWithBase` to links,
 * images and link definitions in Markdown and MDX bodies, so "/program/" in content keeps working when the
 * site is served under a base; in a translation's body, with the translation's language.
 */
export function baseLinksPlugin(base: string) {
  return ({ fileURL }: { readonly fileURL: URL | undefined }) => {
    const lang = translationLang(fileURL);
    const prefix = lang === undefined ? base : withBase(base, localePath(lang, '/'));
    const rewrite = (node: Readonly<UrlNode>, context: UrlNodeContext): void => {
      const url = linkWithBase(prefix, node.url);
      if (url !== node.url) context.setProperty(node, 'url', url);
    };
    return { name: 'base-links', link: rewrite, image: rewrite, definition: rewrite };
  };
}
