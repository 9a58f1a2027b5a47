import { closest, didYouMean } from './suggest.ts';

/** Fixed site pages an MDX body may link to; competency pages are added from the content. */
export const SITE_PAGES: readonly string[] = [
  '/',
  '/competencies/',
  '/program/',
  '/compare/',
  '/self-assessment/',
  '/changes/',
  '/faq/',
  '/sources/',
  '/search/',
];

/** A site-internal link found in an MDX body, located in the file. */
export interface BodyLink {
  /** The link target as written, e.g. "/competencies/archiving/#expert". */
  href: string;
  /** 1-based line in the whole file. */
  line: number;
  /** 1-based column of the target's first character. */
  column: number;
}

// Markdown inline links and images, HTML/JSX href attributes, and reference definitions: the target group is 1.
const LINK_PATTERNS = [
  /\]\(\s*<?([^\s)>]+)/g,
  /\bhref\s*=\s*\{?\s*["'`]([^"'`]+)["'`]/g,
  /^[ \t]{0,3}\[[^\]]+\]:[ \t]*<?([^\s>]+)/gm,
];

/** Replaces code (fenced blocks and inline spans) by spaces so links inside examples are not checked. */
function blankCode(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]+`/g, blank);
}

/** Finds the links in an MDX body that point into this site (they start with a single "/"). */
export function findInternalLinks(body: string, bodyLine: number): BodyLink[] {
  const text = blankCode(body);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n') lineStarts.push(i + 1);
  const found: BodyLink[] = [];
  for (const pattern of LINK_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const href = match[1];
      if (href === undefined || !href.startsWith('/') || href.startsWith('//')) continue;
      const offset = (match.index ?? 0) + match[0].lastIndexOf(href);
      let index = lineStarts.length - 1;
      while (index > 0 && (lineStarts[index] ?? 0) > offset) index -= 1;
      found.push({ href, line: bodyLine + index, column: offset - (lineStarts[index] ?? 0) + 1 });
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

const FIXED_PAGES = new Set(SITE_PAGES);

/** Whether a path is a page of the site; looked up directly so a check costs the same at any catalogue size. */
function isSitePage(path: string, competencySlugs: ReadonlySet<string>): boolean {
  const slug = /^\/competencies\/([^/]+)\/$/.exec(path)?.[1];
  return FIXED_PAGES.has(path) || (slug !== undefined && competencySlugs.has(slug));
}

/**
 * Why an internal link would break, or undefined when it points at an existing page. Anchors are not
 * checked here (they depend on rendered headings); the built-site link test covers them.
 */
export function brokenLinkReason(href: string, competencySlugs: ReadonlySet<string>): string | undefined {
  const path = href.replace(/[?#].*$/, '');
  // Files served from public/ (images, downloads) are not pages; the built-site test checks them.
  if (/\.[a-z0-9]+$/i.test(path)) return undefined;
  if (isSitePage(path, competencySlugs)) return undefined;
  if (isSitePage(`${path}/`, competencySlugs)) {
    return `expected a trailing slash, e.g. ${path}/${href.slice(path.length)}`;
  }
  const competency = /^\/competencies\/([^/]+)\/?$/.exec(path);
  if (competency) {
    const slug = competency[1] ?? '';
    const near = closest(slug, [...competencySlugs]);
    if (near)
      return `no competency has the slug "${slug}"; ${didYouMean(`/competencies/${near}/`, { quote: false })}`;
    return `no competency has the slug "${slug}"; use a file name from competencies/, e.g. /competencies/archiving/`;
  }
  return `no page at ${path}; site pages are ${SITE_PAGES.join(', ')} and /competencies/<slug>/`;
}
