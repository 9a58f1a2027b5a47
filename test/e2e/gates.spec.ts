import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeFindings, inspectPage, openWithoutJavaScript } from './helpers/gates.ts';

// Broken pages the browser gates must catch: served from the preview origin so the same helpers run unchanged.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/gates/${name}`, import.meta.url), 'utf8');

async function serveFixture(page: Page, name: string): Promise<string> {
  const path = `/__gate-fixtures__/${name}`;
  await page.route(`**${path}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: fixture(name) }),
  );
  return path;
}

test.describe('browser gates on broken fixtures', () => {
  test('inspectPage returns the CSP violation of an unhashed inline script', async ({ page }) => {
    const url = await serveFixture(page, 'csp-violation.html');

    const problems = await inspectPage(page, url);

    expect(problems.csp.join('\n')).toContain('script-src');
  });

  test('inspectPage returns a request that answers 404', async ({ page }) => {
    const url = await serveFixture(page, 'csp-violation.html');

    const problems = await inspectPage(page, url);

    expect(problems.failedRequests.join('\n')).toContain('missing.png (HTTP 404)');
  });

  test('axeFindings returns a colour-contrast violation', async ({ page }) => {
    const url = await serveFixture(page, 'low-contrast.html');
    await page.goto(url);

    const findings = await axeFindings(page);

    expect(findings.map((f) => f.id)).toContain('color-contrast');
  });

  test.describe('with JavaScript off', () => {
    test.use({ javaScriptEnabled: false });

    test('axeFindings returns a colour-contrast violation', async ({ page }) => {
      const url = await serveFixture(page, 'low-contrast.html');
      await openWithoutJavaScript(page, url);

      const findings = await axeFindings(page);

      expect(findings.map((f) => f.id)).toContain('color-contrast');
    });
  });
});
