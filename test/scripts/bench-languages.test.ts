import { describe, expect, test } from 'vitest';
import type { BuildRun } from '../../scripts/bench/build.ts';
import { findSection, withSection } from '../../scripts/bench/interaction-report.ts';
import {
  LANGUAGES_HEADING,
  languagesRow,
  languagesSection,
  type LanguagesResult,
} from '../../scripts/bench/languages.ts';
import { parseArgs } from '../../scripts/bench/options.ts';
import { MIB } from '../../scripts/bench/stats.ts';

const run = (seconds: number, pages: number, cpuSeconds = seconds * 1.5): BuildRun => ({
  seconds,
  cpuSeconds,
  peakBytes: 600 * MIB,
  pages,
  astroLines: [],
  astroSeconds: seconds,
  indexSeconds: 0,
  log: '',
});

const result = (one: number[], three: number[]): LanguagesResult => ({
  competencies: 1000,
  one: one.map((s) => run(s, 163)),
  three: three.map((s) => run(s, 489)),
  load: [1.24, 2.06],
});

describe('languagesRow', () => {
  test("gives each arm's medians, the ratio of the three languages' wall time to one's, and the runs", () => {
    expect(languagesRow(result([4, 5, 4.5], [9, 10, 12]))).toBe(
      '| 1,000 | 4.50 s, 6.8 s CPU, 600 MiB, 163 pages | 10.00 s, 15.0 s CPU, 600 MiB, 489 pages | 2.22x | ' +
        '≤ 3x, met | 2.22x | 4.00, 5.00, 4.50 / 9.00, 10.00, 12.00 | 1.2–2.1 |',
    );
  });

  test('marks a ratio over three missed', () => {
    expect(languagesRow(result([3, 3], [9.5, 9.5]))).toContain('| 3.17x | ≤ 3x, MISSED |');
  });
});

describe('languagesSection', () => {
  const section = languagesSection([result([4], [10])], {
    runs: 1,
    measuredAt: '2026-12-07 03:20',
    commit: 'abc1234',
  });

  test('opens with its heading, the moment and the commit, and says what each arm is', () => {
    expect(
      section.startsWith(`${LANGUAGES_HEADING}\n\nMeasured 2026-12-07 03:20 UTC at commit abc1234.`),
    ).toBe(true);
    expect(section).toContain('"three languages" is the site as it is');
    expect(section).toContain('"one language" is the same checkout with the i18n routing dropped');
  });

  test('replaces its own section of the file and nothing else', () => {
    const marker = '<!-- hand -->';
    const file = `# Benchmarks\n\n## Build\n\nx\n\n${LANGUAGES_HEADING}\n\nstale figures\n\n## Later\n\ny\n\n${marker}\nz\n`;
    const written = withSection(file, section, marker, LANGUAGES_HEADING);
    expect(findSection(written, marker, LANGUAGES_HEADING)).toBe(section);
    expect(written).toContain('## Build\n\nx\n\n');
    expect(written).toContain('\n\n## Later\n\ny\n\n<!-- hand -->\nz\n');
    expect(written).not.toContain('stale figures');
  });
});

describe('parseArgs --languages', () => {
  test('builds 100 competencies unless given sizes', () => {
    expect(parseArgs(['--languages'])).toMatchObject({ languages: true, sizes: [100], runs: 3 });
    expect(parseArgs(['--languages', '500', '--runs', '2'])).toMatchObject({ sizes: [500], runs: 2 });
    expect(parseArgs([]).languages).toBe(false);
  });
});
