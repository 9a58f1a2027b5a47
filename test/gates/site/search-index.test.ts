import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { DIST } from './dist.ts';

const out = mkdtempSync(join(tmpdir(), 'pagefind-whole-site-'));
afterAll(async () => {
  await close();
  rmSync(out, { recursive: true, force: true });
});

/**
 * What an index holds for each page, by URL: the page's indexed text, title and other metadata, anchors and
 * word count (Pagefind's fragment files, gzip with a short signature in front). The words of the index are
 * made from these; only the order in which pages were numbered may differ.
 */
function fragmentsByUrl(dir: string): Map<string, unknown> {
  const fragments = new Map<string, unknown>();
  for (const name of readdirSync(join(dir, 'fragment'))) {
    const text = gunzipSync(readFileSync(join(dir, 'fragment', name))).toString('utf8');
    const fragment = JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string };
    fragments.set(fragment.url, fragment);
  }
  return fragments;
}

describe('search index', () => {
  test('returns the pages and text Pagefind indexes from the whole site', async () => {
    const { index } = await createIndex({});

    await index?.addDirectory({ path: DIST });
    await index?.writeFiles({ outputPath: out });

    const ours = fragmentsByUrl(join(DIST, 'pagefind'));
    const whole = fragmentsByUrl(out);
    expect([...ours.keys()].sort()).toEqual([...whole.keys()].sort());
    for (const [url, fragment] of whole) expect(ours.get(url), url).toEqual(fragment);
  });
});
