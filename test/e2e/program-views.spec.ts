import { expect, test, type Locator, type Page, type Request } from '@playwright/test';
import { axeFindings, formatFindings, formatProblems, inspectPage } from './helpers/gates.ts';
import { seedStorageOnce } from './helpers/storage.ts';
import { PortfolioPage } from './pages/portfolio.ts';

/** Requests to Pagefind's files, recorded from now on. */
function pagefindRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (request: Request) => {
    const path = new URL(request.url()).pathname;
    if (path.includes('/pagefind/')) seen.push(path);
  });
  return seen;
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`catalogue filters with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('returns the filtered view for Resell at Expert, with ruled-out competencies and their reasons', async ({
      page,
    }) => {
      await page.goto('/competencies/');
      const filters = page.getByRole('navigation', { name: 'Filter competencies' });

      await filters.getByRole('link', { name: 'Resell', exact: true }).click();
      await page
        .getByRole('navigation', { name: 'Filter competencies' })
        .getByRole('link', { name: 'Expert' })
        .click();

      await expect(page).toHaveURL(/\/competencies\/for\/resell\/expert\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Competencies for Resell partners at Expert level',
      );
      const current = page
        .getByRole('navigation', { name: 'Filter competencies' })
        .locator('[aria-current="page"]');
      await expect(current).toHaveText(['Resell', 'Any region', 'Expert']);
      const excluded = page.getByRole('region', { name: /Not available for this choice/ });
      await expect(excluded).toContainText(
        'Security Monitoring and Management: Not offered on Resell (illustrative).',
      );
      // The asterisk is drawn after the value, with no text of its own for a screen reader.
      // Polled: the page's style sheet may still be on its way when the new address is in place.
      const star = excluded.locator('[data-illustrative]').first();
      await expect
        .poll(() => star.evaluate((el) => getComputedStyle(el, '::after').content))
        .toBe('"*" / ""');
      const archiving = page
        .getByRole('article')
        .filter({ has: page.getByRole('heading', { name: 'Archiving' }) });
      await expect(archiving).toContainText('On Integrate instead of Resell:');
    });

    test('returns a competency not offered in a region marked with the reason, not hidden', async ({
      page,
    }) => {
      await page.goto('/competencies/');

      await page
        .getByRole('navigation', { name: 'Filter competencies' })
        .getByRole('link', { name: 'LATAM' })
        .click();

      await expect(page).toHaveURL(/\/competencies\/for\/latam\/$/);
      await expect(page.getByRole('region', { name: /Not available for this choice/ })).toContainText(
        'Mobility: Not offered in Latin America (illustrative).',
      );
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/competencies\/$/);
    });
  });
}

test.describe('eligibility explorer on a competency page', () => {
  test.use({ javaScriptEnabled: false });
  // A business model and level share one box for all regions: only the chosen region's parts are visible.
  const visibleText = (box: Locator, text: string) => box.getByText(text).filter({ visible: true });

  test('returns the diff between Integrate and Resell, and follows a choice to its panel', async ({
    page,
  }) => {
    await page.goto('/competencies/archiving/');
    const explorer = page.locator('.explorer');
    const shown = explorer.locator('.xp:visible');

    await expect(shown).toHaveCount(1);
    await expect(shown.getByRole('heading')).toHaveText(
      'Integrate partners in North America, Principal level',
    );
    await expect(visibleText(shown, 'On Resell instead of Integrate:')).toBeVisible();
    await expect(visibleText(shown, 'Certified archiving engineers no longer required')).toBeVisible();
    await expect(visibleText(shown, 'Archiving revenue: USD 75,000 instead of USD 50,000')).toBeVisible();

    await shown.getByRole('link', { name: 'Resell' }).click();

    await expect(page).toHaveURL(/#explore-resell-na-principal$/);
    await expect(shown).toHaveCount(1);
    await expect(shown.getByRole('heading')).toHaveText('Resell partners in North America, Principal level');
    await expect(visibleText(shown, 'On Integrate instead of Resell:')).toBeVisible();
    await expect(visibleText(shown, 'Certified archiving engineers now required')).toBeVisible();
  });

  test('returns the same requirements in another region, and its own reason where it is not offered', async ({
    page,
  }) => {
    await page.goto('/competencies/mobility/#explore-integrate-emea-principal');
    const shown = page.locator('.explorer .xp:visible');

    await expect(shown).toHaveCount(1);
    await expect(shown.getByRole('heading')).toHaveText(
      'Integrate partners in Europe, Middle East and Africa, Principal level',
    );
    await expect(visibleText(shown, 'On Resell instead of Integrate:')).toBeVisible();
    await expect(visibleText(shown, 'Not offered in Latin America')).toBeVisible();

    await shown.getByRole('link', { name: 'LATAM' }).click();

    await expect(page).toHaveURL(/#explore-integrate-latam-principal$/);
    await expect(shown.getByRole('heading')).toHaveText(
      'Integrate partners in Latin America, Principal level',
    );
    await expect(visibleText(shown, 'Not offered in Latin America')).toBeVisible();
    await expect(
      visibleText(shown, 'Offered in North America, Europe, Middle East and Africa, Asia Pacific and Japan'),
    ).toBeVisible();
    await expect(visibleText(shown, 'On Resell instead of Integrate:')).toHaveCount(0);
  });

  test('returns an unavailable choice with its reason', async ({ page }) => {
    await page.goto('/competencies/security-monitoring-and-management/#explore-resell-na-expert');

    const shown = page.locator('.explorer .xp:visible');

    await expect(shown).toHaveCount(1);
    await expect(visibleText(shown, 'Not offered on Resell')).toBeVisible();
  });
});

test.describe('portfolio roll-up', () => {
  test('returns the tier the levels imply and what the next tier needs, with answers shared with the competency page', async ({
    page,
  }) => {
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    await expect(portfolio.tier).toContainText('Your levels imply Registered (illustrative).');

    await portfolio.pick('Archiving').check();
    const archiving = await portfolio.answers('Archiving');
    await archiving.getByLabel('Archiving training', { exact: true }).check();
    await archiving.getByLabel('Certified archiving engineers', { exact: true }).fill('1');
    await archiving.getByLabel('Archiving revenue', { exact: true }).fill('50000');
    await archiving.getByLabel('Customer references', { exact: true }).fill('1');

    await expect(portfolio.tier).toContainText('Your levels imply Silver (illustrative).');
    await expect(portfolio.tier).toContainText('Gold needs Expert in 1 more competency.');
    await expect(portfolio.tier).toContainText('Closest: Archiving (Expert');
    await expect(page.locator('details.pf-area summary').filter({ hasText: 'Archiving' })).toContainText(
      'Principal met',
    );

    await page.goto('/competencies/archiving/');
    const widget = page.locator('#self-assessment');
    await widget.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(widget.getByLabel('Archiving revenue', { exact: true })).toHaveValue('50000');
  });

  test('returns the portfolio as a grid of competencies by level, each cell with its state and readiness', async ({
    page,
  }) => {
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    await expect(portfolio.cell('Archiving', 0)).toHaveText('Not in your portfolio');

    await portfolio.pick('Archiving').check();
    await portfolio.pick('Mobility').check();
    const archiving = await portfolio.answers('Archiving');
    await archiving.getByLabel('Archiving training', { exact: true }).check();
    await archiving.getByLabel('Certified archiving engineers', { exact: true }).fill('1');
    await archiving.getByLabel('Archiving revenue', { exact: true }).fill('50000');
    await archiving.getByLabel('Customer references', { exact: true }).fill('1');
    await archiving.getByLabel('Customer satisfaction', { exact: true }).fill('0');

    await expect(portfolio.cell('Archiving', 0)).toContainText('Met');
    await expect(portfolio.cell('Archiving', 0)).toContainText('4 of 4 met, 100% ready');
    await expect(portfolio.cell('Archiving', 1)).toContainText(/Partly met\s*\d of \d met, \d+% ready/);
    await expect(portfolio.cell('Mobility', 0)).toContainText('Not answered');
    await expect(portfolio.cell('Mobility', 0)).toContainText(/0 of \d met, 0% ready/);
    await expect(portfolio.tier).toContainText('Your levels imply Silver (illustrative).');
    expect(formatFindings('portfolio grid', await axeFindings(page))).toBe('');

    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Latin America' });
    await expect(portfolio.cell('Mobility', 0)).toHaveText('Not offered for this choice (illustrative)');
  });

  test('returns every word of the portfolio grid inside its cell at 320, 360 and 390 px', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 800 });
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    await portfolio.pick('Security Monitoring and Management').check();
    await expect(portfolio.cell('Security Monitoring and Management', 0)).toContainText('Not answered');

    // Laid out at each width in turn: a cell's scrollWidth grows past its clientWidth when a word runs out of it.
    for (const width of [390, 360, 320]) {
      await page.setViewportSize({ width, height: 800 });
      const spilling = await page
        .locator('.pf-table th, .pf-table td')
        .evaluateAll((cells) =>
          cells
            .filter((c) => c.scrollWidth > c.clientWidth)
            .map((c) => `${c.textContent?.trim()}: ${c.scrollWidth} > ${c.clientWidth}`),
        );
      expect(spilling, `at ${width} px`).toEqual([]);
    }
  });

  test("leaves a competency's saved data from a newer version as it is when the portfolio edits it", async ({
    page,
  }) => {
    const newer = JSON.stringify({ v: 2, slug: 'archiving', answers: { revenue: 5 } });
    await seedStorageOnce(page, 'competency-assessment:archiving', newer);
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    await expect(page.getByText(/Archiving: .*newer version/)).toBeVisible();

    await portfolio.pick('Archiving').check();
    const archiving = await portfolio.answers('Archiving');
    await archiving.getByLabel('Archiving revenue', { exact: true }).fill('50000');
    await archiving.getByLabel('Customer references', { exact: true }).fill('1');

    await portfolio.pick('Data Security').check();
    const dataSecurity = await portfolio.answers('Data Security');
    await dataSecurity.getByLabel('Data security revenue', { exact: true }).fill('1000');
    const saved = (slug: string) =>
      page.evaluate((key) => localStorage.getItem(key), `competency-assessment:${slug}`);
    await expect.poll(() => saved('data-security')).toContain('"revenue":1000');

    await expect(page.getByText(/Archiving: .*newer version/)).toBeVisible();
    expect(await saved('archiving')).toBe(newer);
  });

  test('returns Gold once one competency reaches Expert, and names what Platinum needs', async ({ page }) => {
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    await portfolio.pick('Archiving').check();
    const archiving = await portfolio.answers('Archiving');

    await archiving.getByLabel('Archiving training', { exact: true }).check();
    for (const [label, value] of [
      ['Certified archiving engineers', '3'],
      ['Archiving revenue', '250000'],
      ['Year-over-year growth', '12'],
      ['Customer references', '3'],
      ['Customer satisfaction', '9'],
    ] as const) {
      await archiving.getByLabel(label, { exact: true }).fill(value);
    }

    await expect(portfolio.tier).toContainText('Your levels imply Gold (illustrative).');
    await expect(portfolio.tier).toContainText('Platinum needs Expert in 2 more competencies.');
  });

  test('loads the scoring code once the page is idle and the rules only once the partner acts, then keeps choice, region and answers after a reload', async ({
    page,
  }) => {
    const portfolio = new PortfolioPage(page);
    // The code, so that the first tick paints before the portfolio renders again; not the rules file.
    const scripts = await portfolio.openIdle();
    expect(scripts.filter((path) => path.endsWith('/rules.json'))).toEqual([]);

    // The first act loads the rules: the box's focus and its change both ask for them, and share one load.
    await portfolio.pick('Archiving').check();
    await page
      .getByLabel('Region', { exact: true })
      .selectOption({ label: 'Europe, Middle East and Africa' });
    const archiving = await portfolio.answers('Archiving');
    await archiving.getByLabel('Archiving revenue', { exact: true }).fill('50000');
    await expect(archiving.locator('.pf-state')).toContainText('No level yet');
    expect(scripts.filter((path) => path.includes('/_astro/tools.'))).toHaveLength(1);
    expect(scripts.filter((path) => path.endsWith('/self-assessment/rules.json'))).toHaveLength(1);
    await page.reload();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);

    await expect(portfolio.pick('Archiving')).toBeChecked();
    await expect(page.getByLabel('Region', { exact: true })).toHaveValue('emea');
    const again = await portfolio.answers('Archiving');
    await expect(again.getByLabel('Archiving revenue', { exact: true })).toHaveValue('50000');
  });

  test('paints a first tick in its box before the portfolio renders it, then marks its row', async ({
    page,
  }) => {
    const portfolio = new PortfolioPage(page);
    await portfolio.openIdle();
    const row = page.locator('tr:has(#pf-pick-archiving)');

    const inTheTask = await portfolio.pick('Archiving').evaluate(async (box: HTMLInputElement) => {
      box.click();
      // A task queued now runs before the one that renders after the next frame.
      await new Promise((done) => setTimeout(done));
      return { ticked: box.checked, marked: box.closest('tr')?.classList.contains('pf-on') };
    });

    expect(inTheTask).toEqual({ ticked: true, marked: false });
    await expect(row).toHaveClass(/pf-on/);
    await expect(portfolio.pick('Archiving')).toBeChecked();
  });

  test('opens a shared portfolio read-only in a fresh browser', async ({ page, browser }) => {
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    await portfolio.pick('Archiving').check();
    const archiving = await portfolio.answers('Archiving');
    await archiving.getByLabel('Archiving revenue', { exact: true }).fill('50000');
    await expect(archiving.getByLabel('Archiving revenue', { exact: true })).toHaveValue('50000');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.locator('#pf-link').inputValue();
    const context = await browser.newContext();
    const other = new PortfolioPage(await context.newPage());

    await other.page.goto(link);

    await expect(other.page.getByRole('heading', { name: 'Viewing a shared portfolio' })).toBeVisible();
    const shared = await other.answers('Archiving');
    await expect(shared.getByLabel('Archiving revenue', { exact: true })).toHaveValue('50000');
    await expect(shared.getByLabel('Archiving revenue', { exact: true })).toBeDisabled();

    // Used, the banner closes in the click's task; a page left before the next paint keeps the answers.
    await expect(other.page.locator('.pf .sa-shared')).toHaveCount(1);
    const inTheClick = await other.page.evaluate(() => {
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Use these answers')?.click();
      const banner = document.querySelector('.pf .sa-shared') !== null;
      dispatchEvent(new PageTransitionEvent('pagehide'));
      return { banner, stored: localStorage.getItem('competency-assessment:archiving') };
    });
    expect(inTheClick.banner).toBe(false);
    expect(inTheClick.stored).toContain('"revenue":50000');
    await expect(shared.getByLabel('Archiving revenue', { exact: true })).toBeEnabled();
    await context.close();
  });

  test('returns no axe violation with answers given and a figure refused', async ({ page }) => {
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    await portfolio.pick('Archiving').check();
    const archiving = await portfolio.answers('Archiving');
    await archiving.getByLabel('Archiving revenue', { exact: true }).fill('50000');
    await archiving.getByLabel('Customer references', { exact: true }).fill('lots');
    await expect(archiving.getByText(/Customer references: type a whole number/)).toBeVisible();

    const findings = await axeFindings(page);

    expect(formatFindings('/self-assessment/ answered', findings)).toBe('');
  });
});

test.describe('search', () => {
  test('returns nothing from Pagefind on load, then loads it on the first query and finds eDiscovery', async ({
    page,
  }) => {
    const requests = pagefindRequests(page);
    await page.goto('/search/');
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);

    await page.getByRole('main').getByLabel('Search the catalogue').fill('eDiscovery');

    const results = page.locator('#search-results');
    await expect(results.getByRole('link', { name: /^eDiscovery/ })).toBeVisible();
    expect(requests).toContain('/pagefind/pagefind.js');
  });

  test('returns competencies asking for customer satisfaction from the query in the address', async ({
    page,
  }) => {
    await page.goto('/search/?q=customer+satisfaction');

    await expect(page.getByRole('status')).toContainText(/\d+ results? for “customer satisfaction”/);
    await expect(page.locator('#search-results')).toContainText(/customer satisfaction/i);
    await expect(
      page.locator('#search-results').getByRole('link', { name: 'Archiving', exact: true }),
    ).toBeVisible();
    expect(formatFindings('/search/ with results', await axeFindings(page))).toBe('');
  });

  test('returns no CSP violation, error or failed request while a query runs', async ({ page }) => {
    const problems = await inspectPage(page, '/search/?q=eDiscovery');
    await expect(page.locator('#search-results li').first()).toBeVisible();

    expect(formatProblems('/search/?q=eDiscovery', problems)).toBe('');
  });

  test('returns results for a query sent from the header search box of another page', async ({ page }) => {
    await page.goto('/program/');

    const box = page.getByRole('search', { name: 'Site' });
    await box.getByLabel('Search the catalogue').fill('Services Expert');
    await box.getByRole('button', { name: 'Search' }).click();

    await expect(page).toHaveURL(/\/search\/\?q=Services\+Expert$/);
    await expect(
      page
        .locator('#search-results')
        .getByRole('link', { name: /Services Expert/ })
        .first(),
    ).toBeVisible();
  });
});

test.describe('header navigation', () => {
  test.use({ viewport: { width: 320, height: 700 } });

  test('returns every section in the header with nothing scrolling sideways at 320 px', async ({ page }) => {
    await page.goto('/compare/');

    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link')).toHaveText([
      'Overview',
      'Competencies',
      'Compare',
      'Self-assessment',
      'Partner record',
      'Program',
      'Changes',
      'How to apply',
    ]);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('site header', () => {
  const paths = ['/', '/competencies/archiving/', '/self-assessment/', '/compare/', '/search/', '/program/'];

  const widths = [320, 390, 768, 1024, 1280];

  test('returns the same header, with a labelled search box and its placeholder, on every page at 320, 390, 768, 1,024 and 1,280 px', async ({
    page,
  }) => {
    // Each page opened once and laid out at each width in turn: the header's height at each width, by page.
    const heights = new Map(widths.map((width) => [width, new Set<number>()]));
    for (const path of paths) {
      await page.setViewportSize({ width: widths[0] ?? 320, height: 800 });
      await page.goto(path);
      for (const width of widths) {
        await page.setViewportSize({ width, height: 800 });
        const search = page.getByRole('banner').getByRole('searchbox', { name: 'Search the catalogue' });
        await expect(search).toBeVisible();
        await expect(search).toHaveAttribute('placeholder', 'Search competencies');
        const box = await page.getByRole('banner').boundingBox();
        heights.get(width)?.add(box?.height ?? 0);
      }
    }

    for (const [width, seen] of heights) expect([...seen], `header heights at ${width} px`).toHaveLength(1);
  });
});

test.describe('change log', () => {
  test('returns the newest change first, linking to its competency, with the Atom feed announced', async ({
    page,
  }) => {
    await page.goto('/changes/');

    // Rules announced for a later date come first, in a section of their own; the changes in effect follow.
    await expect(page.getByRole('region', { name: 'Announced' }).locator('.change').first()).toContainText(
      'in effect from 1 July 2027',
    );
    const first = page.locator('.change:not([aria-labelledby="announced"] .change)').first();
    await expect(first).toContainText('version 1.3');
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
      'href',
      '/changes/feed.xml',
    );
    await first.getByRole('link').click();
    await expect(page).toHaveURL(/\/competencies\/[a-z-]+\/$/);
  });
});
