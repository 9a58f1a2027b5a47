/**
 * Builds the Pagefind index of the built site from the pages that opt in to search, after `astro build`:
 *
 *   node scripts/search-index.ts [dist]
 *
 * Pagefind parses every byte it is given, including what it then skips. So it gets a copy of each
 * searchable page without scripts, styles and `data-pagefind-ignore` parts (src/lib/search-input.ts), and
 * never sees the catalogue's filter and compare pages, which are most of the site's HTML and none of its
 * results. It runs as a step of its own rather than inside the build so its memory does not add to Astro's
 * (the peak is the larger of the two, not their sum). The index lands in `<dist>/pagefind/`.
 */
import { mkdir, mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { close, createIndex } from 'pagefind';
import { searchInput } from '../src/lib/search-input.ts';

/** Pages opt in to search with this attribute (BaseLayout sets it unless a page is `searchable={false}`). */
const SEARCHABLE = 'data-pagefind-body';

/** The page when it opts in, else null; the layout marks <main>, so the first kilobytes usually tell. */
async function searchablePage(path: string): Promise<string | null> {
  const handle = await open(path);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(32_768), 0, 32_768, 0);
    const head = buffer.toString('utf8', 0, bytesRead);
    if (!head.includes(SEARCHABLE) && bytesRead < 32_768) return null;
  } finally {
    await handle.close();
  }
  const html = await readFile(path, 'utf8');
  return html.includes(SEARCHABLE) ? html : null;
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

// The copies keep each page's path, so Pagefind gives results the same URLs as the site.
const copies = await mkdtemp(join(tmpdir(), 'search-input-'));
try {
  let searchable = 0;
  for (const file of files) {
    const html = await searchablePage(join(outDir, file));
    if (html === null) continue;
    await mkdir(dirname(join(copies, file)), { recursive: true });
    await writeFile(join(copies, file), searchInput(html));
    searchable++;
  }

  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: copies });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    if (added.page_count !== searchable) {
      throw new Error(`Pagefind indexed ${added.page_count} of ${searchable} searchable pages`);
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await close();
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`search-index: indexed ${searchable} of ${files.length} pages in ${seconds.toFixed(2)}s`);
} finally {
  await rm(copies, { recursive: true, force: true });
}
