import { expect, test, type Locator, type Page } from '@playwright/test';
import { PortfolioPage } from './pages/portfolio.ts';
import { SelfAssessmentPage } from './pages/self-assessment.ts';

/** Figures that meet every Services Expert requirement of the content. */
const MEETS = {
  'Certified delivery consultants': '3',
  'Customer references': '3',
  'Customer satisfaction': '9',
} as const;

const AREAS = ['archiving', 'gateway-security', 'mobility'] as const;

/** The Services Expert answers, typed into whichever form holds them. */
async function answer(form: Locator, figures: Readonly<Record<string, string>>): Promise<void> {
  await form.getByLabel('Master Specialist status', { exact: true }).check();
  for (const [label, value] of Object.entries(figures))
    await form.getByLabel(label, { exact: true }).fill(value);
}

/** The Services Expert check on an area page, opened; its form and its verdict. */
async function areaCheck(page: Page, slug: string) {
  const widget = new SelfAssessmentPage(page);
  await widget.open(slug);
  await widget.root.getByText('Check Services Expert').click();
  const form = widget.root.getByRole('group', { name: 'Services Expert requirements' });
  const verdict = widget.root.getByRole('status').filter({ hasText: /^\s*Services Expert:/ });
  return { form, verdict };
}

test.describe('Services Expert verdict', () => {
  test('returns one verdict on its own page, on three area pages and in the portfolio', async ({
    page,
    browser,
  }) => {
    const own = new SelfAssessmentPage(page);
    await own.open('services-expert');
    await answer(own.root, MEETS);

    await expect(own.summary).toContainText('Services Expert: Every requirement met');
    await expect(own.root).not.toContainText('Level achieved: Expert');

    // Each area page in a browser of its own, answered afresh with the same figures and nothing else.
    for (const slug of AREAS) {
      const context = await browser.newContext();
      const area = await context.newPage();
      const { form, verdict } = await areaCheck(area, slug);
      await answer(form, MEETS);

      await expect(verdict).toContainText('Services Expert: Every requirement met');
      // Each requirement once, with the designation's own threshold.
      for (const label of ['Customer references', 'Customer satisfaction'])
        await expect(form.getByLabel(label, { exact: true })).toHaveCount(1);
      await expect(verdict).not.toContainText('Customer references');
      await context.close();
    }

    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    const section = page
      .getByRole('heading', { name: 'Services Expert, an interim designation' })
      .locator('xpath=following-sibling::p[1]');
    await expect(section).toContainText('Every requirement met');
  });

  test('opens the check when it was opened before the widget woke', async ({ page }) => {
    let wake = (): void => undefined;
    const woken = new Promise<void>((resolve) => (wake = resolve));
    await page.route('**/_astro/SelfAssessment.*.js', async (route) => {
      await woken;
      await route.continue();
    });
    const widget = new SelfAssessmentPage(page);
    await page.goto('/competencies/archiving/');

    await widget.root.getByText('Check Services Expert eligibility').click();
    wake();
    await widget.ready();

    await expect(
      widget.root
        .getByRole('group', { name: 'Services Expert requirements' })
        .getByLabel('Master Specialist status'),
    ).toBeVisible();
  });

  test('returns the same gap, listed once, on its own page, an area page and in the portfolio', async ({
    page,
  }) => {
    const { form, verdict } = await areaCheck(page, 'archiving');
    await answer(form, { ...MEETS, 'Customer satisfaction': '7' });

    await expect(verdict).toContainText('Services Expert: Not every requirement met yet');
    await expect(verdict.getByRole('listitem')).toHaveText([
      /^Customer satisfaction: 1.5 more points of customer satisfaction/,
    ]);

    const own = new SelfAssessmentPage(page);
    await own.open('services-expert');
    await expect(own.summary).toContainText('Services Expert: Not every requirement met yet');
    await expect(own.missing('Services Expert').getByRole('listitem')).toHaveCount(1);

    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    const heading = page.getByRole('heading', { name: 'Services Expert, an interim designation' });
    await expect(heading.locator('xpath=following-sibling::p[1]')).toContainText(
      'Not every requirement met yet: 3 of 4 met',
    );
    await expect(heading.locator('xpath=following-sibling::ul[1]').getByRole('listitem')).toHaveCount(1);
  });
});
