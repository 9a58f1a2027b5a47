/**
 * Build benchmark: generates N competencies from a real one, runs cold builds of each size in an isolated
 * copy of the project, and reports wall time, peak memory of the build's process tree, pages per second and
 * the size of one competency page, as the median of several runs. Then scores three pages of the real site
 * with Lighthouse and appends the assessment engine benchmark. Writes docs/benchmarks.md.
 *
 *   npm run bench                      sizes 100 and 1000, 3 runs each, Lighthouse on
 *   npm run bench -- 50 500 --runs 5   other sizes and run count
 *   npm run bench -- --no-lighthouse   skip Lighthouse
 *   npm run bench -- --log             print Astro's log of each build (to see where the time goes)
 *   npm run bench -- --keep            keep the temporary project of the last size, and print its path
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parse, stringify } from 'yaml';
import { CompetencySchema } from '../../src/schemas/competency.ts';

const REPO = resolve(import.meta.dirname, '../..');
const TEMPLATE = join(REPO, 'content/competencies/archiving.mdx');
const OUT_FILE = join(REPO, 'docs/benchmarks.md');
const SAMPLE_MS = 100;
const MIB = 1024 * 1024;

// Targets from the product brief: half of Starlight's 33 s for 1,000 pages, under 1 GiB, no growth per page.
const TARGET_BUILD_1000_S = 16.5;
const TARGET_PEAK_MIB = 1024;

interface Options {
  sizes: number[];
  runs: number;
  lighthouse: boolean;
  log: boolean;
  keep: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const sizes: number[] = [];
  let runs = 3;
  let lighthouse = true;
  let log = false;
  let keep = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--runs') runs = Number(argv[++i]);
    else if (arg.startsWith('--runs=')) runs = Number(arg.slice('--runs='.length));
    else if (arg === '--no-lighthouse') lighthouse = false;
    else if (arg === '--lighthouse') lighthouse = true;
    else if (arg === '--log') log = true;
    else if (arg === '--keep') keep = true;
    else if (/^\d+$/.test(arg)) sizes.push(Number(arg));
    else
      throw new Error(
        `Unknown argument "${arg}". Usage: npm run bench -- [N ...] [--runs R] [--no-lighthouse]`,
      );
  }
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs expects a whole number of at least 1');
  return { sizes: sizes.length ? sizes : [100, 1000], runs, lighthouse, log, keep };
}

// ---------------------------------------------------------------------------------------------------------
// Content generation

/** A small deterministic random source (mulberry32), so every run builds the same pages. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'partner customer project rollout archive policy storage backup recovery endpoint gateway security data ' +
  'mailbox retention audit report licence renewal service team engineer survey revenue growth reference ' +
  'pilot migration workload region deployment review quarter evidence training exam level practice ' +
  'contract support incident response network cloud device compliance schedule budget outcome plan'
).split(' ');
const JOINERS = ['and', 'with', 'for', 'before', 'after', 'while', 'so that', 'because', 'when', 'across'];

function sentence(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const length = 8 + Math.floor(next() * 10);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(i > 0 && i % 5 === 0 ? pick(JOINERS) : pick(WORDS));
  const text = words.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(next)).join(' ');
}

function slugOf(index: number): string {
  return `bench-area-${String(index).padStart(4, '0')}`;
}

/** A body of about 600 words: four sections, a table and links to /program/ and neighbouring competencies. */
function bodyFor(index: number, total: number): string {
  const next = random(index * 7919);
  const prev = slugOf(((index - 2 + total) % total) + 1);
  const following = slugOf((index % total) + 1);
  return [
    '## The problem customers bring',
    '',
    paragraph(next, 6),
    '',
    paragraph(next, 5),
    '',
    '## Who this competency suits',
    '',
    `${paragraph(next, 5)} See [how the program works](/program/) for levels and business models.`,
    '',
    '## What a partner delivers',
    '',
    ...Array.from({ length: 5 }, () => `- ${sentence(next)}`),
    '',
    '| Stage | What the partner does | Typical length |',
    '| --- | --- | --- |',
    ...['Assess', 'Design', 'Pilot', 'Roll out', 'Review'].map(
      (stage, i) => `| ${stage} | ${sentence(next)} | ${2 + ((index + i) % 6)} weeks |`,
    ),
    '',
    '## How it fits with other areas',
    '',
    `${paragraph(next, 5)} Partners here often also hold [the previous area](/competencies/${prev}/) ` +
      `or [the next one](/competencies/${following}/).`,
    '',
    paragraph(next, 5),
    '',
  ].join('\n');
}

/** Scales every threshold by the same factor, so Expert stays at or above Principal as the checks demand. */
function scaleThresholds(value: unknown, factor: number): unknown {
  if (Array.isArray(value)) return value.map((v) => scaleThresholds(v, factor));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        key === 'amount' && typeof v === 'number'
          ? Math.round((v * factor) / 1000) * 1000
          : scaleThresholds(v, factor),
      ]),
    );
  }
  return value;
}

/** Renames the template's area inside labels and course names, e.g. "Archiving sales training". */
function rename(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.replaceAll(from, to);
  if (Array.isArray(value)) return value.map((v) => rename(v, from, to));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v, from, to)]));
  }
  return value;
}

const GROUPS = ['information-management', 'security', 'storage-and-availability'] as const;
const REGION_SETS = [
  ['na', 'latam', 'emea', 'apj'],
  ['na', 'emea'],
  ['emea', 'apj'],
  ['na', 'latam', 'apj'],
];

/** Writes N competency files generated from the template into `dir`, each checked by the real schema. */
function generateCompetencies(dir: string, total: number): void {
  const source = readFileSync(TEMPLATE, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match?.[1]) throw new Error(`${TEMPLATE} has no frontmatter`);
  const template = parse(match[1]) as Record<string, unknown>;
  const templateTitle = String(template['title']);
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= total; i++) {
    const title = `Bench Area ${String(i).padStart(4, '0')}`;
    const regions = REGION_SETS[i % REGION_SETS.length] ?? ['na'];
    const data = {
      ...(rename(template, templateTitle, title) as Record<string, unknown>),
      title,
      // The same text at every size, so page sizes compare across sizes.
      summary: `A generated area for the build benchmark, number ${i}, with the rules of ${templateTitle}.`,
      group: GROUPS[i % GROUPS.length],
      order: i,
      regions: regions.map((id) => ({ id })),
      requirements: scaleThresholds(template['requirements'], 1 + (i % 7) / 10),
      version: '1.0',
      effective: '2026-01-15',
      history: [{ version: '1.0', date: '2026-01-15', summary: `First rules for ${title}.` }],
    };
    const checked = CompetencySchema.safeParse(data);
    if (!checked.success)
      throw new Error(`Generated ${slugOf(i)} does not match the schema: ${checked.error.message}`);
    writeFileSync(join(dir, `${slugOf(i)}.mdx`), `---\n${stringify(data)}---\n\n${bodyFor(i, total)}`);
  }
}

// ---------------------------------------------------------------------------------------------------------
// An isolated copy of the project, so the benchmark never touches dist/, .astro/ or the content cache

interface Sandbox {
  root: string;
  content: string;
  outDir: string;
}

// Astro resolves --config against the project root, so the name is relative.
const CONFIG_NAME = 'bench.config.mjs';

function createSandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'competency-bench-'));
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(REPO, entry))) cpSync(join(REPO, entry), join(root, entry), { recursive: true });
  }
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
  // Astro's default cacheDir sits in node_modules, which is the repository's own through the link above.
  writeFileSync(
    join(root, CONFIG_NAME),
    "import config from './astro.config.mjs';\n" +
      "export default { ...config, cacheDir: './.bench-cache/', outDir: './dist/' };\n",
  );
  return { root, content: join(root, 'content'), outDir: join(root, 'dist') };
}

/**
 * Fills the sandbox's content folder with the repository's content: levels, business models, regions, tiers
 * and whatever else is there. `generated` replaces the competencies and leaves out the rules lock, which
 * records the real competencies only.
 */
function fillContent(sandbox: Sandbox, generated?: (dir: string) => void): void {
  rmSync(sandbox.content, { recursive: true, force: true });
  for (const entry of readdirSync(join(REPO, 'content'))) {
    if (generated && (entry === 'competencies' || entry === 'rules-lock.json')) continue;
    cpSync(join(REPO, 'content', entry), join(sandbox.content, entry), { recursive: true });
  }
  generated?.(join(sandbox.content, 'competencies'));
}

// ---------------------------------------------------------------------------------------------------------
// Measuring a build

/** Resident memory (bytes) and CPU time used so far (seconds) of a process tree, read from /proc (Linux). */
function sampleTree(rootPid: number): { rss: number; cpu: number } {
  const children = new Map<number, number[]>();
  const cpuTicks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces: state, ppid, ...
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
      // utime + stime + cutime + cstime: the process's own time and that of its ended children.
      cpuTicks.set(
        Number(name),
        [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0),
      );
    } catch {
      // The process ended between listing and reading.
    }
  }
  let rss = 0;
  let ticks = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop() as number;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      continue;
    }
    ticks += cpuTicks.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  // Linux reports CPU time in clock ticks of 1/100 s (CLK_TCK) on every common architecture.
  return { rss, cpu: ticks / 100 };
}

/** Where a build's time went, in seconds. */
interface Phases {
  /** From start to the first Vite bundle: config, content check, content sync, types. */
  setup: number;
  /** Vite bundling of the server and client code (and of any MDX body that uses components). */
  bundle: number;
  /** Rendering every page to HTML. */
  render: number;
  /** Pagefind indexing of the searchable pages (scripts/search/build-index.ts). */
  index: number;
}

interface BuildRun {
  seconds: number;
  /** CPU time of the whole process tree (user + system), sampled; less sensitive to other load than wall time. */
  cpuSeconds: number;
  peakBytes: number;
  pages: number;
  phases: Phases;
  log: string;
}

/** Seconds from Astro's durations: "25.07s", "529ms", "1m 5s". */
function seconds(text: string): number {
  let total = 0;
  for (const [, value, unit] of text.matchAll(/([\d.]+)\s*(ms|m|s)\b/g)) {
    total += Number(value) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1);
  }
  return total;
}

/** Reads the phase durations the build prints (Astro's, then the search index's); the rest counts as setup. */
function phasesOf(log: string, totalSeconds: number): Phases {
  const bundle = [...log.matchAll(/\[vite\] ✓ built in ([^\n]+)/g)].reduce(
    (sum, m) => sum + seconds(m[1] ?? ''),
    0,
  );
  // The line that closes "generating static routes" has no [build] tag.
  const render = seconds(/^\S+ ✓ Completed in ([^\n]+)/m.exec(log)?.[1] ?? '');
  const index = seconds(/search-index: indexed .* in ([^\n]+)/.exec(log)?.[1] ?? '');
  return { setup: Math.max(0, totalSeconds - bundle - render - index), bundle, render, index };
}

const ASTRO_CLI = join(REPO, 'node_modules/astro/bin/astro.mjs');

function astroEnv(sandbox: Sandbox): NodeJS.ProcessEnv {
  return { ...process.env, CONTENT_DIR: sandbox.content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/** Runs one command to its end, sampling its process tree; returns the peak memory and the CPU time used. */
async function runSampled(
  args: readonly string[],
  sandbox: Sandbox,
  log: string[],
): Promise<{ peak: number; cpu: number }> {
  const child = spawn(process.execPath, args, {
    cwd: sandbox.root,
    env: astroEnv(sandbox),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  let peak = 0;
  let cpu = 0;
  const sampler = setInterval(() => {
    if (!child.pid) return;
    const sample = sampleTree(child.pid);
    peak = Math.max(peak, sample.rss);
    cpu = Math.max(cpu, sample.cpu);
  }, SAMPLE_MS);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  if (code !== 0) throw new Error(`${args.join(' ')} failed (exit ${code}):\n${log.join('').slice(-4000)}`);
  return { peak, cpu };
}

/**
 * The commands of `npm run build`, each a `node` command line, with the benchmark's Astro configuration
 * added to `astro build`: the benchmark runs exactly what the build script runs (without npm around it).
 */
function buildCommands(): string[][] {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const script = pkg.scripts?.['build'] ?? '';
  return script.split('&&').map((command) => {
    const [program, ...args] = command.trim().split(/\s+/);
    if (program !== 'node')
      throw new Error(`npm run build: expected node commands only, got "${command.trim()}"`);
    const resolved = args.map((arg) => (/^[\w./-]+\.(?:mjs|ts)$/.test(arg) ? join(REPO, arg) : arg));
    return resolved.includes('build') && resolved.some((arg) => arg.endsWith('astro.mjs'))
      ? [...resolved, '--config', CONFIG_NAME]
      : resolved;
  });
}

/**
 * One cold build, the commands of `npm run build` in order, with caches and output removed first: wall time
 * of all of them, the peak RSS of any one's process tree, and their CPU time.
 */
async function coldBuild(sandbox: Sandbox): Promise<BuildRun> {
  for (const dir of ['.astro', '.bench-cache', 'dist'])
    rmSync(join(sandbox.root, dir), { recursive: true, force: true });
  const log: string[] = [];
  const started = performance.now();
  let peak = 0;
  let cpu = 0;
  for (const command of buildCommands()) {
    const step = await runSampled(command, sandbox, log);
    peak = Math.max(peak, step.peak);
    cpu += step.cpu;
  }
  const total = (performance.now() - started) / 1000;
  return {
    seconds: total,
    cpuSeconds: cpu,
    peakBytes: peak,
    pages: countPages(sandbox.outDir),
    phases: phasesOf(log.join(''), total),
    log: log.join(''),
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

interface SizeResult {
  competencies: number;
  runs: BuildRun[];
  pages: number;
  seconds: number;
  cpuSeconds: number;
  peakMiB: number;
  pagesPerSecond: number;
  pageBytes: number;
  pageGzip: number;
  phases: Phases;
  /** Total size of every HTML page written, in bytes. */
  htmlBytes: number;
}

async function benchSize(
  sandbox: Sandbox,
  competencies: number,
  { runs, log }: Options,
): Promise<SizeResult> {
  fillContent(sandbox, (dir) => generateCompetencies(dir, competencies));
  const results: BuildRun[] = [];
  for (let r = 1; r <= runs; r++) {
    const run = await coldBuild(sandbox);
    results.push(run);
    if (log) console.log(run.log);
    console.log(
      `  ${competencies} competencies, run ${r}/${runs}: ${run.seconds.toFixed(2)} s, ` +
        `${run.cpuSeconds.toFixed(1)} s CPU, ${(run.peakBytes / MIB).toFixed(0)} MiB peak, ${run.pages} pages`,
    );
  }
  const page = readFileSync(join(sandbox.outDir, 'competencies', slugOf(1), 'index.html'));
  const seconds = median(results.map((r) => r.seconds));
  const pages = results[0]?.pages ?? 0;
  return {
    competencies,
    runs: results,
    pages,
    seconds,
    cpuSeconds: median(results.map((r) => r.cpuSeconds)),
    peakMiB: median(results.map((r) => r.peakBytes)) / MIB,
    pagesPerSecond: median(results.map((r) => r.pages / r.seconds)),
    pageBytes: page.length,
    pageGzip: gzipSync(page, { level: 9 }).length,
    phases: {
      setup: median(results.map((r) => r.phases.setup)),
      bundle: median(results.map((r) => r.phases.bundle)),
      render: median(results.map((r) => r.phases.render)),
      index: median(results.map((r) => r.phases.index)),
    },
    htmlBytes: readdirSync(sandbox.outDir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .reduce((sum, f) => sum + statSync(join(sandbox.outDir, f)).size, 0),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Lighthouse on the real site

interface LighthouseResult {
  path: string;
  scores: Record<string, number>;
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('The preview server stopped before it answered');
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`The preview server did not answer at ${url} within 30 s`);
}

function chromePath(): string {
  const found = [
    process.env['CHROME_PATH'],
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].find((p): p is string => Boolean(p) && existsSync(p as string));
  if (!found) throw new Error('No Chromium for Lighthouse: set CHROME_PATH, or run with --no-lighthouse');
  return found;
}

async function lighthouse(sandbox: Sandbox, paths: readonly string[]): Promise<LighthouseResult[]> {
  fillContent(sandbox);
  await coldBuild(sandbox);
  const port = await freePort();
  // --ignore-lock: another preview of the repository (the e2e tests') may be running; this one is separate.
  const server = spawn(
    process.execPath,
    [ASTRO_CLI, 'preview', '--config', CONFIG_NAME, '--port', String(port), '--ignore-lock'],
    { cwd: sandbox.root, env: astroEnv(sandbox), stdio: 'ignore' },
  );
  const origin = `http://localhost:${port}`;
  const results: LighthouseResult[] = [];
  try {
    await waitForServer(`${origin}/`, server);
    const chrome = chromePath();
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

// ---------------------------------------------------------------------------------------------------------
// Report

/** The one-minute load average, rounded: other work on the machine slows the builds down. */
function load(): string {
  return (loadavg()[0] ?? 0).toFixed(1);
}

function environment(loadAtStart: string): string {
  const cpu = cpus();
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: REPO,
    encoding: 'utf8',
  }).stdout.trim();
  const astro = (
    JSON.parse(readFileSync(join(REPO, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
  ).version;
  return (
    `Measured ${new Date().toISOString().slice(0, 10)} at commit ${commit || 'unknown'}: ${cpu.length} × ${cpu[0]?.model ?? 'CPU'}, ` +
    `${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, Node ${process.version}, Astro ${astro}. ` +
    `Load average ${loadAtStart} at the start, ${load()} at the end (other work on the machine slows builds).`
  );
}

function buildTable(results: readonly SizeResult[], runs: number): string {
  const rows = results.map(
    (r) =>
      `| ${r.competencies.toLocaleString('en-US')} | ${r.pages.toLocaleString('en-US')} | ${r.seconds.toFixed(2)} | ` +
      `${r.cpuSeconds.toFixed(1)} | ${r.pagesPerSecond.toFixed(0)} | ${r.peakMiB.toFixed(0)} | ${r.pageBytes.toLocaleString('en-US')} / ${r.pageGzip.toLocaleString('en-US')} | ` +
      `${r.runs.map((x) => x.seconds.toFixed(2)).join(', ')} |`,
  );
  return [
    `| competencies | pages | cold build, s (median of ${runs}) | CPU, s | pages/s | peak RSS, MiB | one competency page, bytes / gzip | runs, s |`,
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
}

function phaseTable(results: readonly SizeResult[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.competencies.toLocaleString('en-US')} | ${r.phases.setup.toFixed(1)} | ${r.phases.bundle.toFixed(1)} | ` +
      `${r.phases.render.toFixed(1)} | ${r.phases.index.toFixed(1)} | ${(r.htmlBytes / MIB).toFixed(0)} |`,
  );
  return [
    '| competencies | setup, s | bundle, s | render, s | search index, s | all HTML, MiB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function targets(results: readonly SizeResult[]): string[] {
  const lines: string[] = [];
  const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const at1000 = results.find((r) => r.competencies === 1000);
  const at100 = results.find((r) => r.competencies === 100);
  if (at1000) {
    lines.push(
      `- Cold build of 1,000 competencies ≤ ${TARGET_BUILD_1000_S} s: ${at1000.seconds.toFixed(2)} s, ${mark(at1000.seconds <= TARGET_BUILD_1000_S)}.`,
    );
  }
  if (at100 && at1000) {
    lines.push(
      `- A competency page at 1,000 no larger than at 100: ${at1000.pageBytes.toLocaleString('en-US')} vs ${at100.pageBytes.toLocaleString('en-US')} bytes, ` +
        `${mark(at1000.pageBytes <= at100.pageBytes)}.`,
    );
  }
  // Judged on the single highest run of any size, not only on a median.
  const largest = results.reduce<SizeResult | undefined>(
    (big, r) => (big === undefined || r.competencies > big.competencies ? r : big),
    undefined,
  );
  const highest = Math.max(...results.flatMap((r) => r.runs.map((run) => run.peakBytes / MIB)));
  if (largest) {
    lines.push(
      `- Peak memory under ${TARGET_PEAK_MIB} MiB: ${largest.peakMiB.toFixed(0)} MiB at ` +
        `${largest.competencies.toLocaleString('en-US')} (median), ${highest.toFixed(0)} MiB in the highest run, ` +
        `${mark(highest < TARGET_PEAK_MIB)}.`,
    );
  }
  return lines;
}

function lighthouseTable(results: readonly LighthouseResult[]): string {
  return [
    '| page | performance | accessibility | best practices | SEO |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| \`${r.path}\` | ${CATEGORIES.map((c) => r.scores[c]).join(' | ')} |`),
  ].join('\n');
}

function assessBench(): string | undefined {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (!pkg.scripts?.['bench:assess']) return undefined;
  const run = spawnSync('npm', ['run', '--silent', 'bench:assess'], { cwd: REPO, encoding: 'utf8' });
  return (run.stdout + (run.status === 0 ? '' : `\n(exit ${run.status})\n${run.stderr}`)).trim();
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const sandbox = createSandbox();
  const cleanUp = () => {
    if (options.keep)
      console.log(
        `Kept ${sandbox.root}: build it again with \`npx astro build --config ${CONFIG_NAME}\` there.`,
      );
    else rmSync(sandbox.root, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  const started = performance.now();
  const loadAtStart = load();
  try {
    const results: SizeResult[] = [];
    for (const size of options.sizes) {
      console.log(`Building ${size} generated competencies, ${options.runs} cold runs`);
      results.push(await benchSize(sandbox, size, options));
    }
    let lighthouseResults: LighthouseResult[] = [];
    if (options.lighthouse) {
      const first = readdirSync(join(REPO, 'content/competencies'))
        .filter((f) => f.endsWith('.mdx'))
        .sort()[0];
      const paths = [
        '/',
        '/competencies/',
        `/competencies/${(first ?? 'archiving.mdx').replace(/\.mdx$/, '')}/`,
      ];
      console.log('Lighthouse (mobile) on the real site');
      lighthouseResults = await lighthouse(sandbox, paths);
    }
    console.log('Assessment engine benchmark');
    const assess = assessBench();

    const sections = [
      '# Benchmarks',
      '',
      'Written by `npm run bench` (scripts/bench/); run it again to refresh this file.',
      '',
      environment(loadAtStart),
      '',
      '## Build',
      '',
      'Each size is a content folder of generated competencies (the Archiving rules with other names and figures, ' +
        'a body of about 600 words with four sections, a table and links), built cold in a copy of the project: ' +
        'no `.astro/`, no content cache, no `dist/`. Peak memory is the resident memory of the build process and ' +
        `all its children, sampled every ${SAMPLE_MS} ms; CPU is the user and system time of the same processes ` +
        '(wall time suffers more from other work on the machine). Pages per second count every HTML page written.',
      '',
      buildTable(results, options.runs),
      '',
      'Where the time goes (medians): setup is config, content check, content sync and types; bundle is ' +
        'Vite; render writes every page; search index is Pagefind over the searchable pages. The timings the ' +
        'build prints, so they need not add up to the wall time exactly.',
      '',
      phaseTable(results),
      '',
      'Targets:',
      '',
      ...targets(results),
    ];
    if (lighthouseResults.length) {
      sections.push(
        '',
        '## Lighthouse',
        '',
        'Lighthouse defaults (mobile, simulated throttling) in headless Chromium, on a build of the real content ' +
          'served by `astro preview`. Target: 100 in every category.',
        '',
        lighthouseTable(lighthouseResults),
      );
    }
    if (assess)
      sections.push('', '## Assessment engine', '', '`npm run bench:assess`:', '', '```text', assess, '```');
    sections.push('');
    mkdirSync(join(REPO, 'docs'), { recursive: true });
    writeFileSync(OUT_FILE, sections.join('\n'));
    console.log(
      `\n${buildTable(results, options.runs)}\n\n${phaseTable(results)}\n\n${targets(results).join('\n')}`,
    );
    if (lighthouseResults.length) console.log(`\n${lighthouseTable(lighthouseResults)}`);
    if (assess) console.log(`\n${assess}`);
    console.log(`\nWrote ${OUT_FILE} in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    cleanUp();
  }
}

await main();
