import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import config from '../../../astro.config.mjs';

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
