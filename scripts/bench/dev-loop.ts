/**
 * The editor's loop: `astro dev` on the real content, a competency's MDX saved with a changed sentence, and
 * the time until the page in a headless Chromium shows it (Astro reloads the page after a content change).
 * Without Chromium it polls the page over HTTP instead, which leaves out the browser's reload.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser } from '@playwright/test';
import { chromePath, waitForServer } from './lighthouse.ts';
import { REPO } from './paths.ts';
import { CONFIG_NAME, fillContent, sandboxEnv, type Sandbox } from './sandbox.ts';
import { median } from './stats.ts';

const ASTRO_CLI = join(REPO, 'node_modules/astro/bin/astro.mjs');
const COMPETENCY = 'archiving';
const TIMEOUT_MS = 30_000;

export interface DevLoopResult {
  /** Seconds from each save to the changed text on the page, in order. */
  saves: number[];
  median: number;
  /** "browser" when Chromium watched the page, "http" when it was polled. */
  via: 'browser' | 'http';
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function findChrome(): Promise<string | undefined> {
  try {
    return await chromePath();
  } catch {
    return undefined;
  }
}

/** Waits until `shows` says the page has the text, checking every 10 ms; returns the seconds waited. */
async function timeUntil(started: number, shows: () => Promise<boolean>): Promise<number> {
  while (performance.now() - started < TIMEOUT_MS) {
    try {
      if (await shows()) return (performance.now() - started) / 1000;
    } catch {
      // The page is reloading.
    }
    await sleep(10);
  }
  throw new Error(`The saved edit did not show within ${TIMEOUT_MS / 1000} s`);
}

/** Times `saves` edits (after one that warms the server up) on `port`. */
export async function devLoop(sandbox: Sandbox, port: number, saves: number): Promise<DevLoopResult> {
  fillContent(sandbox);
  const file = join(sandbox.content, 'competencies', `${COMPETENCY}.mdx`);
  const original = readFileSync(file, 'utf8');
  const server = spawn(
    process.execPath,
    [ASTRO_CLI, 'dev', '--config', CONFIG_NAME, '--port', String(port), '--host', '127.0.0.1'],
    { cwd: sandbox.root, env: sandboxEnv(sandbox), stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/competencies/${COMPETENCY}/`;
  const chrome = await findChrome();
  let browser: Browser | undefined;
  try {
    await waitForServer(url, server);
    const page = chrome
      ? await (browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox'] })).newPage()
      : undefined;
    await page?.goto(url);
    const times: number[] = [];
    for (let i = 0; i <= saves; i++) {
      const marker = `Saved edit number ${i} at ${Date.now()}.`;
      const started = performance.now();
      writeFileSync(file, `${original.trimEnd()}\n\n${marker}\n`);
      const seconds = await timeUntil(
        started,
        page
          ? () => page.evaluate((text) => document.body.textContent.includes(text), marker)
          : async () => (await (await fetch(url)).text()).includes(marker),
      );
      if (i > 0) times.push(seconds);
      console.log(`  save ${i}${i === 0 ? ' (warm-up)' : ''}: ${seconds.toFixed(2)} s`);
      await sleep(500);
    }
    return { saves: times, median: median(times), via: page ? 'browser' : 'http' };
  } finally {
    writeFileSync(file, original);
    await browser?.close();
    server.kill();
  }
}
