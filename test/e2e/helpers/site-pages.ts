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

/** One built page: its file in dist/ and the URL path the preview server serves it at. */
export interface BuiltPage {
  file: string;
  path: string;
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

/**
 * Every HTML page in dist/ the browser gates visit (`visited`), so they visit pages added later without
 * being told.
 */
export function builtPages(): BuiltPage[] {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No build found in ${DIST}: run \`npm run build\` before the browser tests.`);
  }
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .map((name) => name.replaceAll('\\', '/'))
    .filter((name) => name.endsWith('.html') && visited(name))
    .sort()
    .map((file) => {
      const path = urlPathOf(file, BASE);
      return { file, path, scripted: dependsOnScripting(readFileSync(join(DIST, file), 'utf8'), path) };
    });
}
