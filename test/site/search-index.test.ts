import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { DIST } from './dist.ts';

const out = mkdtempSync(join(tmpdir(), 'pagefind-whole-site-'));
afterAll(async () => {
  await close();
  rmSync(out, { recursive: true, force: true });
});

/** The index files by name; Pagefind names each by a hash of its content. */
const indexFiles = (dir: string) =>
  ['fragment', 'index']
    .flatMap((part) => readdirSync(join(dir, part), { withFileTypes: true }).map((e) => `${part}/${e.name}`))
    .sort();

describe('search index', () => {
  test('returns the same index as Pagefind builds from the whole site', async () => {
    const { index } = await createIndex({});

    await index?.addDirectory({ path: DIST });
    await index?.writeFiles({ outputPath: out });

    expect(indexFiles(join(DIST, 'pagefind'))).toEqual(indexFiles(out));
  });
});
