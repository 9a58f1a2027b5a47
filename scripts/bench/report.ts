/** docs/benchmarks.md: the tables, the targets and the machine they were measured on. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import type { DevLoopResult } from './dev-loop.ts';
import { findSection } from './interaction-report.ts';
import { LANGUAGES_HEADING } from './languages.ts';
import { CATEGORIES, type LighthouseResult } from './lighthouse.ts';
import { OUT_FILE, REPO } from './paths.ts';
import { PHASE_NAMES, type Phases } from './phases.ts';
import { SAMPLE_INTERVAL_MS } from './process-tree.ts';
import type { SizeResult } from './sizes.ts';
import { MIB, count, median } from './stats.ts';

/** Everything after this line in docs/benchmarks.md is written by hand and kept as it is. */
export const HAND_WRITTEN = '<!-- Below this line is written by hand; npm run bench keeps it. -->';

const TARGET_PEAK_MIB = 1024;
const TARGET_DEV_LOOP_S = 1;
/** Highest ratio of this site's wall time to Starlight's, by size label. */
const TARGET_RATIO: Record<string, number> = { real: 1.0, '100': 0.8, '1,000': 0.5 };

export interface Report {
  results: SizeResult[];
  runs: number;
  peerVersion: string | undefined;
  devLoop: DevLoopResult | undefined;
  lighthouse: LighthouseResult[];
  assess: string | undefined;
  /** The interaction latency section (interaction-report.ts); undefined keeps the one the file has. */
  interaction: string | undefined;
  loadAtStart: number;
  /** The commit measured, read when the benchmark copied the project (`sourceCommit`). */
  commit: string;
  /** The variant built beside this site (`--against`): the ref or folder as given, and its commit. */
  variant: { name: string; commit: string | undefined } | undefined;
}

const mark = (ok: boolean) => (ok ? 'met' : 'MISSED');
const s = (seconds: number) => seconds.toFixed(2);
const mib = (bytes: number) => (bytes / MIB).toFixed(0);

/** The one-minute load average, rounded: other work on the machine slows the builds down. */
export function load(): number {
  return loadavg()[0] ?? 0;
}

/**
 * The commit of the code the sandbox was copied from, with a note when the checkout had changes: read when
 * the benchmark starts, since commits made while it runs are not what it measures.
 */
export function sourceCommit(): string {
  const git = (...args: string[]) =>
    spawnSync('git', args, { cwd: REPO, encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const changed = git('status', '--porcelain', '--', 'src', 'public', 'astro.config.mjs', 'package.json');
  return changed === '' ? commit : `${commit} with uncommitted changes`;
}

function environment(loadAtStart: number, commit: string): string {
  const cpu = cpus();
  const astro = (
    JSON.parse(readFileSync(join(REPO, 'node_modules/astro/package.json'), 'utf8')) as { version: string }
  ).version;
  return (
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC at commit ${commit}: ` +
    `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ` +
    `Node ${process.version}, Astro ${astro}. Load average ${loadAtStart.toFixed(1)} at the start, ` +
    `${load().toFixed(1)} at the end: other work on the machine slows builds, which is why the comparison ` +
    'interleaves the two sites run by run.'
  );
}

function ratioKey(r: SizeResult): string {
  return r.size.kind === 'real' ? 'real' : r.label;
}

function peerTable(results: readonly SizeResult[], version: string): string {
  const rows = results
    .filter((r) => r.peerRuns.length > 0)
    .map((r) => {
      const peer = median(r.peerRuns.map((p) => p.seconds));
      const peerPeak = median(r.peerRuns.map((p) => p.peakBytes));
      const label =
        r.size.kind === 'real'
          ? `${r.label}, \`npm run build\`, vs Starlight with ${r.competencies} pages`
          : r.label;
      const ratio = r.seconds / peer;
      const target = TARGET_RATIO[ratioKey(r)];
      // CPU time suffers less from other work on the machine than wall time: a steadier second opinion.
      const peerCpu = median(r.peerRuns.map((p) => p.cpuSeconds));
      return (
        `| ${label} | ${s(peer)} s, ${mib(peerPeak)} MiB | ${s(r.seconds)} s, ${r.peakMiB.toFixed(0)} MiB | ` +
        `${ratio.toFixed(2)}x | ${target === undefined ? '' : `≤ ${target.toFixed(1)}x, ${mark(ratio <= target)}`} | ` +
        `${peerCpu.toFixed(1)} / ${r.cpuSeconds.toFixed(1)} s, ${(r.cpuSeconds / peerCpu).toFixed(2)}x | ` +
        `${r.peerRuns.map((p) => s(p.seconds)).join(', ')} / ${r.runs.map((x) => s(x.seconds)).join(', ')} | ` +
        `${r.load[0].toFixed(1)}–${r.load[1].toFixed(1)} |`
      );
    });
  return [
    `| size | Starlight ${version} | this site | ratio | target | CPU (Starlight / this site), ratio | runs, s (Starlight / this site) | load |`,
    '| --- | ---: | ---: | ---: | --- | ---: | --- | --- |',
    ...rows,
  ].join('\n');
}

function variantTable(results: readonly SizeResult[], name: string): string {
  const rows = results
    .filter((r) => r.variantRuns.length > 0)
    .map((r) => {
      const theirs = median(r.variantRuns.map((v) => v.seconds));
      const theirPeak = median(r.variantRuns.map((v) => v.peakBytes));
      const theirCpu = median(r.variantRuns.map((v) => v.cpuSeconds));
      const pages =
        r.pageDifferences.length === 0
          ? `the same ${count(r.pages)}`
          : `${r.pageDifferences.length} differ: ${r.pageDifferences.slice(0, 3).join(', ')}`;
      return (
        `| ${r.label} | ${s(theirs)} s, ${mib(theirPeak)} MiB | ${s(r.seconds)} s, ${r.peakMiB.toFixed(0)} MiB | ` +
        `${(r.seconds / theirs).toFixed(2)}x | ${theirCpu.toFixed(1)} / ${r.cpuSeconds.toFixed(1)} s, ` +
        `${(r.cpuSeconds / theirCpu).toFixed(2)}x | ${pages} | ` +
        `${r.variantRuns.map((v) => s(v.seconds)).join(', ')} / ${r.runs.map((x) => s(x.seconds)).join(', ')} | ` +
        `${r.load[0].toFixed(1)}–${r.load[1].toFixed(1)} |`
      );
    });
  return [
    `| size | ${name} | this site | ratio | CPU (${name} / this site), ratio | pages | runs, s (${name} / this site) | load |`,
    '| --- | ---: | ---: | ---: | ---: | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function buildTable(results: readonly SizeResult[], runs: number): string {
  const rows = results.map(
    (r) =>
      `| ${r.label} | ${count(r.pages)} | ${s(r.seconds)} | ${r.cpuSeconds.toFixed(1)} | ` +
      `${r.pagesPerSecond.toFixed(0)} | ${r.peakMiB.toFixed(0)} | ${count(r.pageBytes)} / ${count(r.pageGzip)} | ` +
      `${r.runs.map((x) => s(x.seconds)).join(', ')} |`,
  );
  return [
    `| competencies | pages | cold build, s (median of ${runs}) | CPU, s | pages/s | peak RSS, MiB | one competency page, bytes / gzip | runs, s |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
}

function phaseTable(results: readonly SizeResult[]): string {
  const keys = Object.keys(PHASE_NAMES) as (keyof Phases)[];
  return [
    `| competencies | ${keys.map((k) => `${PHASE_NAMES[k]}, s`).join(' | ')} | all HTML, MiB |`,
    `| --- | ${keys.map(() => '---:').join(' | ')} | ---: |`,
    ...results.map(
      (r) => `| ${r.label} | ${keys.map((k) => r.phases[k].toFixed(2)).join(' | ')} | ${mib(r.htmlBytes)} |`,
    ),
  ].join('\n');
}

function pageTypeTable(results: readonly SizeResult[]): string {
  return [
    '| competencies | page type | pages | one page, ms (median) | share of rendering, s |',
    '| --- | --- | ---: | ---: | ---: |',
    ...results.flatMap((r) =>
      r.pageTypes.map(
        (t) =>
          `| ${r.label} | ${t.name} | ${count(t.pages)} | ${t.medianMs.toFixed(0)} | ${t.seconds.toFixed(2)} |`,
      ),
    ),
  ].join('\n');
}

function cpuTable(results: readonly SizeResult[]): string | undefined {
  const profiled = results.filter((r) => r.cpu);
  const [first] = profiled;
  if (!first?.cpu) return undefined;
  return [
    `| CPU time of \`astro build\`'s main thread, s | ${profiled.map((r) => r.label).join(' | ')} |`,
    `| --- | ${profiled.map(() => '---:').join(' | ')} |`,
    `| all of it | ${profiled.map((r) => r.cpu?.totalSeconds.toFixed(2)).join(' | ')} |`,
    ...first.cpu.parts.map(
      (part, i) =>
        `| ${part.name} | ${profiled.map((r) => r.cpu?.parts[i]?.seconds.toFixed(2)).join(' | ')} |`,
    ),
  ].join('\n');
}

function targets(results: readonly SizeResult[], devLoop: DevLoopResult | undefined): string[] {
  const lines: string[] = [];
  for (const r of results) {
    const target = TARGET_RATIO[ratioKey(r)];
    if (target === undefined || r.peerRuns.length === 0) continue;
    const ratio = r.seconds / median(r.peerRuns.map((p) => p.seconds));
    lines.push(
      `- ${r.label}: at most ${target.toFixed(1)}x Starlight's wall time: ${ratio.toFixed(2)}x, ${mark(ratio <= target)}.`,
    );
  }
  const at1000 = results.find((r) => r.size.kind === 'generated' && r.competencies === 1000);
  const at100 = results.find((r) => r.size.kind === 'generated' && r.competencies === 100);
  if (at100 && at1000) {
    lines.push(
      `- A competency page at 1,000 no larger than at 100: ${count(at1000.pageBytes)} vs ${count(at100.pageBytes)} bytes, ` +
        `${mark(at1000.pageBytes <= at100.pageBytes)}.`,
    );
  }
  // Judged on the single highest run of the largest size, not only on a median.
  const largest = results.reduce<SizeResult | undefined>(
    (big, r) => (big === undefined || r.competencies > big.competencies ? r : big),
    undefined,
  );
  if (largest) {
    lines.push(
      `- Peak memory under ${TARGET_PEAK_MIB} MiB at ${largest.label}: ${largest.peakMiB.toFixed(0)} MiB (median), ` +
        `${largest.highestPeakMiB.toFixed(0)} MiB in the highest run, ${mark(largest.highestPeakMiB < TARGET_PEAK_MIB)}.`,
    );
  }
  if (devLoop) {
    lines.push(
      `- A saved edit shows in at most ${TARGET_DEV_LOOP_S} s (median): ${s(devLoop.median)} s, ${mark(devLoop.median <= TARGET_DEV_LOOP_S)}.`,
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

/** The current file's text, '' if there is none. */
function current(): string {
  return existsSync(OUT_FILE) ? readFileSync(OUT_FILE, 'utf8') : '';
}

/** The hand-written part of the current file, kept below the generated one. */
function handWritten(): string[] {
  const text = current();
  const at = text.indexOf(HAND_WRITTEN);
  return at < 0 ? [] : ['', text.slice(at).trimEnd()];
}

/** The summary printed at the end of a run. */
export function summary(report: Report): string {
  const parts = [buildTable(report.results, report.runs), phaseTable(report.results)];
  if (report.peerVersion) parts.unshift(peerTable(report.results, report.peerVersion));
  parts.push(targets(report.results, report.devLoop).join('\n'));
  return parts.join('\n\n');
}

function variantName(variant: NonNullable<Report['variant']>): string {
  return variant.commit && variant.commit !== variant.name
    ? `\`${variant.name}\` (${variant.commit})`
    : `\`${variant.name}\``;
}

/**
 * The comparison with a variant (`--against`), in the form of the comparison with Starlight: it is printed,
 * not written into docs/benchmarks.md, whose figures are this site's own.
 */
export function variantSection(report: Report): string | undefined {
  if (!report.variant) return undefined;
  const name = variantName(report.variant);
  return [
    `## Side by side with ${name}`,
    '',
    environment(report.loadAtStart, report.commit),
    '',
    `This site and ${name} are built from the same content, each in its own copy with the same installed ` +
      `packages, cold, in turn, ${report.runs} rounds per size, the first to go turning; medians. The real ` +
      'content is built with the commands of `npm run build` of each. "ratio" is this site over the variant.',
    '',
    variantTable(report.results, name),
  ].join('\n');
}

export function markdown(report: Report): string {
  const { results, runs, devLoop } = report;
  const sections = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench/); run it again to refresh this file (`npm run bench -- --peer` ' +
      'for the comparison with Starlight).',
    '',
    environment(report.loadAtStart, report.commit),
  ];
  if (report.peerVersion) {
    sections.push(
      '',
      '## Side by side with Starlight',
      '',
      `Starlight ${report.peerVersion} (bench/starlight/, its starter's set-up: the sidebar lists every page, Pagefind ` +
        'indexes them) builds as many pages as this site has competencies, with the same titles, summaries and ' +
        `~600-word bodies. The two are built in turn, cold, ${runs} rounds per size, the first to go alternating; ` +
        "medians, with peak memory of the build's process tree and the CPU time (user and system) of all its " +
        'processes, which a busy machine inflates less than wall time. The real content is built with the ' +
        'commands of `npm run build`, against 12 Starlight pages.',
      '',
      peerTable(results, report.peerVersion),
    );
  }
  sections.push(
    '',
    '## Build',
    '',
    'Each size is a content folder of generated competencies (the Archiving rules with other names and figures, ' +
      'a body of about 600 words with four sections, a table and links), built cold in a copy of the project: ' +
      'no `.astro/`, no content cache, no `dist/`, the content committed to git so pages read their dates. Peak ' +
      'memory is the resident memory of the build process and all its children, sampled every ' +
      `${SAMPLE_INTERVAL_MS} ms; CPU is the user and system time of the same processes (wall time suffers more ` +
      'from other work on the machine). Pages per second count every HTML page written.',
    '',
    buildTable(results, runs),
    '',
    '## Where the time goes',
    '',
    'Wall time per phase (medians), from the moments `astro build` printed the lines that open and close each: ' +
      'start-up runs until the content check has reported (Node, Astro, the config, integrations, the check), ' +
      'content sync until the types are written (a Vite server for the content config, the loaders), bundling ' +
      'until the first page renders, rendering until the last page is written; the search index is the step ' +
      'after `astro build`.',
    '',
    phaseTable(results),
    '',
    'Rendering per page type, from the per-page durations Astro prints (pages render four at a time, so a ' +
      "type's share is its part of the summed durations, applied to the phase's wall time):",
    '',
    pageTypeTable(results),
  );
  const cpu = cpuTable(results);
  if (cpu) {
    sections.push(
      '',
      'CPU time by part, from one more build per size under `node --cpu-prof`: a sample counts for a part when ' +
        "any frame on its stack is in that part's files, so parts overlap and do not add up. Native work on " +
        "other threads (Rolldown's, Pagefind's) is not in it.",
      '',
      cpu,
    );
  }
  if (devLoop) {
    sections.push(
      '',
      '## Dev loop',
      '',
      '`astro dev` on the real content; `content/competencies/archiving.mdx` is saved with a new last sentence ' +
        `${devLoop.saves.length} times (after one save that warms the server up), and each time the clock runs ` +
        (devLoop.via === 'browser'
          ? 'until the page, open in headless Chromium, shows the sentence (Astro reloads it).'
          : 'until the page, polled over HTTP, has the sentence (no Chromium was found, so no browser reload).'),
      '',
      `Median ${s(devLoop.median)} s; saves ${devLoop.saves.map(s).join(', ')} s.`,
    );
  }
  sections.push('', '## Targets', '', ...targets(results, devLoop));
  if (report.lighthouse.length) {
    sections.push(
      '',
      '## Lighthouse',
      '',
      'Lighthouse defaults (mobile, simulated throttling) in headless Chromium, on a build of the real content ' +
        'served by `astro preview`. Target: 100 in every category.',
      '',
      lighthouseTable(report.lighthouse),
    );
  }
  if (report.assess)
    sections.push(
      '',
      '## Assessment engine',
      '',
      '`npm run bench:assess`:',
      '',
      '```text',
      report.assess,
      '```',
    );
  // A run without the interaction benchmark keeps the section the last one wrote.
  const interaction = report.interaction ?? findSection(current(), HAND_WRITTEN);
  if (interaction) sections.push('', interaction);
  // The languages scenario writes its section on its own (`--languages`); every other run keeps it.
  const languages = findSection(current(), HAND_WRITTEN, LANGUAGES_HEADING);
  if (languages) sections.push('', languages);
  sections.push(...handWritten(), '');
  return sections.join('\n');
}
