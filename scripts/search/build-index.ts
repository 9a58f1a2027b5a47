/**
 * Builds the Pagefind index of the built site from the pages that opt in to search, after `astro build`:
 *
 *   node scripts/search/build-index.ts [dist]
 *
 * Pagefind parses every byte it is given, including what it then skips. So it is sent each searchable
 * page without scripts, styles and `data-pagefind-ignore` parts (scripts/search/input.ts), and never sees
 * the catalogue's filter and compare pages, which are most of the site's HTML and none of its
 * results. It runs as a step of its own rather than inside the build so its memory does not add to Astro's
 * (the peak is the larger of the two, not their sum). The index lands in `<dist>/pagefind/`.
 */
import { open, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { close, createIndex } from 'pagefind';
import { searchInput } from './input.ts';

/** Pages opt in to search with this attribute (BaseLayout sets it unless a page is `searchable={false}`). */
const SEARCHABLE = 'data-pagefind-body';
const HEAD_BYTES = 32_768;

/**
 * The page when it opts in, else null. Pages opt in on their <main> tag (BaseLayout), which sits in the
 * first kilobytes, so most pages that do not opt in are never read in full.
 */
async function searchablePage(path: string): Promise<string | null> {
  const handle = await open(path);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    const head = buffer.toString('utf8', 0, bytesRead);
    const main = /<main\b[^>]*>/.exec(head)?.[0];
    if (main !== undefined && !main.includes(SEARCHABLE)) return null;
    if (bytesRead < HEAD_BYTES && !head.includes(SEARCHABLE)) return null;
    // Reads read at an explicit position, so the file's own position is still at its start.
    const html = await handle.readFile('utf8');
    return html.includes(SEARCHABLE) ? html : null;
  } finally {
    await handle.close();
  }
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

const { index, errors } = await createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
try {
  // Pages are sent in path order without waiting for each answer: Pagefind numbers pages in the order it
  // receives them, so the index comes out the same on every build, and it works while the next are read.
  const pending: Promise<void>[] = [];
  for (const file of files) {
    const html = await searchablePage(join(outDir, file));
    if (html === null) continue;
    // The page's own path, so results get the same URLs as the site.
    const added = index.addHTMLFile({ sourcePath: file, content: searchInput(html) });
    pending.push(
      added.then(({ errors: problems }) => {
        if (problems.length > 0) throw new Error(`Pagefind: ${file}: ${problems.join('; ')}`);
      }),
    );
  }
  await Promise.all(pending);
  const searchable = pending.length;
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  const seconds = (performance.now() - started) / 1000;
  console.log(`search-index: indexed ${searchable} of ${files.length} pages in ${seconds.toFixed(2)}s`);
} finally {
  await close();
}
