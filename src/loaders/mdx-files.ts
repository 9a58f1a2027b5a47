import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFrontmatter } from '../content-check/frontmatter.ts';
import { needsMdxCompiler } from './mdx-syntax.ts';

const EXTENSION = '.mdx';

/**
 * Loads every `.mdx` file under `base` like Astro's `glob()` loader (same ids, data, `render()` and dev
 * reloads), but sends a body through the MDX compiler only when it uses MDX (see `needsMdxCompiler`).
 * Plain bodies are rendered as Markdown while the content syncs, with the site's Markdown settings, and
 * stored as HTML; the rest become modules exactly as with `glob()`. Editors write MDX either way.
 *
 * Entries keep no `body` (like `glob({ retainBody: false })`): nothing reads it, and the whole store is
 * bundled into the build, where the bodies were more than a quarter of its size.
 */
export function mdxFiles({ base }: { base: string }): Loader {
  return {
    name: 'mdx-files',
    load: async (context) => {
      const { config, store, watcher, logger } = context;
      const root = fileURLToPath(config.root);
      const dir = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, config.root));
      // An entry's id is its path below `base` without the extension: what glob() makes of the lower-case,
      // hyphenated file names the content check asks for.
      const idOf = (path: string) => toPosix(relative(dir, path)).slice(0, -EXTENSION.length);
      const sync = (path: string) => readEntry(context, path, toPosix(relative(root, path)), idOf(path));

      const names = await listFiles(dir);
      const untouched = new Set(store.keys());
      for (const name of names) untouched.delete(name.slice(0, -EXTENSION.length));
      await Promise.all(names.map((name) => sync(join(dir, name))));
      for (const id of untouched) store.delete(id);

      if (!watcher) return;
      watcher.add(dir);
      const isOurs = (path: string) => path.startsWith(dir) && path.endsWith(EXTENSION);
      const reload = async (path: string) => {
        if (!isOurs(path)) return;
        try {
          await sync(path);
          logger.info(`Reloaded ${toPosix(relative(root, path))}`);
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      };
      watcher.on('change', (path) => void reload(path));
      watcher.on('add', (path) => void reload(path));
      watcher.on('unlink', (path) => {
        if (isOurs(path)) store.delete(idOf(path));
      });
    },
  };
}

/** Reads, validates and renders one file into the store; unchanged files keep their stored entry. */
async function readEntry(context: LoaderContext, path: string, filePath: string, id: string): Promise<void> {
  const { store } = context;
  const source = await readFile(path, 'utf8');
  const digest = context.generateDigest(source);
  const existing = store.get(id);
  if (existing?.digest === digest && existing.filePath === filePath) {
    if (existing.deferredRender) store.addModuleImport(filePath);
    return;
  }

  const { data, body, errors } = parseFrontmatter(source);
  const [first] = errors;
  if (first) {
    throw new Error(
      `${filePath}:${first.position.line}:${first.position.column}  frontmatter  ${first.message}`,
    );
  }
  const parsed = await context.parseData({
    id,
    data: (data ?? {}) as Record<string, unknown>,
    filePath: path,
  });

  if (needsMdxCompiler(body)) {
    // Rendered at page build time from a module, as Astro renders every .mdx file.
    store.set({ id, data: parsed, filePath, digest, deferredRender: true });
    store.addModuleImport(filePath);
    return;
  }
  const rendered = await context.renderMarkdown(body, { fileURL: pathToFileURL(path) });
  store.set({
    id,
    data: parsed,
    filePath,
    digest,
    rendered,
    ...(rendered.metadata?.imagePaths?.length ? { assetImports: rendered.metadata.imagePaths } : {}),
  });
}

/** Every `.mdx` file under `dir`, relative to it, in a stable order; none when the folder is missing. */
async function listFiles(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir, { recursive: true });
    return names
      .filter((name) => name.endsWith(EXTENSION))
      .map(toPosix)
      .sort();
  } catch {
    return [];
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.replaceAll(sep, '/');
}
