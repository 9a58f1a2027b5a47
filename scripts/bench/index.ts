/**
 * Build benchmark: generates N competencies from a real one, runs cold builds of each size in an isolated
 * copy of the project and reports wall time, peak memory of the build's process tree, pages per second, the
 * size of one competency page and where the time goes, as medians of several runs. With --peer it builds a
 * Starlight site of the same size between them. Then times the dev loop, scores three pages of the real site
 * with Lighthouse, times interactions in Chromium (interaction.ts) and appends the assessment engine
 * benchmark. Writes docs/benchmarks.md.
 *
 *   npm run bench                      sizes 100 and 1000, 3 runs each
 *   npm run bench -- --peer            the same beside Starlight, and the real content beside 12 pages
 *   npm run bench -- 100 --against main   beside another commit (a git ref or a folder), interleaved; printed,
 *                                      docs/benchmarks.md is left as it is
 *   npm run bench -- 50 500 --runs 5   other sizes and run count
 *   npm run bench -- --no-lighthouse --no-dev-loop --no-profile --no-interaction   builds only
 *   npm run bench -- --interaction-only   interaction latency in Chromium only (the widget on the real content,
 *                                      the portfolio at 100 and 1,000 generated competencies;
 *                                      --interaction-portfolio 100,1000; --interaction-scenarios widget or
 *                                      portfolio for one of the two); rewrites its own section of
 *                                      docs/benchmarks.md and nothing else
 *   npm run bench -- --interaction-only --interaction-slow 80   the same with every input, change, click and
 *                                      keydown listener made to wait 80 ms: the report must flag it; printed only
 *   npm run bench -- --interaction-only --interaction-slow-scoring 80   the same on builds with an 80 ms busy
 *                                      loop in the scoring code (scripts/bench/slow-scoring.ts); printed only
 *   npm run bench -- --interaction-only --against main   the same on this checkout and another commit,
 *                                      interleaved run by run; printed only
 *   npm run bench -- --languages [N ...]   each size (100 unless given) built with the site's three languages
 *                                      and with one, interleaved; rewrites its own section of docs/benchmarks.md
 *   npm run bench -- --log             print Astro's log of each build
 *   npm run bench -- --keep            keep the temporary project, and print its path
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { devLoop, type DevLoopResult } from './dev-loop.ts';
import { interactionBench } from './interaction.ts';
import { interactionSection, withSection } from './interaction-report.ts';
import { LANGUAGES_HEADING, languagesBench, languagesSection } from './languages.ts';
import { lighthouse, type LighthouseResult } from './lighthouse.ts';
import { parseArgs } from './options.ts';
import { OUT_FILE, REPO } from './paths.ts';
import { installPeer, peerSandbox, peerVersion } from './peer.ts';
import { HAND_WRITTEN, load, markdown, sourceCommit, summary, variantSection } from './report.ts';
import { CONFIG_NAME, createSandbox, variantSource } from './sandbox.ts';
import { benchSize, type SizeResult, type Size } from './sizes.ts';

function assessBench(): string | undefined {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  if (!pkg.scripts?.['bench:assess']) return undefined;
  const run = spawnSync('npm', ['run', '--silent', 'bench:assess'], { cwd: REPO, encoding: 'utf8' });
  return (run.stdout + (run.status === 0 ? '' : `\n(exit ${run.status})\n${run.stderr}`)).trim();
}

const options = parseArgs(process.argv.slice(2));
const sandbox = createSandbox();
const source = options.against === undefined ? undefined : variantSource(options.against);
const variant = source && { sandbox: createSandbox(source.dir), name: source.name };
const cleanUp = () => {
  for (const box of [sandbox, ...(variant ? [variant.sandbox] : [])]) {
    if (options.keep)
      console.log(`Kept ${box.root}: build it again with \`npx astro build --config ${CONFIG_NAME}\` there.`);
    else rmSync(box.root, { recursive: true, force: true });
  }
  if (!options.keep) source?.remove();
};
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});
const started = performance.now();
const loadAtStart = load();
const commit = sourceCommit();

/** True when the interaction benchmark runs as its section of docs/benchmarks.md says it does. */
const standardInteraction = (): boolean =>
  options.interactionSlow === 0 &&
  options.interactionSlowScoring === 0 &&
  options.interactionCpu === 4 &&
  options.interactionScenarios.length === 2 &&
  !variant;

/** The interaction benchmark's section of docs/benchmarks.md, printed as well. */
async function interaction(): Promise<string> {
  const slow = options.interactionSlow;
  const slowScoring = options.interactionSlowScoring;
  console.log(
    `Interaction latency in Chromium (390 px, CPU ${options.interactionCpu}x slower), ${options.runs} runs` +
      (slow > 0 ? `, every listener slowed by ${slow} ms` : '') +
      (slowScoring > 0 ? `, scoring slowed by ${slowScoring} ms` : ''),
  );
  const loadBefore = load();
  const scenarios = await interactionBench(
    sandbox,
    {
      runs: options.runs,
      portfolio: options.interactionPortfolio,
      scenarios: options.interactionScenarios,
      slowMs: slow,
      slowScoringMs: slowScoring,
      cpu: options.interactionCpu,
    },
    variant,
  );
  const section = interactionSection(scenarios, {
    runs: options.runs,
    measuredAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
    commit,
    load: [loadBefore, load()],
    slowMs: slow,
    slowScoringMs: slowScoring,
    cpu: options.interactionCpu,
  });
  console.log(`\n${section}\n`);
  return section;
}

try {
  if (options.interactionOnly) {
    const section = await interaction();
    const took = `${((performance.now() - started) / 1000).toFixed(0)} s`;
    // A deliberately slowed run is a check of the verdict, another CPU rate another measure, a comparison
    // with a variant or a part of the scenarios no whole table: printed only.
    if (!standardInteraction()) console.log(`Done in ${took}; ${OUT_FILE} left as it was.`);
    else {
      const text = existsSync(OUT_FILE) ? readFileSync(OUT_FILE, 'utf8') : '# Benchmarks\n';
      writeFileSync(OUT_FILE, withSection(text, section, HAND_WRITTEN));
      console.log(`Wrote its section of ${OUT_FILE} in ${took}.`);
    }
    cleanUp();
    process.exit(0);
  }
  if (options.languages) {
    const results = await languagesBench(sandbox, options.sizes, options.runs, options.log);
    const section = languagesSection(results, {
      runs: options.runs,
      measuredAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
      commit,
    });
    console.log(`\n${section}\n`);
    const text = existsSync(OUT_FILE) ? readFileSync(OUT_FILE, 'utf8') : '# Benchmarks\n';
    writeFileSync(OUT_FILE, withSection(text, section, HAND_WRITTEN, LANGUAGES_HEADING));
    console.log(
      `Wrote its section of ${OUT_FILE} in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    );
    cleanUp();
    process.exit(0);
  }
  if (options.peer) installPeer();
  const peer = options.peer ? peerSandbox() : undefined;
  const sizes: Size[] = [
    ...(options.peer || variant ? [{ kind: 'real' } as const] : []),
    ...options.sizes.map((competencies) => ({ kind: 'generated', competencies }) as const),
  ];
  // The dev loop first: it is short, and a run cut off late still has it.
  let dev: DevLoopResult | undefined;
  if (options.devSaves > 0) {
    console.log(`Dev loop: ${options.devSaves} saves in astro dev on port ${options.devPort}`);
    dev = await devLoop(sandbox, options.devPort, options.devSaves);
  }
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const name = size.kind === 'real' ? 'the real content' : `${size.competencies} generated competencies`;
    const beside = [...(peer ? ['Starlight'] : []), ...(variant ? [variant.name] : [])];
    console.log(
      `Building ${name}, ${options.runs} cold runs${beside.length ? ` each, with ${beside.join(' and ')}` : ''}`,
    );
    results.push(await benchSize(sandbox, peer, variant, size, options));
  }
  let scores: LighthouseResult[] = [];
  if (options.lighthouse) {
    console.log('Lighthouse (mobile) on the real site');
    scores = await lighthouse(sandbox, ['/', '/competencies/', '/competencies/archiving/']);
  }
  const interactions = options.interaction && !variant ? await interaction() : undefined;
  console.log('Assessment engine benchmark');
  const report = {
    results,
    runs: options.runs,
    peerVersion: peer ? peerVersion() : undefined,
    devLoop: dev,
    lighthouse: scores,
    assess: assessBench(),
    interaction: standardInteraction() ? interactions : undefined,
    loadAtStart,
    commit,
    variant: source && { name: source.name, commit: source.commit },
  };
  const took = `${((performance.now() - started) / 1000).toFixed(0)} s`;
  const comparison = variantSection(report);
  if (comparison) {
    // A comparison with a variant is not this site's benchmark: printed, docs/benchmarks.md left alone.
    console.log(`\n${summary(report)}\n\n${comparison}\n\nDone in ${took}; ${OUT_FILE} left as it was.`);
  } else {
    mkdirSync(dirname(OUT_FILE), { recursive: true });
    writeFileSync(OUT_FILE, markdown(report));
    console.log(`\n${summary(report)}`);
    console.log(`\nWrote ${OUT_FILE} in ${took}.`);
  }
} finally {
  cleanUp();
}
