import { expect, test } from '@playwright/test';
import { axeFindings, formatFindings, hydrateIslands, openWithoutJavaScript } from './helpers/gates.ts';
import { builtPages } from './helpers/site-pages.ts';

const pages = builtPages();

test.describe('axe WCAG 2.2 A/AA with JavaScript on', () => {
  for (const { path } of pages) {
    test(`${path} returns no violations`, async ({ page }) => {
      await page.goto(path, { waitUntil: 'load' });
      await hydrateIslands(page);

      const findings = await axeFindings(page);

      expect(formatFindings(path, findings)).toBe('');
    });
  }
});

// A page with no scripts, islands, <noscript> or `scripting` media query renders the same with JavaScript off,
// so the run above already covers it.
test.describe('axe WCAG 2.2 A/AA with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path } of pages.filter((p) => p.scripted)) {
    test(`${path} returns no violations`, async ({ page }) => {
      await openWithoutJavaScript(page, path);

      const findings = await axeFindings(page);

      expect(formatFindings(path, findings)).toBe('');
    });
  }
});
