/**
 * Serving the site under a sub-path (Astro's `base`, from BASE_PATH): content bodies link to site pages as
 * "/program/", the way editors see them; this plugin puts the base in front when the site is built.
 */
import { linkWithBase } from '../util/base-path.ts';

/** A Markdown tree node that holds a URL: a link, an image or a link reference definition. */
interface UrlNode {
  url: string;
}

/** The part of the Markdown processor's visitor context this module uses. */
interface UrlNodeContext {
  setProperty(node: Readonly<UrlNode>, key: 'url', value: string): void;
}

/**
 * A Markdown plugin (Sätteri `mdastPlugins`, Astro's default processor) that applies `linkWithBase` to links,
 * images and link definitions in Markdown and MDX bodies, so "/program/" in content keeps working when the
 * site is served under a base.
 */
export function baseLinksPlugin(base: string) {
  const rewrite = (node: Readonly<UrlNode>, context: UrlNodeContext): void => {
    const url = linkWithBase(base, node.url);
    if (url !== node.url) context.setProperty(node, 'url', url);
  };
  return { name: 'base-links', link: rewrite, image: rewrite, definition: rewrite };
}
