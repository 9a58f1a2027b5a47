/**
 * Benchmarks one size: cold builds of this site, interleaved with cold builds of the Starlight peer and of a
 * variant of this site when they run (the first to go turning round by round, so none always meets the same
 * moment of the machine's load), then one profiled build for the CPU table.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { coldBuild, type BuildRun } from './build.ts';
import { readCpuProfiles, type CpuBreakdown } from './cpu-profile.ts';
import { generateCompetencies, slugOf } from './generate.ts';
import type { Options } from './options.ts';
import { REPO } from './paths.ts';
import { coldPeerBuild, fillPeer, type PeerRun, type PeerSandbox } from './peer.ts';
import { medianPhases, pageTypeTimes, type PageTypeTime, type Phases } from './phases.ts';
import { fillContent, type Sandbox } from './sandbox.ts';
import { MIB, median } from './stats.ts';

/** What is built: the real content, or N generated competencies. */
export type Size = { kind: 'real' } | { kind: 'generated'; competencies: number };

export interface SizeResult {
  size: Size;
  /** "real content (12 competencies)" or "1,000". */
  label: string;
  competencies: number;
  runs: BuildRun[];
  peerRuns: PeerRun[];
  /** Builds of the variant (`--against`), interleaved with this site's; empty without one. */
  variantRuns: BuildRun[];
  /** The HTML pages only one of the two wrote (path, and which side); empty when they wrote the same set. */
  pageDifferences: string[];
  pages: number;
  seconds: number;
  cpuSeconds: number;
  peakMiB: number;
  highestPeakMiB: number;
  pagesPerSecond: number;
  pageBytes: number;
  pageGzip: number;
  phases: Phases;
  /** Render time per page type, from the run with the median wall time. */
  pageTypes: PageTypeTime[];
  cpu: CpuBreakdown | undefined;
  /** Total size of every HTML page written, in bytes. */
  htmlBytes: number;
  /** One-minute load average before and after this size's runs. */
  load: [number, number];
}

const REAL_DIR = join(REPO, 'content/competencies');

function realCompetencies(): number {
  return readdirSync(REAL_DIR).filter((f) => f.endsWith('.mdx')).length;
}

function firstPage(size: Size): string {
  if (size.kind === 'generated') return slugOf(1);
  const [first] = readdirSync(REAL_DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
  return (first ?? 'archiving.mdx').replace(/\.mdx$/, '');
}

async function profiled(sandbox: Sandbox): Promise<CpuBreakdown> {
  const dir = mkdtempSync(join(tmpdir(), 'competency-bench-profile-'));
  try {
    await coldBuild(sandbox, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    return readCpuProfiles(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/** The pages one output has and the other lacks, each marked with the side that has it. */
export function pageDifferences(ours: readonly string[], theirs: readonly string[]): string[] {
  const a = new Set(ours);
  const b = new Set(theirs);
  return [
    ...ours.filter((f) => !b.has(f)).map((f) => `${f} (this site only)`),
    ...theirs.filter((f) => !a.has(f)).map((f) => `${f} (variant only)`),
  ];
}

/** Whose build goes when in round `round` (from 1): the first to go turns round by round. */
export function turnOrder<T>(builds: readonly T[], round: number): T[] {
  const shift = (round - 1) % builds.length;
  return [...builds.slice(shift), ...builds.slice(0, shift)];
}

export async function benchSize(
  sandbox: Sandbox,
  peer: PeerSandbox | undefined,
  variant: { sandbox: Sandbox; name: string } | undefined,
  size: Size,
  { runs, log, profile }: Options,
): Promise<SizeResult> {
  const loadBefore = loadavg()[0] ?? 0;
  const competencies = size.kind === 'real' ? realCompetencies() : size.competencies;
  for (const box of [sandbox, ...(variant ? [variant.sandbox] : [])]) {
    if (size.kind === 'real') fillContent(box);
    else fillContent(box, (dir) => generateCompetencies(dir, competencies));
  }
  // As many Starlight pages as there are competencies, the real content's 12 included.
  if (peer) fillPeer(peer, competencies);
  const label =
    size.kind === 'real'
      ? `real content (${competencies} competencies)`
      : competencies.toLocaleString('en-US');

  const results: BuildRun[] = [];
  const peerResults: PeerRun[] = [];
  const variantResults: BuildRun[] = [];
  for (let r = 1; r <= runs; r++) {
    const ours = async () => {
      const run = await coldBuild(sandbox);
      results.push(run);
      if (log) console.log(run.log);
      console.log(
        `  ${label}, run ${r}/${runs}: ${run.seconds.toFixed(2)} s, ${run.cpuSeconds.toFixed(1)} s CPU, ` +
          `${(run.peakBytes / MIB).toFixed(0)} MiB peak, ${run.pages} pages`,
      );
    };
    const theirs = async () => {
      if (!peer) return;
      const run = await coldPeerBuild(peer);
      peerResults.push(run);
      console.log(
        `  Starlight, ${run.pages} pages, run ${r}/${runs}: ${run.seconds.toFixed(2)} s, ` +
          `${run.cpuSeconds.toFixed(1)} s CPU, ${(run.peakBytes / MIB).toFixed(0)} MiB peak`,
      );
    };
    const variants = async () => {
      if (!variant) return;
      const run = await coldBuild(variant.sandbox);
      variantResults.push(run);
      if (log) console.log(run.log);
      console.log(
        `  ${variant.name}, ${label}, run ${r}/${runs}: ${run.seconds.toFixed(2)} s, ` +
          `${run.cpuSeconds.toFixed(1)} s CPU, ${(run.peakBytes / MIB).toFixed(0)} MiB peak, ${run.pages} pages`,
      );
    };
    const builds = [ours, ...(peer ? [theirs] : []), ...(variant ? [variants] : [])];
    for (const build of turnOrder(builds, r)) await build();
  }
  const page = readFileSync(join(sandbox.outDir, 'competencies', firstPage(size), 'index.html'));
  const seconds = median(results.map((r) => r.seconds));
  const middle = [...results].sort((a, b) => a.seconds - b.seconds)[Math.floor(results.length / 2)];
  const htmlBytes = htmlFiles(sandbox.outDir).reduce(
    (sum, f) => sum + statSync(join(sandbox.outDir, f)).size,
    0,
  );
  const cpu = profile ? await profiled(sandbox) : undefined;
  return {
    size,
    label,
    competencies,
    runs: results,
    peerRuns: peerResults,
    variantRuns: variantResults,
    pageDifferences: variant
      ? pageDifferences(htmlFiles(sandbox.outDir), htmlFiles(variant.sandbox.outDir))
      : [],
    pages: results[0]?.pages ?? 0,
    seconds,
    cpuSeconds: median(results.map((r) => r.cpuSeconds)),
    peakMiB: median(results.map((r) => r.peakBytes)) / MIB,
    highestPeakMiB: Math.max(...results.map((r) => r.peakBytes)) / MIB,
    pagesPerSecond: median(results.map((r) => r.pages / r.seconds)),
    pageBytes: page.length,
    pageGzip: gzipSync(page, { level: 9 }).length,
    phases: medianPhases(results),
    pageTypes: middle ? pageTypeTimes(middle) : [],
    cpu,
    htmlBytes,
    load: [loadBefore, loadavg()[0] ?? 0],
  };
}
