/**
 * A deliberately slowed build for the interaction benchmark: a busy loop written into the engine's `assess`
 * (every score the widget and the portfolio show goes through it), in the benchmark's builds only, so the
 * benchmark can be seen failing when the scoring path is slow. The loop runs in the browser only, at most
 * once per task, so a task that scores at all takes at least that long; the build's own rendering is not
 * slowed.
 */

/** The environment variable the benchmark's Astro configuration reads (sandbox.ts). */
export const SLOW_SCORING_ENV = 'BENCH_SLOW_SCORING_MS';
/** A string the loop carries into the built code, so the benchmark can check it is there. */
export const SLOW_SCORING_MARK = 'bench-slow-scoring';

const MODULE = /\/src\/engine\/assess\.ts$/;
const ENTRY = /export function assess\([\s\S]*?\n\)[^{\n]*\{/;

/** The engine's assess.ts source with the busy loop at the top of `assess`; throws when it cannot find it. */
export function slowScoring(code: string, ms: number): string {
  const entry = ENTRY.exec(code);
  if (!entry) throw new Error('slow scoring: `export function assess(` not found in src/engine/assess.ts');
  const loop =
    `\nconst busy = globalThis as { '${SLOW_SCORING_MARK}'?: boolean };\n` +
    `if (typeof document !== 'undefined' && !busy['${SLOW_SCORING_MARK}']) {\n` +
    `  busy['${SLOW_SCORING_MARK}'] = true;\n` +
    `  setTimeout(() => { busy['${SLOW_SCORING_MARK}'] = false; });\n` +
    `  const until = performance.now() + ${ms};\n` +
    `  while (performance.now() < until);\n` +
    `}\n`;
  const end = entry.index + entry[0].length;
  return code.slice(0, end) + loop + code.slice(end);
}

/** The Vite plugin that writes the loop in, for a build slowed by `ms`. */
export function slowScoringPlugin(ms: number) {
  return {
    name: 'bench-slow-scoring',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      return MODULE.test(id.split('?')[0] ?? '') ? { code: slowScoring(code, ms), map: null } : null;
    },
  };
}
