import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { urlPathOf } from '../../../src/lib/checks/site-files.ts';
import config from '../../../astro.config.mjs';

// dist/, or DIST_DIR when the preview server serves a build made elsewhere (as in the site tests).
const DIST = resolve(process.env['DIST_DIR'] ?? fileURLToPath(new URL('../../../dist/', import.meta.url)));

/** One built page: its file in dist/ and the URL path the preview server serves it at. */
export interface BuiltPage {
  file: string;
  path: string;
}

/** Every HTML page in dist/, so the browser gates visit pages added later without being told. */
export function builtPages(): BuiltPage[] {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error(`No build found in ${DIST}: run \`npm run build\` before the browser tests.`);
  }
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .map((name) => name.replaceAll('\\', '/'))
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((file) => ({ file, path: urlPathOf(file, config.base ?? '/') }));
}
