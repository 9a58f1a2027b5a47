/**
 * The languages scenario: each size built cold with the site as it is (every page in English, German and
 * Japanese) and with one language (the benchmark's config drops the i18n routing, so no /de/ or /ja/ page is
 * built), in turn, the first to go turning round by round; and its section of docs/benchmarks.md.
 */
import { loadavg } from 'node:os';
import { coldBuild, type BuildRun } from './build.ts';
import { generateCompetencies } from './generate.ts';
import { fillContent, ONE_LANGUAGE_ENV, type Sandbox } from './sandbox.ts';
import { turnOrder } from './sizes.ts';
import { MIB, count, median } from './stats.ts';

/** The heading of the section; the section runs from it to the next `## ` heading or the hand-written part. */
export const LANGUAGES_HEADING = '## Languages: three beside one';

/** The highest ratio of the three-language build's wall time to the one-language build's. */
export const TARGET_LANGUAGES_RATIO = 3;

export interface LanguagesResult {
  competencies: number;
  three: BuildRun[];
  one: BuildRun[];
  /** One-minute load average before and after the size's runs. */
  load: [number, number];
}

export async function languagesBench(
  sandbox: Sandbox,
  sizes: readonly number[],
  runs: number,
  log: boolean,
): Promise<LanguagesResult[]> {
  const results: LanguagesResult[] = [];
  for (const competencies of sizes) {
    console.log(
      `Building ${count(competencies)} generated competencies in three languages and in one, ${runs} cold runs each`,
    );
    const loadBefore = loadavg()[0] ?? 0;
    fillContent(sandbox, (dir) => generateCompetencies(dir, competencies));
    const result: LanguagesResult = { competencies, three: [], one: [], load: [loadBefore, 0] };
    for (let r = 1; r <= runs; r++) {
      const arm = (name: 'three' | 'one') => async () => {
        const run = await coldBuild(sandbox, [], name === 'one' ? { [ONE_LANGUAGE_ENV]: '1' } : {});
        result[name].push(run);
        if (log) console.log(run.log);
        console.log(
          `  ${count(competencies)}, ${name === 'three' ? 'three languages' : 'one language'}, run ${r}/${runs}: ` +
            `${run.seconds.toFixed(2)} s, ${run.cpuSeconds.toFixed(1)} s CPU, ` +
            `${(run.peakBytes / MIB).toFixed(0)} MiB peak, ${run.pages} pages`,
        );
      };
      for (const build of turnOrder([arm('three'), arm('one')], r)) await build();
    }
    result.load[1] = loadavg()[0] ?? 0;
    results.push(result);
  }
  return results;
}

const s = (seconds: number) => seconds.toFixed(2);

/** One arm's medians: wall s, CPU s, peak RSS MiB, pages. */
function arm(runs: readonly BuildRun[]): string {
  return (
    `${s(median(runs.map((r) => r.seconds)))} s, ${median(runs.map((r) => r.cpuSeconds)).toFixed(1)} s CPU, ` +
    `${(median(runs.map((r) => r.peakBytes)) / MIB).toFixed(0)} MiB, ${count(median(runs.map((r) => r.pages)))} pages`
  );
}

/** The row of one size: both arms' medians, the ratio of their wall (and CPU) times, the verdict, the runs. */
export function languagesRow(result: LanguagesResult): string {
  const ratio = median(result.three.map((r) => r.seconds)) / median(result.one.map((r) => r.seconds));
  const cpuRatio =
    median(result.three.map((r) => r.cpuSeconds)) / median(result.one.map((r) => r.cpuSeconds));
  const verdict = ratio <= TARGET_LANGUAGES_RATIO ? 'met' : 'MISSED';
  return (
    `| ${count(result.competencies)} | ${arm(result.one)} | ${arm(result.three)} | ${ratio.toFixed(2)}x | ` +
    `≤ ${TARGET_LANGUAGES_RATIO}x, ${verdict} | ${cpuRatio.toFixed(2)}x | ` +
    `${result.one.map((r) => s(r.seconds)).join(', ')} / ${result.three.map((r) => s(r.seconds)).join(', ')} | ` +
    `${result.load[0].toFixed(1)}–${result.load[1].toFixed(1)} |`
  );
}

export function languagesSection(
  results: readonly LanguagesResult[],
  context: { runs: number; measuredAt: string; commit: string },
): string {
  return [
    LANGUAGES_HEADING,
    '',
    `Measured ${context.measuredAt} UTC at commit ${context.commit}. \`npm run bench -- --languages\` ` +
      '(scripts/bench/languages.ts): the same generated competencies built cold in the same copy of the ' +
      'project, with the commands of `npm run build`, two ways: "three languages" is the site as it is, every ' +
      'page in English, German and Japanese (/de/ and /ja/); "one language" is the same checkout with the ' +
      "i18n routing dropped from the benchmark's config, so only the English pages are built. The two are " +
      `built in turn, ${context.runs} rounds per size, the first to go alternating; medians of wall time, CPU ` +
      "time (user and system, all processes), peak memory of the build's process tree and HTML pages written. " +
      '"ratio" is three languages over one.',
    '',
    '| size | one language | three languages | ratio | target | CPU ratio | runs, s (one / three) | load |',
    '| --- | ---: | ---: | ---: | --- | ---: | --- | --- |',
    ...results.map(languagesRow),
  ].join('\n');
}
