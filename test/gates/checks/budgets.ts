import { gzipSync } from 'node:zlib';
import { scanTags } from './html-scan.ts';
import { fileOf, resolveRef, urlPathOf } from './site-files.ts';

/** What one built page costs a visitor, in gzip bytes (level 9), before they interact with it. */
export interface PageWeight {
  /** The page, relative to dist/. */
  page: string;
  html: number;
  /** Linked stylesheets plus inline `<style>` elements. */
  css: number;
  /** Module and classic scripts, island components and renderers, with their static imports; inline scripts too. */
  js: number;
  /** Names of the Astro islands on the page, e.g. ["SelfAssessment"]. */
  islands: string[];
  /** The script files counted, relative to dist/, plus "inline script N" entries. */
  scripts: string[];
  /** References that could not be measured because the file is missing from the build. */
  missing: string[];
}

/** Limits in gzip bytes for one page. */
export interface Budget {
  html: number;
  css: number;
  js: number;
}

/** The site's budgets (1 kB = 1,000 bytes): pages with an island may load up to 15 kB of JS, others none. */
export const SITE_BUDGETS = {
  html: 30_000,
  css: 10_000,
  jsWithIsland: 15_000,
  jsWithoutIsland: 0,
} as const;

/** The budget that applies to a page under the site's rules. */
export function siteBudget(weight: PageWeight): Budget {
  return {
    html: SITE_BUDGETS.html,
    css: SITE_BUDGETS.css,
    js: weight.islands.length > 0 ? SITE_BUDGETS.jsWithIsland : SITE_BUDGETS.jsWithoutIsland,
  };
}

/** One measure of one page over its limit. */
export interface BudgetFailure {
  page: string;
  measure: keyof Budget;
  actual: number;
  limit: number;
}

/** Gzip size in bytes at level 9, as a CDN serving pre-compressed files would send it. */
export function gzipSize(text: string): number {
  return gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length;
}

// Static `import ... from "x"`, `import "x"` and `export ... from "x"`; `import(` and `import.meta` never match.
const STATIC_IMPORT = /(?<![\w$.])import\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g;
const STATIC_REEXPORT =
  /(?<![\w$.])export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[\w$,\s]*\})\s*from\s*["']([^"']+)["']/g;

/** The specifiers a JavaScript module imports statically (dynamic `import()` is loaded on demand, so left out). */
export function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  for (const pattern of [STATIC_IMPORT, STATIC_REEXPORT]) {
    for (const match of code.matchAll(pattern)) {
      if (match[1] !== undefined) specifiers.push(match[1]);
    }
  }
  return specifiers;
}

// Script types that browsers execute; anything else (JSON-LD, speculation rules) is data.
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function islandName(opts: string | undefined, fallback: string): string {
  if (opts) {
    try {
      const parsed: unknown = JSON.parse(opts);
      if (parsed && typeof parsed === 'object' && 'name' in parsed && typeof parsed.name === 'string') {
        return parsed.name;
      }
    } catch {
      // Not JSON: fall through to the component URL.
    }
  }
  return fallback;
}

/**
 * Measures one page. `assets` holds the text of the site's scripts and stylesheets by path relative to dist/;
 * script URLs are followed through their static imports so a page pays for every module it loads up front.
 */
export function measurePage(
  page: string,
  html: string,
  assets: ReadonlyMap<string, string>,
  base = '/',
): PageWeight {
  const from = urlPathOf(page, base);
  const scriptFiles = new Set<string>();
  const cssFiles = new Set<string>();
  const missing: string[] = [];
  const islands: string[] = [];
  const inlineScripts: string[] = [];
  const inlineStyles: string[] = [];

  const toFile = (ref: string, fromPath: string): string | undefined => {
    const resolved = resolveRef(ref, fromPath);
    if (resolved.external) {
      missing.push(`${ref} (external, not measured)`);
      return undefined;
    }
    return fileOf(resolved.pathname, base);
  };

  const addScript = (ref: string, fromPath: string): void => {
    const file = toFile(ref, fromPath);
    if (file === undefined || scriptFiles.has(file)) return;
    const code = assets.get(file);
    if (code === undefined) {
      missing.push(ref);
      return;
    }
    scriptFiles.add(file);
    for (const specifier of staticImports(code)) addScript(specifier, urlPathOf(file, base));
  };

  for (const tag of scanTags(html)) {
    const { name, attrs } = tag;
    if (name === 'script') {
      if (!EXECUTABLE_TYPES.has((attrs.get('type') ?? '').toLowerCase())) continue;
      const src = attrs.get('src');
      if (src !== undefined) addScript(src, from);
      else if (tag.text?.trim()) inlineScripts.push(tag.text);
    } else if (name === 'link') {
      const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      const href = attrs.get('href');
      if (href === undefined) continue;
      if (rel.includes('modulepreload')) addScript(href, from);
      if (rel.includes('stylesheet')) {
        const file = toFile(href, from);
        if (file !== undefined) {
          if (assets.has(file)) cssFiles.add(file);
          else missing.push(href);
        }
      }
    } else if (name === 'style') {
      if (tag.text?.trim()) inlineStyles.push(tag.text);
    } else if (name === 'astro-island') {
      const componentUrl = attrs.get('component-url') ?? '';
      islands.push(islandName(attrs.get('opts'), componentUrl));
      for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
        const ref = attrs.get(attr);
        if (ref) addScript(ref, from);
      }
    }
  }

  const sum = (texts: Iterable<string>): number => {
    let total = 0;
    for (const text of texts) total += gzipSize(text);
    return total;
  };
  const fileTexts = (files: Set<string>): string[] => [...files].map((f) => assets.get(f) ?? '');

  return {
    page,
    html: gzipSize(html),
    css: sum(fileTexts(cssFiles)) + sum(inlineStyles),
    js: sum(fileTexts(scriptFiles)) + sum(inlineScripts),
    islands,
    scripts: [...scriptFiles, ...inlineScripts.map((_, n) => `inline script ${n + 1}`)],
    missing,
  };
}

/** Returns every measure of every page that exceeds its budget. */
export function checkBudgets(
  weights: readonly PageWeight[],
  budgetOf: (weight: PageWeight) => Budget = siteBudget,
): BudgetFailure[] {
  const failures: BudgetFailure[] = [];
  for (const weight of weights) {
    const budget = budgetOf(weight);
    for (const measure of ['html', 'css', 'js'] as const) {
      if (weight[measure] > budget[measure]) {
        failures.push({ page: weight.page, measure, actual: weight[measure], limit: budget[measure] });
      }
    }
  }
  return failures;
}

/** A Markdown table of every page's weights against its budget, failing cells marked, for test output. */
export function formatBudgetTable(
  weights: readonly PageWeight[],
  budgetOf: (weight: PageWeight) => Budget = siteBudget,
): string {
  const cell = (actual: number, limit: number): string =>
    `${actual.toLocaleString('en-US')} / ${limit.toLocaleString('en-US')}${actual > limit ? ' OVER' : ''}`;
  const rows = weights.map((w) => {
    const b = budgetOf(w);
    const islands = w.islands.length ? w.islands.join(', ') : '-';
    return `| ${w.page} | ${cell(w.html, b.html)} | ${cell(w.css, b.css)} | ${cell(w.js, b.js)} | ${islands} |`;
  });
  return [
    '| page | HTML gzip / budget | CSS gzip / budget | JS gzip / budget | islands |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
