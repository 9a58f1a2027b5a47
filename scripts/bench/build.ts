/** One cold build of this site in a sandbox, with the commands of `npm run build`, measured. */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO } from './paths.ts';
import { runSampled, type LogLine } from './process-tree.ts';
import { CONFIG_NAME, sandboxEnv, type Sandbox } from './sandbox.ts';

export interface BuildRun {
  seconds: number;
  /** CPU time of the whole process tree (user + system), sampled; less sensitive to other load than wall time. */
  cpuSeconds: number;
  peakBytes: number;
  pages: number;
  /** The output of `astro build`, timed, for the profile. */
  astroLines: LogLine[];
  /** Wall time of `astro build` alone. */
  astroSeconds: number;
  /** Wall time of the search index step (scripts/search/build-index.ts), node start-up included. */
  indexSeconds: number;
  log: string;
}

function isAstroBuild(args: readonly string[]): boolean {
  return args.includes('build') && args.some((arg) => arg.endsWith('astro.mjs'));
}

/**
 * The commands of `npm run build` in the checkout the sandbox came from, each a `node` command line, with the benchmark's Astro configuration
 * added to `astro build`: the benchmark runs exactly what the build script runs (without npm around it).
 */
function buildCommands(source: string): string[][] {
  const pkg = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const script = pkg.scripts?.['build'] ?? '';
  return script.split('&&').map((command) => {
    const [program, ...args] = command.trim().split(/\s+/);
    if (program !== 'node')
      throw new Error(`npm run build: expected node commands only, got "${command.trim()}"`);
    // Packages are the repository's own: a variant's checkout links to them (sandbox.ts).
    const resolved = args.map((arg) =>
      /^[\w./-]+\.(?:mjs|ts)$/.test(arg) ? join(arg.startsWith('node_modules/') ? REPO : source, arg) : arg,
    );
    return isAstroBuild(resolved) ? [...resolved, '--config', CONFIG_NAME] : resolved;
  });
}

export function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/**
 * One cold build, the commands of `npm run build` in order, with caches and output removed first: wall time
 * of all of them, the peak RSS of any one's process tree, and their CPU time. `astroFlags` go to the node
 * running `astro build` (the profile passes --cpu-prof); `env` is added to every command's environment.
 */
export async function coldBuild(
  sandbox: Sandbox,
  astroFlags: readonly string[] = [],
  env: NodeJS.ProcessEnv = {},
): Promise<BuildRun> {
  for (const dir of ['.astro', '.bench-cache', 'dist'])
    rmSync(join(sandbox.root, dir), { recursive: true, force: true });
  const started = performance.now();
  const run: BuildRun = {
    seconds: 0,
    cpuSeconds: 0,
    peakBytes: 0,
    pages: 0,
    astroLines: [],
    astroSeconds: 0,
    indexSeconds: 0,
    log: '',
  };
  for (const command of buildCommands(sandbox.source)) {
    const astro = isAstroBuild(command);
    const step = await runSampled(process.execPath, astro ? [...astroFlags, ...command] : command, {
      cwd: sandbox.root,
      env: sandboxEnv(sandbox, env),
    });
    run.peakBytes = Math.max(run.peakBytes, step.peak);
    run.cpuSeconds += step.cpu;
    run.log += step.lines.map((l) => `${l.text}\n`).join('');
    if (astro) {
      run.astroLines = step.lines;
      run.astroSeconds = step.seconds;
    } else run.indexSeconds += step.seconds;
  }
  run.seconds = (performance.now() - started) / 1000;
  run.pages = countPages(sandbox.outDir);
  return run;
}
