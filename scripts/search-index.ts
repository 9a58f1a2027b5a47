/**
 * Builds the Pagefind index of the built site from the pages that opt in to search, after `astro build`:
 *
 *   node scripts/search-index.ts [dist]
 *
 * Pointed at the whole folder, Pagefind reads every page to find out which ones opt in; the catalogue's
 * filter and compare pages are most of the site's HTML and none of its search results. It runs as a step of
 * its own rather than inside the build so its memory does not add to Astro's (the peak is the larger of the
 * two, not their sum). The index lands in `<dist>/pagefind/`, where /search/ loads it.
 */
import { open, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { close, createIndex } from 'pagefind';

/** Pages opt in to search with this attribute (BaseLayout sets it unless a page is `searchable={false}`). */
const SEARCHABLE = 'data-pagefind-body';

/** Whether a page opts in; the layout marks <main>, so the first few kilobytes usually tell. */
async function isSearchable(path: string): Promise<boolean> {
  const handle = await open(path);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(32_768), 0, 32_768, 0);
    if (buffer.toString('utf8', 0, bytesRead).includes(SEARCHABLE)) return true;
  } finally {
    await handle.close();
  }
  return (await readFile(path, 'utf8')).includes(SEARCHABLE);
}

const started = performance.now();
const outDir = resolve(process.argv[2] ?? 'dist');
const files = (await readdir(outDir, { recursive: true, encoding: 'utf8' }))
  .map((file) => file.replaceAll('\\', '/'))
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
  .sort();
if (files.length === 0) {
  console.error(`search-index: no pages in ${outDir}; build the site first (npm run build).`);
  process.exit(1);
}
const searchable: string[] = [];
for (const file of files) {
  if (await isSearchable(join(outDir, file))) searchable.push(file);
}

const { index, errors } = await createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
try {
  // Given a folder and a glob, Pagefind reads the files itself: about twice as fast as being sent each
  // page. Page paths are slugs (the content check enforces them), so none needs escaping in a glob.
  const added = await index.addDirectory({ path: outDir, glob: `{${searchable.join(',')}}` });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  const seconds = (performance.now() - started) / 1000;
  console.log(`search-index: indexed ${added.page_count} of ${files.length} pages in ${seconds.toFixed(2)}s`);
} finally {
  await close();
}
