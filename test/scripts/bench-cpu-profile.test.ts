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

  test('counts a part named by its functions only for samples under those functions in page chunks', () => {
    const profile = {
      nodes: [
        frame(1, '', '(root)', [2, 5, 6]),
        frame(2, PAGE, 'renderCatalogue', [3]),
        frame(3, PAGE, 'competencyCardHtml', [4]),
        frame(4, 'node:internal/strings', 'replace'),
        frame(5, 'file:///tmp/site/dist/.prerender/chunks/jsx-runtime_x.mjs', 'write'),
        frame(6, 'file:///tmp/site/node_modules/astro/dist/render.js', 'html'),
      ],
      // 10 ms under the card builder (once in it, once below it), 10 ms in the page alone, 10 ms each elsewhere.
      samples: [3, 4, 2, 5, 6],
      timeDeltas: [5000, 5000, 10000, 10000, 10000],
    };
    writeFileSync(join(dir, 'main.cpuprofile'), JSON.stringify(profile));

    const parts = new Map(readCpuProfiles(dir).parts.map((p) => [p.name, p.seconds]));
    const strings = [...parts].find(([name]) => name.startsWith('HTML written as strings'));

    expect(strings?.[1]).toBeCloseTo(0.01);
    expect(parts.get('page code (the bundled pages)')).toBeCloseTo(0.03);
  });
});
