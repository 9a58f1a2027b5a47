import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readCpuProfiles } from '../../scripts/bench/cpu-profile.ts';

const PAGE = 'file:///tmp/site/dist/.prerender/chunks/CatalogueView_abc.mjs';
const frame = (id: number, url: string, functionName: string, children: number[] = []) => ({
  id,
  callFrame: { url, functionName },
  children,
});

describe('readCpuProfiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cpu-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('counts a sample for every part its stack passes through, once each, and leaves idle time out', () => {
    const profile = {
      nodes: [
        frame(1, '', '(root)', [2, 5, 6, 7]),
        frame(2, PAGE, 'renderCatalogue', [3]),
        frame(3, 'file:///tmp/site/node_modules/zod/v4/core.js', 'parse', [4]),
        frame(4, PAGE, 'check'),
        frame(5, 'file:///tmp/site/dist/.prerender/chunks/jsx-runtime_x.mjs', 'write'),
        frame(6, 'file:///tmp/site/node_modules/astro/dist/render.js', 'html'),
        frame(7, '', '(idle)'),
      ],
      // 10 ms in zod under the page (once in it, once in the page below it), 10 ms in the page alone,
      // 10 ms in another page chunk, 10 ms in Astro and 50 ms idle.
      samples: [3, 4, 2, 5, 6, 7],
      timeDeltas: [5000, 5000, 10000, 10000, 10000, 50000],
    };
    writeFileSync(join(dir, 'main.cpuprofile'), JSON.stringify(profile));

    const breakdown = readCpuProfiles(dir);
    const parts = new Map(breakdown.parts.map((p) => [p.name, p.seconds]));

    expect(breakdown.totalSeconds).toBeCloseTo(0.04);
    expect(parts.get('zod')).toBeCloseTo(0.01);
    expect(parts.get('page code (the bundled pages)')).toBeCloseTo(0.03);
  });
});
