import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { axeFindings, formatFindings } from './helpers/gates.ts';
import { buildSite, serveSite, type ServedSite } from './helpers/static-site.ts';
import { PortfolioPage } from './pages/portfolio.ts';
import { SelfAssessmentPage } from './pages/self-assessment.ts';

// Endpoint Management announces rules version 1.2 from 1 July 2027 (an example date): Expert on Resell then
// asks for 3 customer references instead of 2. The site is built twice, for the day before and for the
// day itself (RULES_DATE), and each build is served on its own.
const SLUG = 'endpoint-management';
const BEFORE = '2027-06-30';
const AFTER = '2027-07-01';

/** Figures that meet every Resell requirement of the current rules at both levels, with 2 references. */
const EXPERT_NOW = {
  'Endpoint management revenue': '900000',
  'Year-over-year growth': '40',
  'Customer references': '2',
  'Customer satisfaction': '10',
} as const;

test.describe.configure({ mode: 'serial' });

let folder = '';
const sites: Record<string, ServedSite> = {};

test.beforeAll(async () => {
  test.setTimeout(240_000);
  folder = mkdtempSync(join(tmpdir(), 'announced-'));
  for (const day of [BEFORE, AFTER]) {
    buildSite(join(folder, day), { RULES_DATE: day });
    sites[day] = await serveSite(join(folder, day));
  }
});

test.afterAll(async () => {
  for (const site of Object.values(sites)) await site.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Opens Endpoint Management on Resell in North America on the site built for `day`, answers filled in. */
async function answer(page: Page, day: string): Promise<SelfAssessmentPage> {
  const sa = new SelfAssessmentPage(page);
  await page.goto(`${sites[day]?.origin}/competencies/${SLUG}/?model=resell&region=na`);
  await sa.ready();
  await sa.field('Endpoint Management training').check();
  await sa.fill(EXPERT_NOW);
  return sa;
}

test.describe('a competency with announced rules', () => {
  test('lists the announcement on /changes/ before the effective date, and the change in effect from it', async ({
    page,
  }) => {
    await page.goto(`${sites[BEFORE]?.origin}/changes/`);
    const announced = page.getByRole('region', { name: 'Announced' });
    await expect(announced.getByRole('listitem')).toHaveText([
      /^Endpoint Management\s*version 1\.2, in effect from 1 July 2027; announced 1 December 2026 \(illustrative\)\s*Expert on Resell asks for a third customer reference\./,
    ]);

    await page.goto(`${sites[AFTER]?.origin}/changes/`);
    await expect(page.getByRole('region', { name: 'Announced' })).toHaveCount(0);
    const day = page.getByRole('region', { name: /^1 July 2027/ });
    await expect(day.getByRole('listitem')).toHaveText([
      /^Endpoint Management\s*version 1\.2 \(illustrative\)\s*Expert on Resell asks for a third customer reference\./,
    ]);
  });

  test('before the effective date shows the verdict under the current rules and under the announced ones', async ({
    page,
  }) => {
    const sa = await answer(page, BEFORE);

    const notice = page
      .getByRole('group')
      .filter({ has: page.getByRole('heading', { name: /^Announced rules from 1 July 2027/ }) });
    await notice.getByText(/^Announced rules from/).click();
    await expect(notice).toContainText(
      'Customer references for Expert on Resell: 3 customer references instead of 2 (illustrative)',
    );
    await sa.expectLevel('Expert');
    const announced = sa.root.getByRole('region', { name: /^Your result under the rules from 1 July 2027/ });
    await expect(announced.getByRole('listitem').first()).toHaveText('Under the current rules: Expert');
    await expect(announced.getByRole('listitem').nth(1)).toHaveText(
      'Level achieved from 1 July 2027 (illustrative) (rules version 1.2 (illustrative)): Principal',
    );
    await expect(announced).toContainText(
      'From 1 July 2027 (illustrative), Customer references for Expert on Resell: 3 customer references instead of 2 (illustrative); you have 2 customer references.',
    );

    // The printed report says it briefly, in the widget's words; the page's notice stays on screen.
    await page.emulateMedia({ media: 'print' });
    await expect(announced).toBeVisible();
    await expect(notice).toBeHidden();
  });

  test('exports the action plan under both rules before the effective date, under the new ones from it', async ({
    page,
  }) => {
    const rowsOf = async (day: string) => {
      const sa = await answer(page, day);
      const downloaded = page.waitForEvent('download');
      await sa.button('Export action plan (CSV)').click();
      const lines = readFileSync((await (await downloaded).path()) ?? '', 'utf8')
        .trim()
        .split('\r\n');
      // Level, business model, region, rules version, rules and requirement (the export date left out).
      return lines.slice(1).map((line) => [...line.split(',').slice(1, 6), line.split(',')[7]].join(','));
    };

    expect(await rowsOf(BEFORE)).toEqual([
      'Expert,Resell,North America,1.2 (effective 2027-07-01),announced,Customer references',
    ]);
    expect(await rowsOf(AFTER)).toEqual([
      'Expert,Resell,North America,1.2 (effective 2027-07-01),current,Customer references',
    ]);
  });

  test('before the effective date shows both verdicts in the portfolio too, then only the new one', async ({
    page,
  }) => {
    const portfolio = new PortfolioPage(page);
    for (const day of [BEFORE, AFTER]) {
      const sa = await answer(page, day);
      await sa.expectLevel(day === BEFORE ? 'Expert' : 'Principal');
      await page.goto(`${sites[day]?.origin}/self-assessment/`);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      await portfolio.pick('Endpoint Management').check();
      const fold = await portfolio.answers('Endpoint Management');

      if (day === BEFORE) {
        await expect(fold).toContainText(
          'Under the current rules: Expert. Level achieved from 1 July 2027 (illustrative) (rules version 1.2 (illustrative)): Principal.',
        );
        await expect(fold).toContainText(
          '3 customer references instead of 2 (illustrative); you have 2 customer references.',
        );
      } else {
        await expect(fold.locator('summary')).toContainText('Principal met');
        await expect(fold).not.toContainText(/Under the current rules|from 1 July 2027/);
      }
    }
  });

  test('keeps axe and the Content-Security-Policy clean with both verdicts shown', async ({ page }) => {
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations?.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
      });
    });
    const sa = await answer(page, BEFORE);
    await expect(sa.root.getByRole('region', { name: /^Your result under the rules from/ })).toBeVisible();

    expect(formatFindings(SLUG, await axeFindings(page))).toBe('');
    expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  });

  test('from the effective date shows the announced rules as the only ones, with one verdict', async ({
    page,
  }) => {
    const sa = await answer(page, AFTER);

    await sa.expectLevel('Principal');
    await expect(page.getByRole('heading', { name: /Announced rules|rules from/ })).toHaveCount(0);
    await expect(sa.root.getByText(/Under the current rules|from 1 July 2027/)).toHaveCount(0);
    await expect(sa.missing('Expert')).toContainText('Customer references: 1 more customer reference');
    await expect(page.getByRole('definition').filter({ hasText: /Version 1\.2/i })).toHaveCount(1);
  });
});
