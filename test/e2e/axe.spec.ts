import { expect, test } from '@playwright/test';
import { axeFindings, formatFindings, openWithoutJavaScript } from './helpers/gates.ts';
import { builtPages } from './helpers/site-pages.ts';

const pages = builtPages();

test.describe('axe WCAG 2.2 A/AA with JavaScript on', () => {
  for (const { path } of pages) {
    test(`${path} returns no violations`, async ({ page }) => {
      await page.goto(path, { waitUntil: 'networkidle' });

      const findings = await axeFindings(page);

      expect(formatFindings(path, findings)).toBe('');
    });
  }
});

test.describe('axe WCAG 2.2 A/AA with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path } of pages) {
    test(`${path} returns no violations`, async ({ page }) => {
      await openWithoutJavaScript(page, path);

      const findings = await axeFindings(page);

      expect(formatFindings(path, findings)).toBe('');
    });
  }
});
