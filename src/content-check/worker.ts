/**
 * Parses the frontmatter of every content file in a worker thread while Astro starts (see in-worker.ts),
 * and posts the results by file text. It loads only the YAML parser, so it starts in a few milliseconds.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { parseFrontmatter, partsOf } from './frontmatter.ts';
import type { ParsedFiles } from './in-worker.ts';

const root = (workerData as { root: string }).root;
const names = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((n) => n.endsWith('.mdx'));
const parsed: ParsedFiles = [];
for (const name of names) {
  const source = await readFile(join(root, name), 'utf8');
  parsed.push([source, partsOf(parseFrontmatter(source))]);
}
parentPort?.postMessage(parsed);
