import { describe, expect, test } from 'vitest';
import {
  checkBudgets,
  formatBudgetTable,
  measurePage,
  siteBudget,
  type Budget,
  type PageWeight,
} from '../checks/budgets.ts';
import { BASE, readSite } from './dist.ts';

// Pages with a JavaScript budget of their own; every other page keeps the site's rule (siteBudget).
const PAGE_JS_BUDGETS: Readonly<Record<string, number>> = {
  // The portfolio assessment: its island, Preact and the scoring engine; sharing and export load on click.
  'self-assessment/index.html': 20_000,
  // The search page's own script; Pagefind itself is imported on the first query, so it is not counted.
  'search/index.html': 2_000,
};

function budgetOf(weight: PageWeight): Budget {
  const budget = siteBudget(weight);
  const js = PAGE_JS_BUDGETS[weight.page];
  return js === undefined ? budget : { ...budget, js };
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

  test('returns the search page loading nothing from Pagefind up front', () => {
    const search = weights.find((w) => w.page === 'search/index.html');
    const html = pages.get('search/index.html') ?? '';
    const upFront = (search?.scripts ?? []).map((s) => assets.get(s) ?? '').join('\n');

    expect(search?.scripts.some((s) => s.includes('pagefind'))).toBe(false);
    expect(html).not.toMatch(/pagefind-ui|pagefind-component-ui|pagefind-modular-ui/);
    expect(upFront).not.toMatch(/from\s*["'][^"']*pagefind/);
  });
});
