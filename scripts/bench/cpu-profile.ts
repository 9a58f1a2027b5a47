/**
 * Reads the V8 CPU profiles of one `astro build` (node --cpu-prof) into the CPU time spent inside named
 * parts of the build: a sample counts for a part when any frame on its stack belongs to it, so the parts
 * may overlap (the content check calls zod, for instance).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** The parts the profile names, each by the source files that make it up. */
export const CPU_PARTS: readonly { name: string; pattern: RegExp }[] = [
  {
    name: 'content check (src/content-check, its integration)',
    pattern: /\/src\/(content-check\/|integrations\/content-check)/,
  },
  { name: 'git dates (src/util/git-dates.ts)', pattern: /\/src\/util\/git-dates/ },
  { name: 'content loader (src/loaders)', pattern: /\/src\/loaders\// },
  { name: 'Markdown (satteri)', pattern: /\/node_modules\/(@astrojs\/markdown-satteri|satteri)\// },
  { name: 'MDX compiler (@mdx-js, @astrojs/mdx)', pattern: /\/node_modules\/(@mdx-js|@astrojs\/mdx)\// },
  { name: 'Babel (Preact JSX transform)', pattern: /\/node_modules\/@babel\// },
  { name: 'Vite and Rolldown', pattern: /\/node_modules\/(vite|rolldown|@rolldown)\// },
  { name: 'page code (the bundled pages)', pattern: /\/dist\/\.prerender\/|\/\.prerender\// },
  { name: 'zod', pattern: /\/node_modules\/zod\// },
];

export interface CpuBreakdown {
  /** CPU time of the main thread, seconds, idle excluded. */
  totalSeconds: number;
  parts: { name: string; seconds: number }[];
}

/** Sums every profile in `dir` (one per thread). */
export function readCpuProfiles(dir: string): CpuBreakdown {
  const seconds = new Map<string, number>(CPU_PARTS.map((p) => [p.name, 0]));
  let total = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    // The parts each node's stack passes through, worked out once per node.
    const partsOf = new Map<number, Set<string>>();
    const stackParts = (id: number): Set<string> => {
      const known = partsOf.get(id);
      if (known) return known;
      const node = byId.get(id);
      const up = parent.get(id);
      const parts = new Set(up === undefined ? [] : stackParts(up));
      for (const part of CPU_PARTS) {
        if (node && part.pattern.test(node.callFrame.url)) parts.add(part.name);
      }
      partsOf.set(id, parts);
      return parts;
    };
    profile.samples.forEach((id, i) => {
      if (byId.get(id)?.callFrame.functionName === '(idle)') return;
      const s = (profile.timeDeltas[i] ?? 0) / 1e6;
      total += s;
      for (const part of stackParts(id)) seconds.set(part, (seconds.get(part) ?? 0) + s);
    });
  }
  return {
    totalSeconds: total,
    parts: CPU_PARTS.map((p) => ({ name: p.name, seconds: seconds.get(p.name) ?? 0 })),
  };
}
