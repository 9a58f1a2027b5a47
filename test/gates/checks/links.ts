import { scanTags, type ScannedTag } from './html-scan.ts';
import { fileOf, resolveRef, urlPathOf } from './site-files.ts';

/** A link or resource reference on a built page that does not resolve. */
export interface BrokenLink {
  /** The page the reference is on, relative to dist/, e.g. "competencies/archiving/index.html". */
  page: string;
  /** The reference exactly as written, e.g. "/program/#tiers". */
  href: string;
  /** Why it is broken, in a sentence. */
  reason: string;
}

/** The built site to check. */
export interface LinkCheckInput {
  /** HTML pages by path relative to dist/. */
  pages: ReadonlyMap<string, string>;
  /** Every other file in dist/ (stylesheets, scripts, images, sitemap), relative to dist/. */
  files?: Iterable<string>;
  /** Astro's `base` setting, e.g. "/" or "/catalogue/". */
  base?: string;
}

// Attributes that reference another URL, by element. srcset is handled separately (a list).
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src'],
  script: ['src'],
  source: ['src'],
  iframe: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  input: ['src'],
  form: ['action'],
  'astro-island': ['component-url', 'renderer-url', 'before-hydration-url'],
};

// Link relations that name other origins or nothing fetchable, so have nothing to check here.
const SKIPPED_RELS = new Set(['preconnect', 'dns-prefetch']);

const EXTERNAL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The references a tag makes, as written. */
function referencesOf(tag: ScannedTag): string[] {
  if (tag.name === 'link' && SKIPPED_RELS.has(tag.attrs.get('rel') ?? '')) return [];
  const refs: string[] = [];
  for (const attr of URL_ATTRIBUTES[tag.name] ?? []) {
    const value = tag.attrs.get(attr);
    if (value !== undefined) refs.push(value);
  }
  const srcset = tag.attrs.get('srcset');
  if (srcset !== undefined && (tag.name === 'img' || tag.name === 'source')) {
    for (const candidate of srcset.split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) refs.push(url);
    }
  }
  return refs;
}

/** The ids a page offers as fragment targets: every `id`, plus `name` on `<a>` (legacy anchors). */
export function anchorsOf(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const tag of scanTags(html)) {
    const id = tag.attrs.get('id');
    if (id) anchors.add(id);
    const name = tag.attrs.get('name');
    if (name && tag.name === 'a') anchors.add(name);
  }
  return anchors;
}

/**
 * Returns every internal reference on the given pages that does not resolve to a built file, or whose
 * `#fragment` names no element on its target page. External URLs (another scheme or host) are not checked.
 */
export function checkLinks({ pages, files = [], base = '/' }: LinkCheckInput): BrokenLink[] {
  const existing = new Set<string>([...pages.keys(), ...files]);
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string): Set<string> => {
    let set = anchorCache.get(file);
    if (!set) {
      set = anchorsOf(pages.get(file) ?? '');
      anchorCache.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const [page, html] of pages) {
    const from = urlPathOf(page, base);
    for (const tag of scanTags(html)) {
      for (const href of referencesOf(tag)) {
        const reason = problemWith(href, from, page);
        if (reason) broken.push({ page, href, reason });
      }
    }
  }
  return broken;

  function problemWith(href: string, from: string, page: string): string | undefined {
    const trimmed = href.trim();
    if (trimmed === '') return 'is empty';
    // Protocol-relative and scheme URLs leave the site (mailto:, https:, data: ...): not ours to check.
    if (trimmed.startsWith('//') || EXTERNAL_SCHEME.test(trimmed)) return undefined;
    const ref = resolveRef(trimmed, from);
    if (ref.external) return undefined;
    if (!ref.pathname) return 'is not a valid URL';
    const file = fileOf(ref.pathname, base);
    if (file === undefined) return `points outside the base path ${base}`;
    if (!existing.has(file)) {
      if (!ref.pathname.endsWith('/') && existing.has(`${file}/index.html`)) {
        return `points to a page without its trailing slash (use ${ref.pathname}/)`;
      }
      return `points to ${ref.pathname}, which is not in the build`;
    }
    if (ref.fragment === '' || !file.endsWith('.html')) return undefined;
    // A fragment of "top" scrolls to the top of any page (HTML standard), with or without an element.
    if (ref.fragment.toLowerCase() === 'top') return undefined;
    if (!anchors(file).has(ref.fragment)) {
      const where = file === page ? 'this page' : ref.pathname;
      return `points to #${ref.fragment}, but no element on ${where} has that id`;
    }
    return undefined;
  }
}
