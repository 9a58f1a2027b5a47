/**
 * Parsing the YAML of every content file is most of the content check, and most of a build's time before
 * Astro's content sync. A build parses in a worker thread, on a core of its own while Astro starts; the
 * check then runs here on what it hands over, and the content loader waits for the check
 * (`contentChecked`) and finds every file parsed. Where no worker can start, the files are parsed here.
 */
import { Worker } from 'node:worker_threads';
import { checkContent } from './check.ts';
import { takeParsed, type ParsedParts } from './frontmatter.ts';
import { readContent } from './load.ts';
import { reportOf, type CheckReport } from './report.ts';

/** What the worker posts: every file's frontmatter, by the file's text. */
export type ParsedFiles = [source: string, parts: ParsedParts][];

// The integration loads this module with Node, the loader through Vite: one promise on globalThis.
const PENDING_KEY = Symbol.for('competency-catalogue.content-check');
const holder = globalThis as { [PENDING_KEY]?: Promise<void> };

/**
 * Starts parsing the files of `root` in a worker, then checks them here and hands the report to `settle`;
 * what `settle` throws (bad content stops the build) is what `contentChecked` rejects with.
 */
export function checkInWorker(root: string, settle: (report: CheckReport) => void): Promise<void> {
  const checked = new Promise<ParsedFiles>((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { workerData: { root } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the frontmatter worker stopped (exit code ${code})`)));
  })
    .then(
      (parsed) => {
        for (const [source, parts] of parsed) takeParsed(source, parts);
      },
      // A worker that cannot start: the check below parses each file here instead.
      () => undefined,
    )
    .then(async () => settle(reportOf(checkContent(await readContent(root)))));
  // Handled from the start: the build awaits it later (the loader, then the build's start).
  checked.catch(() => undefined);
  holder[PENDING_KEY] = checked;
  return checked;
}

/** Waits for a check started by `checkInWorker`, if any (rejecting as it does); at once when none is running. */
export async function contentChecked(): Promise<void> {
  await holder[PENDING_KEY];
}
