import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanTags } from '../../gates/checks/html-scan.ts';
import { fileOf, resolveRef, urlPathOf } from '../../gates/checks/site-files.ts';
import config from '../../../astro.config.mjs';
import { TRANSLATED } from '../../../src/text/langs.ts';

// dist/, or DIST_DIR when the preview server serves a build made elsewhere (as in the site tests).
const DIST = resolve(process.env['DIST_DIR'] ?? fileURLToPath(new URL('../../../dist/', import.meta.url)));
const BASE = config.base ?? '/';
const CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url));

/** One built page: its file in dist/ and the URL path the preview server serves it at. */
export interface BuiltPage {
  file: string;
  path: string;
  /** Whether it has islands: scripts that wake on it, with data of their own. */
  islands: boolean;
  /**
   * Whether it stands for the pages its route makes (FAMILIES): the largest or the smallest of them; every
   * page that no such route makes stands for itself.
   */
  representative: boolean;
  /**
   * Whether the page can look different with JavaScript off: it has scripts, islands or <noscript>, or its
   * styles query the `scripting` media feature. A page without any of these renders the same either way.
   */
  scripted: boolean;
}

function dependsOnScripting(html: string, from: string): boolean {
  if (/<(?:script|noscript|astro-island)\b/i.test(html)) return true;
  for (const tag of scanTags(html)) {
    if (tag.name === 'style' && tag.text?.includes('scripting')) return true;
    const href = tag.attrs.get('href');
    if (tag.name !== 'link' || !href || !(tag.attrs.get('rel') ?? '').includes('stylesheet')) continue;
    const file = fileOf(resolveRef(href, from).pathname, BASE);
    if (
      file &&
      existsSync(join(DIST, file)) &&
      readFileSync(join(DIST, file), 'utf8').includes('scripting')
    ) {
      return true;
    }
  }
  return false;
}

/**
 * Whether the browser gates visit a page: every page in the default language; in each other language the pages
 * of its own that the default language's do not stand for: the home page, the catalogue, a competency page,
 * the portfolio and the partner record, with their translated content and words, and the search page, with its own index. Every page
 * of every language has its markup checked by the HTML gates (test/gates/site/); visiting them all in the
 * browser in each language would triple the browser run.
 */
const VISITED_IN_EVERY_LANGUAGE = new Set([
  'index.html',
  'competencies/index.html',
  'competencies/archiving/index.html',
  'self-assessment/index.html',
  'workspace/index.html',
  'search/index.html',
]);

function visited(file: string): boolean {
  const lang = TRANSLATED.find((l) => file.startsWith(`${l}/`));
  return lang === undefined || VISITED_IN_EVERY_LANGUAGE.has(file.slice(lang.length + 1));
}

/** What each segment of a filter's or a comparison's address names: a business model, a region or a level. */
const KINDS = new Map(
  ['business-models', 'regions', 'levels'].flatMap((kind) =>
    readdirSync(join(CONTENT, kind)).map((name) => [name.replace(/\.mdx?$/, ''), kind] as const),
  ),
);

/**
 * Routes that make many pages of one kind from values (their path holds the values): each competency's page,
 * the catalogue filtered (/competencies/for/…/) and the comparisons (/compare/…/…/). Such pages differ by what
 * they list, not by how they are made: a page stands for those of its route whose segments name the same kinds
 * of thing (a business model; a region and a level; …) when it is the largest or the smallest of them. The
 * HTML gates (test/gates/site/) check the markup of every one.
 */
const FAMILIES: readonly RegExp[] = [
  /^\/competencies\/(?!for\/)[^/]+\/$/,
  /^\/competencies\/for\/(.+)\/$/,
  /^\/compare\/(.+)\/$/,
];

/** The family of the page at `path` (its route and the kinds its segments name), or the path itself. */
function familyOf(path: string): string {
  for (const [i, route] of FAMILIES.entries()) {
    const match = route.exec(path);
    if (!match) continue;
    const kinds = (match[1] ?? '').split('/').map((value) => KINDS.get(value) ?? '?');
    return `${i}:${kinds.join('/')}`;
  }
  return path;
}

/** The largest and the smallest page of each family, by the length of its HTML. */
function representatives(pages: readonly { file: string; path: string; size: number }[]): Set<string> {
  const families = Map.groupBy(pages, (p) => familyOf(p.path));
  return new Set(
    [...families.values()].flatMap((members) => {
      const bySize = members.toSorted((a, b) => a.size - b.size);
      return [bySize[0]?.file, bySize.at(-1)?.file].filter((f) => f !== undefined);
    }),
  );
}

/**
 * Every HTML page in dist/ the browser gates visit (`visited`), so they visit pages added later without
 * being told.
 */
export function builtPages(): BuiltPage[] {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No build found in ${DIST}: run \`npm run build\` before the browser tests.`);
  }
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .map((name) => name.replaceAll('\\', '/'))
    .filter((name) => name.endsWith('.html') && visited(name))
    .sort()
    .map((file) => {
      const html = readFileSync(join(DIST, file), 'utf8');
      return { file, path: urlPathOf(file, BASE), html, size: html.length };
    });
  const standing = representatives(pages);
  return pages.map(({ file, path, html }) => ({
    file,
    path,
    scripted: dependsOnScripting(html, path),
    islands: /<astro-island\b/i.test(html),
    representative: standing.has(file),
  }));
}
