/**
 * The peer: a Starlight site (bench/starlight/, its own package.json and lock) built with the same number of
 * generated pages, cold, in a temporary copy, so the two builds can be compared side by side on one machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { countPages } from './build.ts';
import { generatePeerPages } from './generate.ts';
import { PEER_DIR } from './paths.ts';
import { runSampled } from './process-tree.ts';

/**
 * The peer builds in its own folder: Astro compiles Starlight's components from node_modules, which must sit
 * inside the project (a linked node_modules, as the site's sandbox uses, makes Vite lose them). The pages
 * go to src/content/docs/, the output to dist/, both git-ignored.
 */
export interface PeerSandbox {
  root: string;
  docs: string;
  outDir: string;
}

export interface PeerRun {
  seconds: number;
  cpuSeconds: number;
  peakBytes: number;
  pages: number;
}

/** Installs the peer's dependencies from its lock, unless the installed tree already matches the lock. */
export function installPeer(): void {
  const lock = join(PEER_DIR, 'package-lock.json');
  const installed = join(PEER_DIR, 'node_modules/.package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing the Starlight peer (npm ci --prefix bench/starlight)');
  const run = spawnSync('npm', ['ci', '--prefix', PEER_DIR, '--no-audit', '--no-fund'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`npm ci --prefix bench/starlight failed (exit ${run.status})`);
}

/** The peer's Starlight version, for the report. */
export function peerVersion(): string {
  const pkg = join(PEER_DIR, 'node_modules/@astrojs/starlight/package.json');
  return existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version : '?';
}

export function peerSandbox(): PeerSandbox {
  return { root: PEER_DIR, docs: join(PEER_DIR, 'src/content/docs'), outDir: join(PEER_DIR, 'dist') };
}

/** Replaces the peer's pages with `total` generated ones. */
export function fillPeer(sandbox: PeerSandbox, total: number): void {
  rmSync(sandbox.docs, { recursive: true, force: true });
  generatePeerPages(sandbox.docs, total);
}

/** One cold build of the peer: `astro build` as Starlight's starter runs it, Pagefind included. */
export async function coldPeerBuild(sandbox: PeerSandbox): Promise<PeerRun> {
  for (const dir of ['.astro', 'node_modules/.astro', 'node_modules/.vite', 'dist'])
    rmSync(join(sandbox.root, dir), { recursive: true, force: true });
  const started = performance.now();
  const step = await runSampled(
    process.execPath,
    [join(sandbox.root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    { cwd: sandbox.root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } },
  );
  return {
    seconds: (performance.now() - started) / 1000,
    cpuSeconds: step.cpu,
    peakBytes: step.peak,
    pages: countPages(sandbox.outDir),
  };
}
