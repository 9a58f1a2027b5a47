import { describe, expect, test } from 'vitest';
import {
  checkBudgets,
  formatBudgetTable,
  measurePage,
  siteBudget,
  type Budget,
  type PageWeight,
} from '../checks/budgets.ts';
import { scanTags } from '../checks/html-scan.ts';
import { BASE, readSite } from './dist.ts';
import { defaultPath } from '../../../src/text/langs.ts';

// Pages with a JavaScript budget of their own, in every language; every other page keeps the site's rule
// (siteBudget).
const PAGE_JS_BUDGETS: Readonly<Record<string, number>> = {
  // The portfolio assessment: its island, Preact and the scoring engine; sharing and export load on click.
  'self-assessment/index.html': 20_000,
  // The partner record: its island, Preact, the record's storage and the number reader; the figures of a
  // day, files and the calendar load on click. This counts the scripts its HTML names; what the island
  // imports as it wakes counts too toward PRODUCT.md's 40 kB before the partner acts, which only a browser
  // sees: test/e2e/workspace-budget.spec.ts measures it.
  'workspace/index.html': 30_000,
  // The progress page: a small island that loads the page's code as it wakes; reading, taking and comparing
  // snapshots come with the portfolio's lazy part and the rules file.
  'progress/index.html': 12_000,
  // The page that checks an evidence pack: a small island (11,387 B measured, December 2026) that loads the
  // page's code as it wakes; the passphrase's code loads when a protected file is opened.
  'evidence-pack/index.html': 12_000,
  // The search page's own script; Pagefind itself is imported on the first query, so it is not counted.
  'search/index.html': 2_000,
};

// A competency page hands its self-assessment every word the widget's code may say in the page's language
// (messages, the engine's reasons, the partner record's figures): in Japanese, three bytes a character, that
// puts the longest pages near 30 kB of HTML. Their HTML may weigh 34 kB; every other page keeps the site's rule.
const WIDGET_HTML_BUDGET = 34_000;

function budgetOf(weight: PageWeight): Budget {
  const budget = siteBudget(weight);
  const html = weight.islands.includes('SelfAssessment') ? WIDGET_HTML_BUDGET : budget.html;
  const js = PAGE_JS_BUDGETS[defaultPath(`/${weight.page}`).slice(1)] ?? budget.js;
  return { ...budget, html, js };
}

describe('page weight budgets in dist/', () => {
  const { pages, assets } = readSite();
  const weights = [...pages].map(([page, html]) => measurePage(page, html, assets, BASE));

  test('returns every page within its HTML, CSS and JavaScript budget', () => {
    const failures = checkBudgets(weights, budgetOf);

    const report = failures.length
      ? `Over budget (gzip bytes):\n${formatBudgetTable(weights, budgetOf)}`
      : '';
    expect(report).toBe('');
  });

  test('measures every script and stylesheet a page references', () => {
    const unmeasured = weights.flatMap((w) => w.missing.map((ref) => `${w.page}: ${ref}`));

    expect(unmeasured).toEqual([]);
  });

  test('returns the portfolio page with its island and at most 20 kB of JavaScript before the partner acts', () => {
    const portfolio = weights.find((w) => w.page === 'self-assessment/index.html');

    expect(portfolio?.islands).toEqual(['Portfolio']);
    expect(portfolio?.js).toBeGreaterThan(0);
    expect(portfolio?.js).toBeLessThanOrEqual(20_000);
  });

  test('returns the partner record page with its island and at most 30 kB of JavaScript before the partner acts', () => {
    const record = weights.find((w) => w.page === 'workspace/index.html');

    expect(record?.islands).toEqual(['Workspace']);
    expect(record?.js).toBeGreaterThan(0);
    expect(record?.js).toBeLessThanOrEqual(30_000);
  });

  test('returns the search page loading nothing from Pagefind up front', () => {
    const search = weights.find((w) => w.page === 'search/index.html');
    const html = pages.get('search/index.html') ?? '';
    const upFront = (search?.scripts ?? []).map((s) => assets.get(s) ?? '').join('\n');

    expect(search?.scripts.some((s) => s.includes('pagefind'))).toBe(false);
    expect(html).not.toMatch(/pagefind-ui|pagefind-component-ui|pagefind-modular-ui/);
    expect(upFront).not.toMatch(/from\s*["'][^"']*pagefind/);
  });

  // The islands are hydrated by src/islands/shared/island-client.ts, which leaves out @astrojs/preact's code
  // for signals in props and for slotted children: no island may need either.
  test("hydrates every island with the site's own client, its props plain JSON and no children", () => {
    const needs: string[] = [];
    let islands = 0;
    for (const [page, html] of pages) {
      for (const { name, attrs } of scanTags(html)) {
        if (name === 'astro-slot' || name === 'astro-static-slot') needs.push(`${page}: <${name}>`);
        if (name !== 'astro-island') continue;
        islands += 1;
        if (!/\/island-client\.[\w-]+\.js$/.test(attrs.get('renderer-url') ?? '')) {
          needs.push(`${page}: renderer ${attrs.get('renderer-url')}`);
        }
        if (attrs.has('data-preact-signals')) needs.push(`${page}: signals in props`);
        if (!attrs.has('data-preact-island-id')) needs.push(`${page}: no island id`);
      }
    }

    expect(islands).toBeGreaterThan(0);
    expect(needs).toEqual([]);
  });
});
