import { join, resolve } from 'node:path';

/** The repository the benchmark measures. */
export const REPO = resolve(import.meta.dirname, '../..');

/** Where the report goes. */
export const OUT_FILE = join(REPO, 'docs/benchmarks.md');

/** The Starlight site the benchmark builds beside this one (its own package.json and lock). */
export const PEER_DIR = join(REPO, 'bench/starlight');
