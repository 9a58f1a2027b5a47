/** Lighthouse (mobile defaults) in headless Chromium on pages of the real site, served by `astro preview`. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { coldBuild } from './build.ts';
import { REPO } from './paths.ts';
import { findChromium } from '../../test/helpers/browser.ts';
import { freePort } from '../../test/helpers/free-port.ts';
import { CONFIG_NAME, fillContent, sandboxEnv, type Sandbox } from './sandbox.ts';

const ASTRO_CLI = join(REPO, 'node_modules/astro/bin/astro.mjs');

export interface LighthouseResult {
  path: string;
  scores: Record<string, number>;
}

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('The server stopped before it answered');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`The server did not answer at ${url} within 30 s`);
}

/** The Chromium to drive: see test/helpers/browser.ts for the order it is looked for in. */
export async function chromePath(): Promise<string> {
  return (await findChromium()).path;
}

export async function lighthouse(sandbox: Sandbox, paths: readonly string[]): Promise<LighthouseResult[]> {
  fillContent(sandbox);
  await coldBuild(sandbox);
  const port = await freePort();
  // --ignore-lock: another preview of the repository (the e2e tests') may be running; this one is separate.
  const server = spawn(
    process.execPath,
    [ASTRO_CLI, 'preview', '--config', CONFIG_NAME, '--port', String(port), '--ignore-lock'],
    { cwd: sandbox.root, env: sandboxEnv(sandbox), stdio: 'ignore' },
  );
  const origin = `http://localhost:${port}`;
  const results: LighthouseResult[] = [];
  try {
    await waitForServer(`${origin}/`, server);
    const chrome = await chromePath();
    for (const path of paths) {
      const report = join(sandbox.root, 'lighthouse.json');
      const run = spawnSync(
        process.execPath,
        [
          join(REPO, 'node_modules/lighthouse/cli/index.js'),
          `${origin}${path}`,
          '--output=json',
          `--output-path=${report}`,
          `--only-categories=${CATEGORIES.join(',')}`,
          '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
          '--quiet',
        ],
        { env: { ...process.env, CHROME_PATH: chrome }, encoding: 'utf8' },
      );
      if (run.status !== 0) throw new Error(`Lighthouse failed on ${path}:\n${run.stderr.slice(-2000)}`);
      const parsed = JSON.parse(readFileSync(report, 'utf8')) as {
        categories: Record<string, { score: number | null }>;
      };
      const scores = Object.fromEntries(
        CATEGORIES.map((c) => [c, Math.round((parsed.categories[c]?.score ?? 0) * 100)]),
      );
      results.push({ path, scores });
      console.log(`  ${path}: ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join(', ')}`);
    }
  } finally {
    server.kill();
  }
  return results;
}
