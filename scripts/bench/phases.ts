/**
 * Where a build's wall time goes, read from the times at which `astro build` printed its lines, and how long
 * each kind of page took to render, from the per-page durations it prints.
 */
import type { BuildRun } from './build.ts';
import type { LogLine } from './process-tree.ts';
import { median } from './stats.ts';

/** Seconds of wall time per phase; they add up to the build's wall time. */
export interface Phases {
  /** Node, Astro and the configuration loading, integrations set up, the content check (it runs there). */
  startUp: number;
  /** The content layer: a Vite server for the content config, the loaders, the store, generated types. */
  sync: number;
  /** Vite bundling of the server and client code (and of any MDX body that uses components). */
  bundle: number;
  /** Rendering every page to HTML (git dates are read on the first competency page). */
  render: number;
  /** After the pages: the sitemap, Astro's clean-up, the process's exit. */
  finish: number;
  /** The search index step (scripts/search/build-index.ts), a process of its own. */
  index: number;
}

export const PHASE_NAMES: Record<keyof Phases, string> = {
  startUp: 'start-up and content check',
  sync: 'content sync and types',
  bundle: 'bundling',
  render: 'rendering',
  finish: 'sitemap and exit',
  index: 'search index',
};

function at(lines: readonly LogLine[], pattern: RegExp, from = 0): number | undefined {
  return lines.find((line) => line.at >= from && pattern.test(line.text))?.at;
}

/** Splits one run's wall time into phases by the lines that open and close them. */
export function phasesOf(run: BuildRun): Phases {
  const lines = run.astroLines;
  const startUp = at(lines, /\[content-check\]/) ?? at(lines, /\[content\] Syncing/) ?? 0;
  const synced = at(lines, /\[types\] Generated/) ?? startUp;
  const renderStart = at(lines, /generating static routes/) ?? synced;
  // The line that closes "generating static routes" has no [build] tag.
  const renderEnd =
    lines.find((l) => l.at >= renderStart && /^\S+ ✓ Completed in/.test(l.text))?.at ?? renderStart;
  const astroRest = run.seconds - run.indexSeconds;
  return {
    startUp,
    sync: synced - startUp,
    bundle: renderStart - synced,
    render: renderEnd - renderStart,
    finish: Math.max(0, astroRest - renderEnd),
    index: run.indexSeconds,
  };
}

export function medianPhases(runs: readonly BuildRun[]): Phases {
  const all = runs.map(phasesOf);
  const of = (key: keyof Phases) => median(all.map((p) => p[key]));
  return {
    startUp: of('startUp'),
    sync: of('sync'),
    bundle: of('bundle'),
    render: of('render'),
    finish: of('finish'),
    index: of('index'),
  };
}

/** The kinds of page, by address. */
const PAGE_TYPES: readonly { name: string; pattern: RegExp }[] = [
  { name: 'competency pages', pattern: /^\/competencies\/(?!for\/)[^/]+\/index\.html$/ },
  { name: 'catalogue filter pages', pattern: /^\/competencies\/for\// },
  { name: 'compare pages', pattern: /^\/compare\// },
  { name: 'other pages', pattern: /./ },
];

export interface PageTypeTime {
  name: string;
  pages: number;
  /** Median time of one page, milliseconds, as Astro prints it (pages render 4 at a time, so they overlap). */
  medianMs: number;
  /** This type's share of the render phase's wall time, seconds. */
  seconds: number;
}

/** Render time per page type: each page's printed duration, grouped, with its share of the render phase. */
export function pageTypeTimes(run: BuildRun): PageTypeTime[] {
  const times = new Map<string, number[]>(PAGE_TYPES.map((t) => [t.name, []]));
  for (const { text } of run.astroLines) {
    // "├─ /compare/resell/index.html (+194ms)", or "(+1.20s)" for a slow page.
    const match = /[├└]─ (\/\S*) \(\+([\d.]+)(ms|s)\)/.exec(text);
    if (!match?.[1] || !match[1].endsWith('.html')) continue;
    const type = PAGE_TYPES.find((t) => t.pattern.test(match[1] as string));
    times.get(type?.name ?? '')?.push(Number(match[2]) * (match[3] === 's' ? 1000 : 1));
  }
  const total = [...times.values()].flat().reduce((a, b) => a + b, 0) || 1;
  const render = phasesOf(run).render;
  return PAGE_TYPES.filter((t) => (times.get(t.name)?.length ?? 0) > 0).map((t) => {
    const list = times.get(t.name) ?? [];
    return {
      name: t.name,
      pages: list.length,
      medianMs: median(list),
      seconds: (render * list.reduce((a, b) => a + b, 0)) / total,
    };
  });
}
