import { expect, test } from '@playwright/test';
import { formatProblems, inspectPage } from './helpers/gates.ts';
import { builtPages } from './helpers/site-pages.ts';

test.describe('Content-Security-Policy in the browser', () => {
  for (const { path } of builtPages()) {
    test(`${path} loads with no CSP violations, console errors or failed requests`, async ({ page }) => {
      const problems = await inspectPage(page, path);

      expect(formatProblems(path, problems)).toBe('');
    });
  }
});
