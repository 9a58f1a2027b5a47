import { expect, test, type Page } from '@playwright/test';
import { recentQuarters } from '../../src/islands/workspace/quarters.ts';
import { SETTLE_MS } from '../../src/islands/shared/snapshot-soon.ts';
import { SNAPSHOTS_KEY } from '../../src/persistence/snapshots.ts';
import { localDay } from '../../src/util/dates.ts';
import { ARCHIVING_EXPERT, SelfAssessmentPage } from './pages/self-assessment.ts';
import { PortfolioPage } from './pages/portfolio.ts';
import { WorkspacePage } from './pages/workspace.ts';
import { axeFindings, formatFindings } from './helpers/gates.ts';

/** The last eight quarters as the record's grid names them, oldest first, e.g. "Q1 2026". */
const QUARTERS = recentQuarters(localDay(new Date()), 8).map((q) => `Q${q.slice(-1)} ${q.slice(0, 4)}`);

/** Why each stored snapshot was taken, oldest first. */
async function whys(page: Page): Promise<string[]> {
  return page.evaluate((key) => {
    const text = localStorage.getItem(key);
    if (text === null) return [];
    const { snapshots } = JSON.parse(text) as { snapshots: Record<string, { at: string; why: string }> };
    return Object.values(snapshots)
      .sort((a, b) => (a.at < b.at ? -1 : 1))
      .map((s) => s.why);
  }, SNAPSHOTS_KEY);
}

/** Lets the changes saved settle: the page's wait for quiet runs out at once (the clock is the test's). */
async function settle(page: Page): Promise<void> {
  await page.clock.runFor(SETTLE_MS + 500);
}

/** The note that a snapshot was kept, with its link to the progress page. */
const kept = (page: Page) => page.getByRole('status').filter({ hasText: 'Snapshot kept:' });

test.describe('snapshots kept where a level changes', () => {
  test.setTimeout(90_000);

  test('keeps one snapshot for each level reached on a competency page, the portfolio and the record, none for other changes', async ({
    page,
  }) => {
    await page.clock.install();

    // A competency page: Principal reached by typing the answers.
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.field('Archiving training').check();
    await widget.fill({ 'Certified archiving engineers': '1', 'Archiving revenue': '50000' });
    await widget.fill({ 'Customer references': '1' });
    await widget.expectLevel('Principal');
    await expect.poll(() => widget.saved()).toContain('"references":1');
    await settle(page);

    await expect(kept(page)).toHaveText(
      'Snapshot kept: Principal in Archiving reached. See how your standing changed over time',
    );
    await expect(kept(page).getByRole('link')).toHaveAttribute('href', '/progress/');
    expect(await whys(page)).toEqual(['level']);
    // A figure typed that moves no level keeps none.
    await widget.saveRevenue(60000);
    await settle(page);

    // The portfolio: Expert reached in Archiving's answers there.
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    const archiving = await portfolio.answers('Archiving');
    for (const [label, value] of Object.entries(ARCHIVING_EXPERT))
      await archiving.getByLabel(label, { exact: true }).fill(value);
    await expect(portfolio.cell('Archiving', 1)).toContainText('Met');
    await expect.poll(() => widget.saved()).toContain('"satisfaction":9');
    await settle(page);

    // Expert in one competency brings the next tier (the example tiers: one Principal and one Expert).
    await expect(kept(page)).toHaveText(
      'Snapshot kept: Expert in Archiving reached; the tier changed too. See how your standing changed over time',
    );
    await expect.poll(() => whys(page)).toEqual(['level', 'tier']);
    // Mobility followed and answered but for its revenue: no level, no snapshot.
    await portfolio.pick('Mobility').check();
    const mobility = await portfolio.answers('Mobility');
    await mobility.getByLabel('Mobility training', { exact: true }).check();
    await mobility.getByLabel('Certified mobility engineers', { exact: true }).fill('1');
    await mobility.getByLabel('Customer references', { exact: true }).fill('1');
    await expect.poll(() => widget.saved('mobility')).toContain('"references":1');
    await settle(page);

    // The record: Mobility's revenue booked, which brings its Principal level.
    const record = new WorkspacePage(page);
    await record.open();
    await record.book('Mobility', QUARTERS[6] ?? '', '30000');
    await expect(record.booking('Mobility', QUARTERS[6] ?? '')).toHaveValue('30,000');
    await settle(page);

    await expect(kept(page)).toHaveText(
      'Snapshot kept: Principal in Mobility reached. See how your standing changed over time',
    );
    await expect.poll(() => whys(page)).toEqual(['level', 'tier', 'level']);
    // A booking that moves no level (Archiving's figures are typed): none.
    await record.book('Archiving', QUARTERS[6] ?? '', '10000');
    await expect(record.booking('Archiving', QUARTERS[6] ?? '')).toHaveValue('10,000');
    await settle(page);

    await page.goto('/progress/');
    const list = page.getByRole('table', { name: 'Snapshots kept in this browser, oldest first' });
    await expect(list.locator('tbody tr')).toHaveCount(3);
    await expect(list.locator('tbody tr').nth(0)).toContainText('A level changed');
    await expect(list.locator('tbody tr').nth(1)).toContainText('The tier changed');
    await expect(list.locator('tbody tr').nth(2)).toContainText('A level changed');
    const findings = await axeFindings(page);
    expect(formatFindings('/progress/', findings)).toBe('');
  });
});
