import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** What went wrong in the browser while a page loaded. */
export interface PageProblems {
  /** Content-Security-Policy violations: the directive, and what it blocked. */
  csp: string[];
  /** console.error messages and uncaught exceptions. */
  errors: string[];
  /** Requests that failed at the network level or answered 400 or above. */
  failedRequests: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * Waits until every Astro island on the page has hydrated (Astro removes the `ssr` attribute when it has),
 * scrolling each into view first so that islands loading on visibility load too.
 */
export async function hydrateIslands(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) {
    await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr', { timeout: 10_000 });
  }
}

/**
 * Opens `url` and records CSP violations (the `securitypolicyviolation` event, plus console reports that
 * mention the policy), console errors, uncaught exceptions and failed requests, until every island has
 * hydrated.
 */
export async function inspectPage(page: Page, url: string): Promise<PageProblems> {
  const problems: PageProblems = { csp: [], errors: [], failedRequests: [] };
  // Injected by the browser driver before any page script, so the page's own policy cannot block it.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations?.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/content security policy/i.test(text)) problems.csp.push(text);
    else if (message.type() === 'error') problems.errors.push(text);
  });
  page.on('pageerror', (error) => problems.errors.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });

  await page.goto(url, { waitUntil: 'load' });
  await hydrateIslands(page);

  problems.csp.push(...(await page.evaluate(() => window.__cspViolations ?? [])));
  return problems;
}

/** Formats a page's browser problems one per line, for a readable failure. */
export function formatProblems(url: string, problems: PageProblems): string {
  return [
    ...problems.csp.map((p) => `${url} CSP: ${p}`),
    ...problems.errors.map((p) => `${url} error: ${p}`),
    ...problems.failedRequests.map((p) => `${url} request failed: ${p}`),
  ].join('\n');
}

/** WCAG 2.0, 2.1 and 2.2, levels A and AA, as axe-core tags them. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One axe violation on one element. */
export interface AxeFinding {
  id: string;
  impact: string;
  target: string;
  help: string;
}

/**
 * Opens `url` in a page whose context has JavaScript disabled (page scripts and islands never run, <noscript>
 * content renders), then lets axe run there. With scripts disabled the browser fires no timers, though promise
 * callbacks still run; axe only uses timers to yield, so they are replaced by promise callbacks. Only the
 * test driver's own code runs: page scripts skipped during load stay skipped.
 */
export async function openWithoutJavaScript(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => {
    const later = (callback: () => void): number => {
      void Promise.resolve().then(callback);
      return 0;
    };
    Object.assign(window, { setTimeout: later, clearTimeout: () => undefined });
  });
}

/** Runs axe-core with the WCAG A/AA tags on the page as it is now, returning one finding per failing element. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  // Legacy mode runs in the page itself rather than in a new blank page: the site has no cross-origin frames,
  // and a new page in a JavaScript-off context could not finish the run.
  // Only violations are reported; skipping the bookkeeping of passes makes each run markedly faster.
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      target: node.target.map(String).join(' '),
      help: violation.help,
    })),
  );
}

/** Formats axe findings as "page id (impact) target: help", one per line. */
export function formatFindings(url: string, findings: readonly AxeFinding[]): string {
  return findings.map((f) => `${url} ${f.id} (${f.impact}) ${f.target}: ${f.help}`).join('\n');
}
