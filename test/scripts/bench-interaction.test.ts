import { describe, expect, test } from 'vitest';
import {
  INTERACTION_HEADING,
  findSection,
  interactionDurations,
  interactionSection,
  interactionTable,
  percentile,
  summarize,
  verdict,
  withSection,
  type Scenario,
  type ScenarioRun,
} from '../../scripts/bench/interaction-report.ts';
import { parseArgs } from '../../scripts/bench/options.ts';

const MARKER = '<!-- hand-written below -->';

function run(interactions: number[], more: Partial<ScenarioRun> = {}): ScenarioRun {
  return { interactions, shownMs: 40, longestFrameMs: 0, jsBefore: 13_000, jsDuring: 31_000, ...more };
}

function scenario(runs: ScenarioRun[], more: Partial<Scenario> = {}): Scenario {
  return { name: 'first keystroke', site: 'real content', targetMs: 50, runs, ...more };
}

describe('percentile', () => {
  test('takes the nearest rank, whatever the order given', () => {
    const values = [5, 1, 4, 2, 3];
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 50)).toBe(3);
    expect(percentile(values, 98)).toBe(5);
    expect(percentile(values, 100)).toBe(5);
  });

  test('is the worst but one of 100 values at 98', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 98)).toBe(98);
  });

  test('is 0 for no values', () => {
    expect(percentile([], 98)).toBe(0);
  });
});

describe('interactionDurations', () => {
  test('keeps the longest event of each interaction and drops events that are none', () => {
    const entries = [
      { interactionId: 7, duration: 24 },
      { interactionId: 7, duration: 120 },
      { interactionId: 9, duration: 32 },
      { interactionId: 0, duration: 500 },
    ];
    expect(interactionDurations(entries).sort((a, b) => a - b)).toEqual([32, 120]);
  });
});

describe('summarize and verdict', () => {
  test('takes medians over the runs of each run\u2019s worst and 98th percentile', () => {
    const s = summarize(scenario([run([20, 90]), run([30, 40]), run([100, 20, 60])]));
    expect(s.worstMs).toBe(90);
    expect(s.p98Ms).toBe(90);
    expect(s.interactions).toBe(2);
    expect(s.met).toBe(false);
  });

  test('meets the target at exactly the target, and misses it above', () => {
    expect(summarize(scenario([run([50])])).met).toBe(true);
    expect(summarize(scenario([run([51])])).met).toBe(false);
    expect(summarize(scenario([run([51])], { targetMs: 100 })).met).toBe(true);
  });

  test('counts a run whose interactions were all under the threshold as fast', () => {
    const s = summarize(scenario([run([]), run([]), run([20])]));
    expect(s.worstMs).toBe(0);
    expect(s.met).toBe(true);
  });

  test('judges a navigation on its longest frame instead', () => {
    const s = summarize(
      scenario(
        [run([], { longestFrameMs: 80 }), run([], { longestFrameMs: 30 }), run([], { longestFrameMs: 70 })],
        {
          byFrames: true,
        },
      ),
    );
    expect(s.judged).toBe(70);
    expect(s.met).toBe(false);
    expect(verdict(s, true)).toBe('longest frame ≤ 50 ms: MISSED');
    expect(verdict({ judged: 20, targetMs: 50, met: true })).toBe('worst ≤ 50 ms: met');
  });
});

describe('interactionTable', () => {
  test('writes one row per scenario, with its verdict', () => {
    const table = interactionTable([
      scenario([run([120, 30])]),
      scenario([run([])], { name: 'region change' }),
      scenario([run([], { longestFrameMs: 320, jsBefore: 0 })], { name: 'share link', byFrames: true }),
    ]);
    const [header, , ...rows] = table.split('\n');
    expect(header).toContain('| scenario | site | interactions | worst, ms | p98, ms |');
    expect(rows).toEqual([
      '| first keystroke | real content | 2 | 120 | 120 | 40 | < 50 | 13,000 / 31,000 | worst ≤ 50 ms: MISSED |',
      '| region change | real content | 0 | < 16 | < 16 | 40 | < 50 | 13,000 / 31,000 | worst ≤ 50 ms: met |',
      '| share link | real content | n/a | n/a | n/a | 40 | 320 | 0 / 31,000 | longest frame ≤ 50 ms: MISSED |',
    ]);
  });

  test('names what is over target, and says when a run was slowed on purpose', () => {
    const context = {
      runs: 3,
      cpu: 4,
      measuredAt: '2026-12-06 18:00',
      commit: 'abc1234',
      load: [1, 2] as [number, number],
    };
    const slowed = interactionSection([scenario([run([130])])], { ...context, slowMs: 80 });
    expect(slowed).toContain('Over target: first keystroke (real content, 130 ms).');
    expect(slowed).toContain('every input, change, click and keydown listener of the page waited 80 ms');
    const built = interactionSection([scenario([run([130])])], { ...context, slowMs: 0, slowScoringMs: 60 });
    expect(built).toContain("the scoring code (the engine's `assess`) ran a 60 ms busy loop");
    const fine = interactionSection([scenario([run([30])])], { ...context, slowMs: 0 });
    expect(fine).toContain('Every scenario met its target.');
    expect(fine).not.toContain('Deliberately slowed');
  });
});

describe('the section in docs/benchmarks.md', () => {
  const file = [
    '# Benchmarks',
    '',
    '## Build',
    '',
    'table',
    '',
    MARKER,
    '',
    '## By hand',
    '',
    'notes $& kept',
    '',
  ].join('\n');
  const section = `${INTERACTION_HEADING}\n\nnew figures, $1 and $& as they are`;

  test('goes before the hand-written part, the rest kept', () => {
    const once = withSection(file, section, MARKER);
    expect(once).toBe(file.replace(MARKER, () => `${section}\n\n${MARKER}`));
    expect(findSection(once, MARKER)).toBe(section);
  });

  test('replaces the one there, and only it', () => {
    const once = withSection(file, section, MARKER);
    const again = withSection(once, `${INTERACTION_HEADING}\n\nnewer`, MARKER);
    expect(again).toBe(file.replace(MARKER, `${INTERACTION_HEADING}\n\nnewer\n\n${MARKER}`));
  });

  test('ends at the next section when one follows it', () => {
    const text = `# B\n\n${INTERACTION_HEADING}\n\nold\n\n## Assessment engine\n\nx\n`;
    expect(findSection(text, MARKER)).toBe(`${INTERACTION_HEADING}\n\nold`);
    expect(withSection(text, `${INTERACTION_HEADING}\n\nnew`, MARKER)).toBe(
      `# B\n\n${INTERACTION_HEADING}\n\nnew\n\n## Assessment engine\n\nx\n`,
    );
  });

  test('is added at the end of a file without the marker', () => {
    expect(withSection('# B\n', section, MARKER)).toBe(`# B\n\n${section}\n`);
    expect(findSection('# B\n', MARKER)).toBeUndefined();
  });
});

describe('parseArgs: the interaction benchmark', () => {
  test('runs by default, every scenario, with the portfolio at 100 and 1,000 and nothing slowed', () => {
    expect(parseArgs([])).toMatchObject({
      interaction: true,
      interactionOnly: false,
      interactionPortfolio: [100, 1000],
      interactionScenarios: ['widget', 'portfolio'],
      interactionSlow: 0,
      interactionSlowScoring: 0,
    });
  });

  test('takes its flags', () => {
    expect(
      parseArgs([
        '--interaction-only',
        '--interaction-portfolio',
        '1000',
        '--interaction-slow=80',
        '--interaction-slow-scoring',
        '60',
        '--interaction-scenarios=portfolio',
      ]),
    ).toMatchObject({
      interactionOnly: true,
      interactionPortfolio: [1000],
      interactionSlow: 80,
      interactionSlowScoring: 60,
      interactionScenarios: ['portfolio'],
    });
    expect(parseArgs(['--interaction-portfolio', '100,1000']).interactionPortfolio).toEqual([100, 1000]);
    expect(parseArgs(['--interaction-scenarios', 'portfolio,widget']).interactionScenarios).toEqual([
      'widget',
      'portfolio',
    ]);
    expect(parseArgs(['--no-interaction']).interaction).toBe(false);
  });

  test('refuses an unknown scenario or a size that is no whole number', () => {
    expect(() => parseArgs(['--interaction-scenarios', 'widgets'])).toThrow(/widget, portfolio/);
    expect(() => parseArgs(['--interaction-portfolio', '100,ten'])).toThrow(/whole number/);
  });

  test('refuses to run only what it is told to skip', () => {
    expect(() => parseArgs(['--interaction-only', '--no-interaction'])).toThrow(/contradict/);
  });
});
