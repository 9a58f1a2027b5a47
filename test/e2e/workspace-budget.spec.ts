/**
 * The partner record page's JavaScript budget, measured in the browser: every script the page runs before the
 * partner acts (the page's own, the island's, and what the island imports as it wakes and reads the record),
 * in gzip bytes at level 9 as the static gate counts them (test/gates/site/budgets.test.ts), in every
 * language. PRODUCT.md: at most 40 kB; what the partner asks for (the figures of a day, files, the calendar)
 * loads on the click that asks.
 */
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { STORED_RECORD } from '../helpers/record-fixture.ts';

/** At most this many gzip bytes of JavaScript before the partner acts on the record page (PRODUCT.md). */
const RECORD_PAGE_JS_BUDGET = 40_000;

const gzip = (body: Buffer | string): number => gzipSync(body, { level: 9 }).length;

/** Every script the page ran until it is idle with the record shown, untouched: file by file, gzip bytes. */
async function scriptsOnWake(page: Page, path: string): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then((body) => {
        sizes.set(new URL(response.url()).pathname, gzip(body));
      }),
    );
  });
  await page.goto(path);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.locator('.ws h2').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  // The page's inline scripts (Astro's island loader) run too.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => ['', 'module', 'text/javascript'].includes(s.getAttribute('type') ?? ''))
      .map((s) => s.textContent ?? ''),
  );
  inline.forEach((text, n) => {
    if (text.trim()) sizes.set(`inline script ${n + 1}`, gzip(text));
  });
  return sizes;
}

const total = (sizes: Map<string, number>): number => [...sizes.values()].reduce((a, b) => a + b, 0);
const listed = (sizes: Map<string, number>): string =>
  [...sizes].map(([file, size]) => `${String(size).padStart(7)} ${file}`).join('\n');

test.describe('partner record page budget', () => {
  for (const lang of ['', 'de', 'ja']) {
    const path = `${lang ? `/${lang}` : ''}/workspace/`;

    for (const seeded of [false, true]) {
      test(`${path} runs at most 40 kB of JavaScript before the partner acts, ${seeded ? 'with' : 'without'} a record`, async ({
        page,
      }) => {
        if (seeded)
          await page.addInitScript(
            (stored) => localStorage.setItem('competency-record', stored),
            STORED_RECORD,
          );

        const sizes = await scriptsOnWake(page, path);

        test.info().annotations.push({ type: 'js gzip bytes', description: String(total(sizes)) });
        expect(sizes.size).toBeGreaterThan(1);
        expect(total(sizes), `${path}:\n${listed(sizes)}\n${total(sizes)} in all`).toBeLessThanOrEqual(
          RECORD_PAGE_JS_BUDGET,
        );
      });
    }
  }
});
