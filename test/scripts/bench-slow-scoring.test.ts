import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { SLOW_SCORING_MARK, slowScoring, slowScoringPlugin } from '../../scripts/bench/slow-scoring.ts';

const source = readFileSync('src/engine/assess.ts', 'utf8');

describe('the deliberately slowed build', () => {
  test("writes the busy loop at the top of the engine's assess", () => {
    const slowed = slowScoring(source, 80);
    const at = slowed.indexOf('export function assess(');
    const loop = slowed.indexOf('performance.now() + 80', at);
    expect(loop).toBeGreaterThan(at);
    // Before the first statement of the function's own body.
    expect(loop).toBeLessThan(slowed.indexOf('const base: AssessmentBase', at));
    expect(slowed).toContain(SLOW_SCORING_MARK);
    expect(
      slowed.replace(slowed.slice(slowed.indexOf('\nconst busy'), slowed.indexOf('}\n', loop) + 2), ''),
    ).toBe(source);
  });

  test('stops when assess is not where it expects it, so a slowed run cannot pass on nothing', () => {
    expect(() => slowScoring(source.replace('export function assess(', 'function assess('), 80)).toThrow(
      /not found/,
    );
  });

  test("touches the engine's assess.ts only", () => {
    const plugin = slowScoringPlugin(80);
    expect(plugin.transform(source, '/x/src/engine/assess.ts?v=1')?.code).toContain('performance.now() + 80');
    expect(plugin.transform(source, '/x/src/engine/score.ts')).toBeNull();
  });
});
