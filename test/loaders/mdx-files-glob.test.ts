import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mdxFiles } from '../../src/loaders/mdx-files.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];
type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** The content entry type @astrojs/mdx gives Astro for `.mdx` files, which the glob loader reads them with. */
async function mdxEntryTypes(): Promise<Map<string, unknown>> {
  const types = new Map<string, unknown>();
  const setup = mdx().hooks['astro:config:setup'] as Setup;
  await setup({
    config: {},
    updateConfig: () => {},
    addPageExtension: () => {},
    addRenderer: () => {},
    addContentEntryType: (type: { extensions: string[] }) => {
      for (const extension of type.extensions) types.set(extension, type);
    },
  } as unknown as Parameters<Setup>[0]);
  return types;
}

/** Runs a loader over `root` with an in-memory store, and returns what it stored and imported. */
async function load(loader: Loader, root: string, entryTypes: Map<string, unknown>) {
  const entries = new Map<string, Entry>();
  const moduleImports = new Set<string>();
  const context = {
    collection: 'competencies',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => {
        entries.set(entry.id, entry);
        // As Astro's store does: an entry left to the MDX compiler is imported as a module.
        if (entry.deferredRender && entry.filePath) moduleImports.add(entry.filePath);
        return true;
      },
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
      addModuleImport: (file: string) => void moduleImports.add(file),
      addAssetImports: () => {},
    },
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve({ ...data }),
    generateDigest: (text: string) => String(text.length) + text.slice(-12),
    renderMarkdown: () => Promise.resolve({ html: '<p></p>', metadata: { headings: [], imagePaths: [] } }),
    entryTypes,
  } as unknown as LoaderContext;
  await loader.load(context);
  return { entries, moduleImports: [...moduleImports].sort() };
}

// mdxFiles stands in for Astro's glob loader (src/loaders/mdx-files.ts). These tests run both over the same
// files, with @astrojs/mdx's own entry type for glob: a release of Astro that changes what glob stores (ids,
// data, paths, digests) or how an MDX body is left to the MDX compiler fails here.
describe('mdxFiles beside Astro glob loader', () => {
  let root: string;
  let entryTypes: Map<string, unknown>;
  const base = './content/competencies';

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'mdx-files-glob-'));
    const dir = join(root, 'content/competencies');
    mkdirSync(join(dir, 'nested'), { recursive: true });
    writeFileSync(join(dir, 'archiving.mdx'), '---\ntitle: Archiving\nlevels: [1, 2]\n---\nPlain prose.\n');
    writeFileSync(
      join(dir, 'mobility.mdx'),
      "---\ntitle: Mobility\n---\nimport Note from './n.astro';\n\n<Note />\n",
    );
    writeFileSync(join(dir, 'nested/backup.mdx'), '---\ntitle: Backup\ndate: 2026-01-02\n---\nMore prose.\n');
    writeFileSync(join(dir, 'notes.md'), '---\ntitle: Not an entry\n---\n');
    entryTypes = await mdxEntryTypes();
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test('returns the same ids, data, file paths and digests', async () => {
    const ours = await load(mdxFiles({ base }), root, entryTypes);
    const astros = await load(glob({ pattern: '**/*.mdx', base, retainBody: false }), root, entryTypes);

    const summary = (entries: Map<string, Entry>) =>
      [...entries.values()]
        .map(({ id, data, filePath, digest, body }) => ({ id, data, filePath, digest, body }))
        .sort((a, b) => a.id.localeCompare(b.id));
    expect(summary(ours.entries)).toEqual(summary(astros.entries));
    expect([...ours.entries.keys()].sort()).toEqual(['archiving', 'mobility', 'nested/backup']);
  });

  test('leaves a body that uses MDX to the MDX compiler as glob does, and renders only plain ones itself', async () => {
    const ours = await load(mdxFiles({ base }), root, entryTypes);
    const astros = await load(glob({ pattern: '**/*.mdx', base, retainBody: false }), root, entryTypes);

    expect(ours.entries.get('mobility')?.deferredRender).toBe(true);
    expect(astros.entries.get('mobility')?.deferredRender).toBe(true);
    expect(ours.moduleImports).toEqual(['content/competencies/mobility.mdx']);
    // glob leaves every .mdx body to the MDX compiler, the plain ones too: what mdxFiles saves.
    expect(astros.moduleImports).toEqual([
      'content/competencies/archiving.mdx',
      'content/competencies/mobility.mdx',
      'content/competencies/nested/backup.mdx',
    ]);
    expect(ours.entries.get('archiving')?.rendered).toBeDefined();
  });
});
