import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/*
 * The import graph of src/: data flows one way (schemas -> domain -> engine and views -> islands and
 * components -> pages), and no module reaches itself through its imports. Every relative import counts:
 * static, dynamic `import()`, re-exports and `import type`. A type-only import makes no cycle at run time,
 * but a cycle of types still ties two modules together so that neither can move or be read alone.
 *
 * Written here rather than taken from madge or dpdm: those read .ts and .tsx, but not the frontmatter and
 * <script> blocks of .astro files, where the pages and components import from.
 */

/** What each folder of src/ may import from src/: only the folders listed, or any folder except those. */
const FLOW: Readonly<Record<string, { only: readonly string[] } | { not: readonly string[] }>> = {
  schemas: { only: ['schemas'] },
  domain: { only: ['schemas', 'domain', 'util', 'text'] },
  engine: { only: ['schemas', 'domain', 'engine', 'util', 'text'] },
  views: { not: ['islands', 'components', 'pages'] },
  persistence: { not: ['islands', 'components', 'pages', 'views'] },
  islands: { not: ['pages', 'components'] },
  components: { not: ['pages'] },
  util: { only: ['util'] },
  text: { only: ['text'] },
};

const SOURCE = /\.(ts|tsx|astro)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && SOURCE.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The code of a file: a whole .ts or .tsx file; of an .astro file its frontmatter and <script> blocks. */
function codeOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
  return [frontmatter, ...scripts].join('\n');
}

const IMPORT_PATTERNS = [
  // import x from '…', import type { X } from '…', import '…', export { x } from '…', export * from '…'
  /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[\w$*{},\s]+?\s+from\s+)?['"]([^'"]+)['"]/g,
  // import('…')
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

/** The relative import specifiers of a file, as written, comments left out. */
export function importsOf(file: string): string[] {
  const code = codeOf(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return IMPORT_PATTERNS.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1] ?? '')).filter(
    (specifier) => specifier.startsWith('.'),
  );
}

/** One cycle of each strongly connected group of modules (Tarjan), each as a path back to its start. */
function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const groups: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node) ?? 0);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      group.push(top);
      if (top === node) break;
    }
    if (group.length > 1 || (graph.get(node) ?? []).includes(node)) groups.push(group);
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  // Within a group every module reaches every other; the shortest way back from its first module is the cycle to show.
  return groups.map((group) => {
    const members = new Set(group);
    const start = [...members].sort()[0] ?? '';
    const previous = new Map<string, string>();
    const queue = [start];
    for (let i = 0; i < queue.length; i += 1) {
      const node = queue[i] ?? '';
      for (const next of graph.get(node) ?? []) {
        if (next === start) {
          const path = [node];
          for (let back = previous.get(node); back !== undefined; back = previous.get(back))
            path.unshift(back);
          return [...path, start];
        }
        if (members.has(next) && !previous.has(next) && next !== start) {
          previous.set(next, node);
          queue.push(next);
        }
      }
    }
    return [start, start];
  });
}

/**
 * Every import cycle and every import against the flow in a source tree (`root` plays src/), as messages
 * that name the file and the import, so a wrong-way import from a merge is quick to find and fix.
 */
export function architectureProblems(root: string): string[] {
  const base = resolve(root);
  const shown = (file: string) => relative(process.cwd(), file).replaceAll('\\', '/');
  const folderOf = (file: string) => relative(base, file).split(/[\\/]/)[0] ?? '';
  const files = sourceFiles(base);
  const graph = new Map<string, string[]>();
  const problems: string[] = [];
  for (const file of files) {
    const targets: string[] = [];
    for (const specifier of importsOf(file)) {
      const target = resolve(dirname(file), specifier.replace(/\?.*$/, ''));
      if (!existsSync(target) || !SOURCE.test(target)) continue;
      targets.push(target);
      const from = folderOf(file);
      const to = folderOf(target);
      const rule = FLOW[from];
      if (rule === undefined) continue;
      const allowed = 'only' in rule ? rule.only.includes(to) : !rule.not.includes(to);
      if (!allowed) {
        const expected =
          'only' in rule
            ? `may import only from ${rule.only.join(', ')}`
            : `may not import from ${rule.not.join(', ')}`;
        problems.push(`${shown(file)} imports '${specifier}' (${shown(target)}): ${from} ${expected}`);
      }
    }
    graph.set(file, targets);
  }
  const cycles = cyclesOf(graph).map((cycle) => `import cycle: ${cycle.map(shown).join(' -> ')}`);
  return [...problems, ...cycles.sort()];
}

const FIXTURE = 'test/fixtures/architecture/src';

describe('architectureProblems', () => {
  test('returns no problem for src/', () => {
    expect(architectureProblems('src')).toEqual([]);
  });

  test('returns each cycle and each import against the flow in a broken tree, type and dynamic imports included', () => {
    const problems = architectureProblems(FIXTURE);

    expect(problems).toEqual([
      `${FIXTURE}/components/Card.astro imports '../pages/index.astro' (${FIXTURE}/pages/index.astro): components may not import from pages`,
      `${FIXTURE}/islands/Widget.tsx imports '../components/Card.astro' (${FIXTURE}/components/Card.astro): islands may not import from pages, components`,
      `${FIXTURE}/util/lazy-score.ts imports '../engine/score.ts' (${FIXTURE}/engine/score.ts): util may import only from util`,
      `import cycle: ${FIXTURE}/components/Card.astro -> ${FIXTURE}/pages/index.astro -> ${FIXTURE}/components/Card.astro`,
      `import cycle: ${FIXTURE}/domain/level.ts -> ${FIXTURE}/domain/rank.ts -> ${FIXTURE}/domain/level.ts`,
    ]);
  });
});

describe('importsOf', () => {
  test('returns the relative imports of .astro frontmatter and scripts, not those in comments', () => {
    expect(importsOf(`${FIXTURE}/components/Card.astro`)).toEqual([
      '../domain/level.ts',
      '../pages/index.astro',
    ]);
    expect(importsOf(`${FIXTURE}/islands/Widget.tsx`)).toEqual(['../components/Card.astro']);
  });
});
