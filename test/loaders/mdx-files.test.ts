import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { mdxFiles } from '../../src/loaders/mdx-files.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** A loader context over an in-memory store; renderMarkdown marks what it rendered. */
function fakeContext(root: string) {
  const entries = new Map<string, Entry>();
  const moduleImports: string[] = [];
  const rendered: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => (entries.set(entry.id, entry), true),
    keys: () => [...entries.keys()],
    delete: (id: string) => void entries.delete(id),
    addModuleImport: (file: string) => void moduleImports.push(file),
  };
  const context = {
    collection: 'competencies',
    config: { root: pathToFileURL(`${root}/`) },
    store,
    logger: { info: () => {}, warn: () => {}, error: () => {} },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve({ ...data, parsed: true }),
    generateDigest: (text: string) => String(text.length) + text.slice(-12),
    renderMarkdown: (body: string) => {
      rendered.push(body);
      return Promise.resolve({
        html: `<p>${body.trim()}</p>`,
        metadata: { headings: [], imagePaths: [], frontmatter: {} },
      });
    },
  } as unknown as LoaderContext;
  return { context, entries, moduleImports, rendered };
}

describe('mdxFiles', () => {
  let root: string;
  const dir = () => join(root, 'content/competencies');
  const write = (name: string, text: string) => writeFileSync(join(dir(), name), text);

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'mdx-files-'));
    mkdirSync(dir(), { recursive: true });
    write('archiving.mdx', '---\ntitle: Archiving\n---\nPlain prose.\n');
    write('mobility.mdx', "---\ntitle: Mobility\n---\nimport Note from './note.astro';\n\n<Note />\n");
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('returns plain bodies rendered as Markdown, with validated data and the file path', async () => {
    const { context, entries, rendered } = fakeContext(root);

    await mdxFiles({ base: './content/competencies' }).load(context);

    expect(entries.get('archiving')).toMatchObject({
      id: 'archiving',
      data: { title: 'Archiving', parsed: true },
      filePath: 'content/competencies/archiving.mdx',
      rendered: { html: '<p>Plain prose.</p>' },
    });
    expect(entries.get('archiving')?.deferredRender).toBeUndefined();
    expect(entries.get('archiving')).not.toHaveProperty('body');
    expect(rendered).toEqual(['Plain prose.\n']);
  });

  test('returns bodies that use MDX as modules for the MDX compiler', async () => {
    const { context, entries, moduleImports } = fakeContext(root);

    await mdxFiles({ base: './content/competencies' }).load(context);

    expect(entries.get('mobility')).toMatchObject({ deferredRender: true });
    expect(entries.get('mobility')).not.toHaveProperty('rendered');
    expect(moduleImports).toEqual(['content/competencies/mobility.mdx']);
  });

  test('returns unchanged files from the store without rendering them again', async () => {
    const { context, rendered, moduleImports } = fakeContext(root);
    const loader = mdxFiles({ base: './content/competencies' });
    await loader.load(context);

    await loader.load(context);

    expect(rendered).toHaveLength(1);
    expect(moduleImports).toEqual(['content/competencies/mobility.mdx', 'content/competencies/mobility.mdx']);
  });

  test('returns no entry for a file that was removed', async () => {
    const { context, entries } = fakeContext(root);
    const loader = mdxFiles({ base: './content/competencies' });
    await loader.load(context);
    unlinkSync(join(dir(), 'archiving.mdx'));

    await loader.load(context);

    expect([...entries.keys()]).toEqual(['mobility']);
  });

  test('returns ids with folders for nested files and ignores other extensions', async () => {
    mkdirSync(join(dir(), 'retired'));
    writeFileSync(join(dir(), 'retired', 'fax.mdx'), '---\ntitle: Fax\n---\nGone.\n');
    writeFileSync(join(dir(), 'notes.txt'), 'not content');
    const { context, entries } = fakeContext(root);

    await mdxFiles({ base: './content/competencies' }).load(context);

    expect([...entries.keys()].sort()).toEqual(['archiving', 'mobility', 'retired/fax']);
  });

  test('rejects broken frontmatter with the file, line and column', async () => {
    write('broken.mdx', '---\ntitle: [unclosed\n---\nText.\n');
    const { context } = fakeContext(root);

    await expect(mdxFiles({ base: './content/competencies' }).load(context)).rejects.toThrow(
      /^content\/competencies\/broken\.mdx:\d+:\d+ {2}frontmatter {2}/,
    );
  });

  test('returns nothing for a missing folder', async () => {
    const { context, entries } = fakeContext(root);

    await mdxFiles({ base: './content/nowhere' }).load(context);

    expect(entries.size).toBe(0);
  });

  test('returns a changed file reloaded and a deleted one gone, while the dev server watches', async () => {
    const { context, entries } = fakeContext(root);
    const watcher = Object.assign(new EventEmitter(), { add: () => {} });
    await mdxFiles({ base: './content/competencies' }).load({
      ...context,
      watcher,
    } as unknown as LoaderContext);
    const settle = () => new Promise((done) => setTimeout(done, 20));

    write('archiving.mdx', '---\ntitle: Archiving 2\n---\nNew prose.\n');
    watcher.emit('change', join(dir(), 'archiving.mdx'));
    await settle();
    watcher.emit('unlink', join(dir(), 'mobility.mdx'));
    await settle();

    expect(entries.get('archiving')).toMatchObject({ data: { title: 'Archiving 2' } });
    expect([...entries.keys()]).toEqual(['archiving']);
  });
});
