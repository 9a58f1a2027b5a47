import { scanTags } from './html-scan.ts';
import { normalizeBase, urlPathOf } from './site-files.ts';

/** One missing or wrong piece of page metadata. */
export interface SeoProblem {
  /** The page, relative to dist/. */
  page: string;
  /** What is wrong, in a sentence. */
  problem: string;
}

/** The built site to check. */
export interface SeoCheckInput {
  /** HTML pages by path relative to dist/. */
  pages: ReadonlyMap<string, string>;
  /** Astro's `site` setting, e.g. "https://competencies.example.com". */
  site: string;
  /** Astro's `base` setting. */
  base?: string;
}

/** The metadata of one page that search engines and link previews read. */
export interface PageMeta {
  lang: string | undefined;
  titles: string[];
  description: string | undefined;
  canonical: string | undefined;
  robots: string | undefined;
  og: ReadonlyMap<string, string>;
  hasIcon: boolean;
}

/** Reads a page's metadata: `lang`, titles, description, canonical, robots, Open Graph and favicon. */
export function readMeta(html: string): PageMeta {
  let lang: string | undefined;
  const titles: string[] = [];
  let description: string | undefined;
  let canonical: string | undefined;
  let robots: string | undefined;
  const og = new Map<string, string>();
  let hasIcon = false;
  let inBody = false;
  for (const tag of scanTags(html)) {
    const { name, attrs } = tag;
    if (name === 'html' && lang === undefined) lang = attrs.get('lang');
    else if (name === 'body') inBody = true;
    // A <title> in the body labels an SVG image; the page title lives in <head>.
    else if (name === 'title' && !inBody) titles.push((tag.text ?? '').trim());
    else if (name === 'meta') {
      const key = (attrs.get('name') ?? '').toLowerCase();
      const property = (attrs.get('property') ?? '').toLowerCase();
      const content = attrs.get('content');
      if (key === 'description' && description === undefined) description = content;
      if (key === 'robots') robots = content;
      if (property.startsWith('og:') && content !== undefined && !og.has(property)) og.set(property, content);
    } else if (name === 'link') {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (rel.includes('canonical') && canonical === undefined) canonical = attrs.get('href');
      if (rel.includes('icon') && attrs.get('href')) hasIcon = true;
    }
  }
  return { lang, titles, description, canonical, robots, og, hasIcon };
}

/** The canonical URL a built page should declare: `site` + `base` + the page's path. */
export function expectedCanonical(page: string, site: string, base = '/'): string {
  return new URL(urlPathOf(page, normalizeBase(base)), site).href;
}

/**
 * Returns every page whose metadata is missing or wrong: one non-empty `<title>` and meta description; a
 * favicon; `lang` on `<html>`; og:title and og:description; a canonical link that is either the page's own
 * URL (site + base + path) or, for a view of another page such as a filtered list, that page's URL; and
 * og:url equal to the canonical. Titles and descriptions must be unique among the pages in one language that
 * are their own canonical (a page in another language may show a text not yet translated). Pages marked `noindex` need no canonical.
 */
export function checkSeo({ pages, site, base = '/' }: SeoCheckInput): SeoProblem[] {
  const problems: SeoProblem[] = [];
  const ownUrls = new Set([...pages.keys()].map((page) => expectedCanonical(page, site, base)));
  const byTitle = new Map<string, string[]>();
  const byDescription = new Map<string, string[]>();
  for (const [page, html] of pages) {
    const meta = readMeta(html);
    const report = (problem: string) => problems.push({ page, problem });
    if (!meta.lang?.trim()) report('has no lang attribute on <html>');
    const title = meta.titles[0] ?? '';
    if (meta.titles.length !== 1) report(`has ${meta.titles.length} <title> elements, expected 1`);
    if (!title) report('has an empty <title>');
    const description = meta.description?.trim() ?? '';
    if (!description) report('has no meta description');
    if (!meta.og.get('og:title')?.trim()) report('has no og:title');
    if (!meta.og.get('og:description')?.trim()) report('has no og:description');
    if (!meta.hasIcon) report('has no favicon link (<link rel="icon">)');
    if (/\bnoindex\b/i.test(meta.robots ?? '')) continue;
    const own = expectedCanonical(page, site, base);
    const canonical = meta.canonical;
    if (canonical === undefined) report(`has no canonical link, expected "${own}"`);
    else if (canonical !== own && !ownUrls.has(canonical)) {
      report(
        `has canonical "${canonical}", which is neither its own URL "${own}" nor another page of the site`,
      );
    }
    const ogUrl = meta.og.get('og:url');
    if (canonical !== undefined && ogUrl !== canonical) {
      report(`has og:url ${JSON.stringify(ogUrl ?? null)}, expected its canonical "${canonical}"`);
    }
    if (canonical !== own) continue;
    const key = (text: string) => `${meta.lang ?? ''}\u0000${text}`;
    if (title) byTitle.set(key(title), [...(byTitle.get(key(title)) ?? []), page]);
    if (description) {
      byDescription.set(key(description), [...(byDescription.get(key(description)) ?? []), page]);
    }
  }
  for (const [label, groups] of [
    ['title', byTitle],
    ['meta description', byDescription],
  ] as const) {
    for (const [text, shared] of groups) {
      if (shared.length < 2) continue;
      for (const page of shared) {
        const others = shared.filter((p) => p !== page).join(', ');
        const shown = text.slice(text.indexOf('\u0000') + 1);
        problems.push({ page, problem: `shares its ${label} "${shown}" with ${others}` });
      }
    }
  }
  return problems;
}

/** The `<loc>` URLs of a sitemap or sitemap index. */
export function sitemapLocations(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1] ?? '');
}

/**
 * The canonical URLs of the pages that should be indexed: every page except those marked noindex, those
 * that name another page as canonical (views of it), and the 404 page, which hosts serve with status 404
 * so search engines drop it anyway.
 */
export function indexableUrls(pages: ReadonlyMap<string, string>, site: string, base = '/'): string[] {
  return [...pages]
    .filter(([page, html]) => {
      if (page === '404.html') return false;
      const meta = readMeta(html);
      if (/\bnoindex\b/i.test(meta.robots ?? '')) return false;
      return meta.canonical === undefined || meta.canonical === expectedCanonical(page, site, base);
    })
    .map(([page]) => expectedCanonical(page, site, base))
    .sort();
}
