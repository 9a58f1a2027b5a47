import { describe, expect, test } from 'vitest';
import { checkBudgets, formatBudgetTable, measurePage } from '../../src/lib/checks/budgets.ts';
import { BASE, readSite } from './dist.ts';

describe('page weight budgets in dist/', () => {
  const { pages, assets } = readSite();
  const weights = [...pages].map(([page, html]) => measurePage(page, html, assets, BASE));

  test('returns every page within its HTML, CSS and JavaScript budget', () => {
    const failures = checkBudgets(weights);

    const report = failures.length ? `Over budget (gzip bytes):\n${formatBudgetTable(weights)}` : '';
    expect(report).toBe('');
  });

  test('measures every script and stylesheet a page references', () => {
    const unmeasured = weights.flatMap((w) => w.missing.map((ref) => `${w.page}: ${ref}`));

    expect(unmeasured).toEqual([]);
  });
});
