import { expect, test, type Page } from '@playwright/test';
import { axeFindings, formatFindings } from './helpers/gates.ts';

/** Archiving answers on Integrate: Principal missed on revenue and references, then met. */
const BEFORE = { 'sales-training': true, 'technical-exam': 1, revenue: 20000, references: 0 };
const AFTER = { ...BEFORE, revenue: 50000, references: 1 };

/** Saves Archiving's answers where its page keeps them, and the portfolio's choice. */
async function saveAnswers(page: Page, answers: Record<string, number | boolean>): Promise<void> {
  await page.evaluate((a) => {
    const envelope = {
      v: 1,
      slug: 'archiving',
      rulesVersion: '',
      context: { model: 'integrate', region: 'na' },
      answers: a,
      savedAt: new Date().toISOString(),
    };
    localStorage.setItem('competency-assessment:archiving', JSON.stringify(envelope));
    localStorage.setItem('competency-assessment:portfolio', JSON.stringify({ v: 1, slugs: ['archiving'] }));
  }, answers);
}

const rows = (page: Page, caption: string) => page.getByRole('table', { name: caption }).locator('tbody tr');

test.describe('progress over time', () => {
  test('takes a snapshot on request and one when the tier changes, and compares them by keyboard', async ({
    page,
  }) => {
    await page.goto('/progress/');
    await saveAnswers(page, BEFORE);
    await page.reload();
    const take = page.getByRole('button', { name: 'Take a snapshot now' });
    await expect(take).toBeEnabled();
    await expect(page.getByText('No snapshots yet.')).toBeVisible();

    await take.focus();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('status').filter({ hasText: 'Saved a snapshot of' })).toBeVisible();
    const list = rows(page, 'Snapshots kept in this browser, oldest first');
    await expect(list).toHaveCount(1);
    await expect(list.first()).toContainText('Taken on request');

    // Principal is met now, which also brings the first tier: opening the page keeps a snapshot by itself.
    await saveAnswers(page, AFTER);
    await page.reload();

    await expect(list).toHaveCount(2);
    await expect(list.nth(1)).toContainText('The tier changed');
    await expect(page.getByText('The tier changed since the last snapshot, so a snapshot of')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Tier', exact: true })).toContainText('Silver');
    const verdicts = page.getByRole('table', { name: 'Verdicts that moved in Archiving' });
    await expect(
      verdicts.getByRole('row', { name: /Archiving revenue.*Principal.*Partly met.*Met/ }),
    ).toHaveCount(1);
    await expect(
      verdicts.getByRole('row', { name: /Customer references.*Principal.*Not met.*Met/ }),
    ).toHaveCount(1);
    await expect(page.getByRole('table', { name: 'Level held' })).toContainText('No level yet');
    await expect(page.getByRole('table', { name: 'Level held' })).toContainText('Principal');
    const answers = page.getByRole('table', { name: 'Answers changed in Archiving' });
    await expect(answers.locator('tbody tr')).toHaveCount(2);

    // The earlier picker set to the later snapshot by keyboard: the same two, shown earlier first.
    await page.getByLabel('Earlier snapshot').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('Earlier snapshot')).toHaveValue(
      (await page.getByLabel('Later snapshot').inputValue()) || 'x',
    );
    await expect(page.getByText('Nothing changed between these two snapshots.')).toBeVisible();

    const readiness = rows(page, 'Readiness for Principal at each snapshot, in percent');
    await expect(readiness).toHaveCount(2);
    await expect(readiness.nth(1).getByRole('cell')).toHaveText(['100%']);
    const findings = await axeFindings(page);
    expect(formatFindings('/progress/', findings)).toBe('');
  });

  test('stays within a 320 px screen with two snapshots listed and compared', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/progress/');
    await saveAnswers(page, BEFORE);
    await page.reload();
    await page.getByRole('button', { name: 'Take a snapshot now' }).click();
    await saveAnswers(page, AFTER);
    await page.reload();
    await expect(rows(page, 'Snapshots kept in this browser, oldest first')).toHaveCount(2);
    await expect(page.getByRole('table', { name: 'Verdicts that moved in Archiving' })).toBeVisible();

    // Wide tables scroll in their own regions; the page itself never scrolls sideways.
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(sideways).toBe(0);
  });

  test('leaves snapshots a newer version wrote as they are, and says so', async ({ page }) => {
    await page.goto('/progress/');
    const newer = JSON.stringify({ v: 2, snapshots: {}, future: true });
    await page.evaluate((text) => localStorage.setItem('competency-snapshots', text), newer);
    await saveAnswers(page, AFTER);

    await page.reload();

    await expect(page.getByRole('alert')).toContainText('written by a newer version of this site');
    await expect(page.getByRole('button', { name: 'Take a snapshot now' })).toBeDisabled();
    expect(await page.evaluate(() => localStorage.getItem('competency-snapshots'))).toBe(newer);
    const findings = await axeFindings(page);
    expect(formatFindings('/progress/', findings)).toBe('');
  });

  test('shows a snapshot another tab took', async ({ page, context }) => {
    await page.goto('/progress/');
    await saveAnswers(page, BEFORE);
    await page.reload();
    const other = await context.newPage();
    await other.goto('/progress/');
    await expect(other.getByRole('button', { name: 'Take a snapshot now' })).toBeEnabled();

    await other.getByRole('button', { name: 'Take a snapshot now' }).click();

    await expect(rows(page, 'Snapshots kept in this browser, oldest first')).toHaveCount(1);
    await page.getByRole('button', { name: 'Take a snapshot now' }).click();
    await expect(rows(other, 'Snapshots kept in this browser, oldest first')).toHaveCount(2);
    await expect(rows(page, 'Snapshots kept in this browser, oldest first')).toHaveCount(2);
  });
});
