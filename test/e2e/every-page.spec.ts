import { expect, test } from '@playwright/test';
import {
  axeFindings,
  formatFindings,
  formatProblems,
  hydrateIslands,
  inspectPage,
  openWithoutJavaScript,
} from './helpers/gates.ts';
import { builtPages } from './helpers/site-pages.ts';
import { RECORD_KEY } from '../../src/persistence/record-key.ts';
import { STORED_RECORD, TODAY } from '../helpers/record-fixture.ts';

const pages = builtPages();

// One visit per page serves both gates: the page loads and its islands wake with no Content-Security-Policy
// violation, console error or failed request, then axe checks what is on screen. Every page with islands is
// visited, since each wakes with data of its own; of the pages without that a route makes from many values
// (the catalogue filtered, the comparisons), those that stand for the others (site-pages.ts).
test.describe('every page in the browser: its policy holds and axe WCAG 2.2 A/AA finds nothing, JavaScript on', () => {
  for (const { path } of pages.filter((p) => p.islands || p.representative)) {
    test(`${path} loads with no CSP violations, console errors or failed requests, and no axe violations`, async ({
      page,
    }) => {
      const problems = await inspectPage(page, path);
      expect.soft(formatProblems(path, problems)).toBe('');

      const findings = await axeFindings(page);

      expect(formatFindings(path, findings)).toBe('');
    });
  }
});

// A page with no scripts, islands, <noscript> or `scripting` media query renders the same with JavaScript off,
// so the run above already covers it. Of the pages a route makes from many values (each competency's among
// them), those that stand for the others: without scripts they differ only by what they list.
test.describe('axe WCAG 2.2 A/AA with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path } of pages.filter((p) => p.scripted && p.representative)) {
    test(`${path} returns no violations`, async ({ page }) => {
      await openWithoutJavaScript(page, path);

      const findings = await axeFindings(page);

      expect(formatFindings(path, findings)).toBe('');
    });
  }
});

// The partner record page's states beyond its first view, with the record of 5 people: what holds on a day
// with its forecast (light and dark), and an import waiting for the partner's answer. In English: the German
// and Japanese pages' words are checked on their first view above, and their states are made by the same code.
test.describe('axe WCAG 2.2 A/AA on the partner record page’s states', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`/workspace/ returns no violations with what holds on a day shown, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.addInitScript(([key, text]) => localStorage.setItem(key, text), [
        RECORD_KEY,
        STORED_RECORD,
      ] as const);
      await page.goto(`/workspace/?on=${TODAY}`);
      await hydrateIslands(page);
      await expect(page.locator('.ws-lapse').first()).toBeVisible();

      const findings = await axeFindings(page);

      expect(formatFindings(`/workspace/?on=${TODAY}`, findings)).toBe('');
    });
  }

  test('/workspace/ returns no violations with an import asking first', async ({ page }) => {
    await page.addInitScript(([key, text]) => localStorage.setItem(key, text), [
      RECORD_KEY,
      STORED_RECORD,
    ] as const);
    await page.goto('/workspace/');
    await hydrateIslands(page);
    await page.getByLabel('Import a record file').setInputFiles({
      name: 'record.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'competency-record',
          v: 1,
          exportedAt: TODAY,
          record: { people: { p9: { label: 'ZZ' } } },
        }),
      ),
    });
    await expect(page.getByRole('button', { name: 'Use this file' })).toBeVisible();

    const findings = await axeFindings(page);

    expect(formatFindings('/workspace/ import', findings)).toBe('');
  });
});
