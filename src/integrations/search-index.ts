import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Pages opt in to search with this attribute (BaseLayout sets it unless a page is `searchable={false}`). */
const SEARCHABLE = 'data-pagefind-body';

/**
 * Builds the Pagefind index after `astro build`, from the pages that opt in to search only. Pointed at the
 * whole output folder, Pagefind reads every page to find out which ones opt in; the catalogue's filter and
 * compare pages are most of the site's HTML and none of its search results (9 s of reading at 1,000
 * competencies). The index lands in `<outDir>/pagefind/`, where /search/ loads it.
 */
export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const files = (await readdir(outDir, { recursive: true, encoding: 'utf8' }))
          .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind'))
          .sort();
        const searchable: string[] = [];
        for (const file of files) {
          if ((await readFile(join(outDir, file), 'utf8')).includes(SEARCHABLE)) searchable.push(file);
        }
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        try {
          // Pagefind reads the files itself when given a folder and a glob, about twice as fast as being sent
          // each page. Page paths are slugs (checked by the content check), so none needs escaping in a glob.
          const glob = `{${searchable.map((file) => file.replaceAll('\\', '/')).join(',')}}`;
          const added = await index.addDirectory({ path: outDir, glob });
          if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const indexed = added.page_count;
          const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          const seconds = (performance.now() - started) / 1000;
          logger.info(`Indexed ${indexed} of ${files.length} pages in ${seconds.toFixed(2)}s`);
        } finally {
          await close();
        }
      },
    },
  };
}
