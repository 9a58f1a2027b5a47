import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import config from '../../../astro.config.mjs';
import { isRecord } from '../../../src/util/is-record.ts';
import { scanTags } from '../checks/html-scan.ts';

/** The build output folder the site tests read: dist/, or DIST_DIR to check a build made elsewhere. */
export const DIST = resolve(
  process.env['DIST_DIR'] ?? fileURLToPath(new URL('../../../dist/', import.meta.url)),
);

/** The `site` and `base` settings the build used, from astro.config.mjs (so SITE_URL and BASE_PATH apply). */
export const SITE = String(config.site);
export const BASE = config.base ?? '/';

/** The built site: HTML pages and text assets by path relative to dist/, plus every file name. */
export interface BuiltSite {
  pages: Map<string, string>;
  assets: Map<string, string>;
  files: string[];
}

const TEXT_ASSET = /\.(?:js|mjs|css)$/;

/** Reads a build folder (default dist/); fails with a hint when there is no build to read. */
export function readSite(dir = DIST): BuiltSite {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`No build found in ${dir}: run \`npm run build\` before the site tests.`);
  }
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
  const pages = new Map<string, string>();
  const assets = new Map<string, string>();
  for (const file of files) {
    if (file.endsWith('.html')) pages.set(file, readFileSync(join(dir, file), 'utf8'));
    else if (TEXT_ASSET.test(file)) assets.set(file, readFileSync(join(dir, file), 'utf8'));
  }
  return { pages, assets, files };
}

/**
 * Astro's tagged form of a prop read back, as its island loader does: `[0, value]` for a plain value (an
 * object's own values tagged again), `[1, items]` for an array. Other tags mean a value the islands never get.
 */
function revive(tagged: unknown): unknown {
  if (!Array.isArray(tagged)) throw new Error(`not a tagged prop: ${JSON.stringify(tagged)}`);
  const [tag, value] = tagged as [number, unknown];
  if (tag === 1) return (value as unknown[]).map(revive);
  if (tag !== 0) throw new Error(`a prop of type ${tag}, which the islands never take`);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v)]));
}

/** The props of every island of `component` (its file name) on a page, read back from the HTML. */
export function islandProps(html: string, component: string): Record<string, unknown>[] {
  return scanTags(html).flatMap(({ name, attrs }) => {
    const props = attrs.get('props');
    if (name !== 'astro-island' || !attrs.get('component-url')?.includes(`/${component}.`) || !props)
      return [];
    const read = revive([0, JSON.parse(props)]);
    return isRecord(read) ? [read] : [];
  });
}
