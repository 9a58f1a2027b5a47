/**
 * The interaction benchmark's figures and its section of docs/benchmarks.md: percentiles of the interactions
 * one run of a scenario recorded, medians over the runs, the verdict against the scenario's target, the table.
 * Nothing here drives a browser (interaction.ts does), so all of it is tested as it is.
 */
import { count, median } from './stats.ts';

/** The heading of the section; the section runs from it to the next `## ` heading or the hand-written part. */
export const INTERACTION_HEADING = '## Interaction latency';

/** The slowest an interaction may be, in ms: what a partner feels as immediate. */
export const TARGET_MS = 50;
/** The portfolio at 1,000 competencies or more redraws a grid that large: its target. */
export const TARGET_LARGE_PORTFOLIO_MS = 100;
/** Event Timing reports nothing faster than this (its smallest durationThreshold). */
export const EVENT_THRESHOLD_MS = 16;

/** What one run of one scenario recorded in the page. */
export interface ScenarioRun {
  /** Each interaction's duration (the longest event of the interaction), ms; those under 16 ms are absent. */
  interactions: number[];
  /** From the partner's action (or the navigation) until the page showed its outcome, ms. */
  shownMs: number;
  /** The longest animation frame while the scenario ran, ms (0 if none was over 50 ms). */
  longestFrameMs: number;
  /** JavaScript bytes transferred before the scenario began, and while it ran. */
  jsBefore: number;
  jsDuring: number;
}

export interface Scenario {
  name: string;
  /** Where it runs, e.g. "real content" or "portfolio at 100". */
  site: string;
  targetMs: number;
  /** Judged on the longest animation frame instead, when the partner's action is not an interaction the browser times (a navigation, a file picked). */
  byFrames?: boolean | undefined;
  runs: ScenarioRun[];
}

/** The nearest-rank percentile `p` (0–100) of `values`; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1] as number;
}

/** The longest of each interaction's events, by interaction id: Event Timing's entries come one per event. */
export function interactionDurations(
  entries: readonly { interactionId: number; duration: number }[],
): number[] {
  const longest = new Map<number, number>();
  for (const e of entries) {
    if (e.interactionId > 0)
      longest.set(e.interactionId, Math.max(longest.get(e.interactionId) ?? 0, e.duration));
  }
  return [...longest.values()];
}

/** A scenario's figures over its runs: medians of each run's worst and 98th percentile. */
export interface ScenarioSummary {
  name: string;
  site: string;
  targetMs: number;
  /** Interactions per run (the median), 0 where the browser times none. */
  interactions: number;
  worstMs: number;
  p98Ms: number;
  shownMs: number;
  longestFrameMs: number;
  jsBefore: number;
  jsDuring: number;
  /** The figure judged against the target, and whether it is met. */
  judged: number;
  met: boolean;
}

export function summarize(scenario: Scenario): ScenarioSummary {
  const { runs } = scenario;
  const worstMs = median(runs.map((r) => Math.max(0, ...r.interactions)));
  const longestFrameMs = median(runs.map((r) => r.longestFrameMs));
  const judged = scenario.byFrames ? longestFrameMs : worstMs;
  return {
    name: scenario.name,
    site: scenario.site,
    targetMs: scenario.targetMs,
    interactions: median(runs.map((r) => r.interactions.length)),
    worstMs,
    p98Ms: median(runs.map((r) => percentile(r.interactions, 98))),
    shownMs: median(runs.map((r) => r.shownMs)),
    longestFrameMs,
    jsBefore: median(runs.map((r) => r.jsBefore)),
    jsDuring: median(runs.map((r) => r.jsDuring)),
    judged,
    met: judged <= scenario.targetMs,
  };
}

/** The verdict cell: the figure judged, its target and whether it is met. */
export function verdict(s: Pick<ScenarioSummary, 'judged' | 'targetMs' | 'met'>, byFrames = false): string {
  const what = byFrames ? 'longest frame' : 'worst';
  return `${what} ≤ ${s.targetMs} ms: ${s.met ? 'met' : 'MISSED'}`;
}

/** Milliseconds for the table; an interaction under Event Timing's threshold reads "< 16". */
function ms(value: number, timed = true): string {
  if (!timed) return 'n/a';
  return value < EVENT_THRESHOLD_MS ? `< ${EVENT_THRESHOLD_MS}` : value.toFixed(0);
}

export function interactionTable(scenarios: readonly Scenario[]): string {
  const rows = scenarios.map((scenario) => {
    const s = summarize(scenario);
    const timed = !scenario.byFrames;
    return (
      `| ${s.name} | ${s.site} | ${timed ? s.interactions : 'n/a'} | ${ms(s.worstMs, timed)} | ${ms(s.p98Ms, timed)} | ` +
      `${s.shownMs.toFixed(0)} | ${s.longestFrameMs > 0 ? s.longestFrameMs.toFixed(0) : '< 50'} | ` +
      `${count(Math.round(s.jsBefore))} / ${count(Math.round(s.jsDuring))} | ${verdict(s, scenario.byFrames)} |`
    );
  });
  return [
    '| scenario | site | interactions | worst, ms | p98, ms | until shown, ms | longest frame, ms | JS, B (page / loaded by it) | target |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows,
  ].join('\n');
}

/** What the run measured under: the machine's load and, for a deliberately slowed run, the slowness. */
export interface InteractionContext {
  runs: number;
  measuredAt: string;
  commit: string;
  load: [number, number];
  /** How many times slower Chromium's CPU was made. */
  cpu: number;
  /** Milliseconds every input, change, click and keydown listener was made to wait, if any. */
  slowMs: number;
  /** Milliseconds of busy loop built into the scoring code, if any. */
  slowScoringMs?: number;
}

export function interactionSection(scenarios: readonly Scenario[], context: InteractionContext): string {
  const missed = scenarios.map(summarize).filter((s) => !s.met);
  return [
    INTERACTION_HEADING,
    '',
    `Measured ${context.measuredAt} UTC at commit ${context.commit}, load average ${context.load[0].toFixed(1)}–` +
      `${context.load[1].toFixed(1)}. \`npm run bench -- --interaction-only\` (scripts/bench/interaction.ts): ` +
      'a build of the real content and one of generated competencies per portfolio size, served with gzip, in ' +
      `headless Chromium 390 px wide with the CPU slowed ${context.cpu}x; each scenario in a fresh browser context, ` +
      `${context.runs} ${context.runs === 1 ? 'run' : 'runs'}, medians. "worst" and "p98" are the Event Timing durations of the scenario's ` +
      'interactions (from the key or pointer event to the next paint, the longest event of each interaction; ' +
      'none under 16 ms is reported), the worst and 98th percentile of each run. "until shown" runs from the ' +
      "partner's action (for the share link, from the navigation) to the paint after the outcome appeared, " +
      'scoring code loaded included. "longest frame" is the longest animation frame over 50 ms meanwhile. A ' +
      'navigation or a picked file is no interaction the browser times: those are judged on the longest frame. ' +
      'JS is bytes transferred (gzip, headers included), from the resource timing of the page. The target is ' +
      `${TARGET_MS} ms, ${TARGET_LARGE_PORTFOLIO_MS} ms for the portfolio at 1,000 competencies or more.`,
    ...(context.slowMs > 0
      ? [
          '',
          `**Deliberately slowed run**: every input, change, click and keydown listener of the page waited ` +
            `${context.slowMs} ms (\`--interaction-slow ${context.slowMs}\`).`,
        ]
      : []),
    ...(context.slowScoringMs
      ? [
          '',
          `**Deliberately slowed build**: the scoring code (the engine's \`assess\`) ran a ` +
            `${context.slowScoringMs} ms busy loop in every task that scored ` +
            `(\`--interaction-slow-scoring ${context.slowScoringMs}\`, scripts/bench/slow-scoring.ts).`,
        ]
      : []),
    '',
    interactionTable(scenarios),
    '',
    missed.length === 0
      ? 'Every scenario met its target.'
      : `Over target: ${missed.map((s) => `${s.name} (${s.site}, ${s.judged.toFixed(0)} ms)`).join('; ')}.`,
  ].join('\n');
}

/** The interaction section of a docs/benchmarks.md text, from its heading to the next section; undefined if absent. */
export function findSection(
  text: string,
  marker: string,
  heading: string = INTERACTION_HEADING,
): string | undefined {
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) return undefined;
  const rest = text.slice(start + 1);
  const next = [rest.indexOf('\n## ', 1), rest.indexOf(`\n${marker}`)].filter((i) => i > 0);
  return (next.length ? rest.slice(0, Math.min(...next)) : rest).trimEnd();
}

/**
 * `text` with its interaction section replaced by `section`, or the section put before `marker` (the line
 * that opens the hand-written part), or at the end; the rest stays as it is.
 */
export function withSection(
  text: string,
  section: string,
  marker: string,
  heading: string = INTERACTION_HEADING,
): string {
  const old = findSection(text, marker, heading);
  if (old !== undefined) return text.replace(old, () => section.trimEnd());
  const at = text.indexOf(marker);
  if (at < 0) return `${text.trimEnd()}\n\n${section.trimEnd()}\n`;
  return `${text.slice(0, at)}${section.trimEnd()}\n\n${text.slice(at)}`;
}
