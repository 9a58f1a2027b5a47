import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { actionPlanHeadings } from '../../src/engine/action-plan.ts';
import { PortfolioPage } from './pages/portfolio.ts';
import { SelfAssessmentPage } from './pages/self-assessment.ts';
import { translator } from '../../src/text/text.ts';

const HEADINGS = actionPlanHeadings(translator('en'));

/** A row of the plan as a spreadsheet reads it: numbers as numbers, dates as dates, empty cells as null. */
type Row = Record<string, string | number | boolean | Date | null>;

/** Opens a downloaded CSV as a spreadsheet application would, through SheetJS: its heading row and rows. */
async function openInSpreadsheet(download: Download): Promise<{ headings: unknown[]; rows: Row[] }> {
  const workbook = XLSX.read(await readFile((await download.path()) ?? ''), {
    type: 'buffer',
    cellDates: true,
  });
  const sheet = workbook.Sheets[workbook.SheetNames[0] ?? ''];
  if (!sheet) throw new Error('the file holds no sheet');
  const [headings = []] = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
  return { headings, rows: XLSX.utils.sheet_to_json<Row>(sheet, { defval: null }) };
}

/** The day the tests' browser believes it is, so the export date is known. */
const TODAY = new Date('2026-12-06T10:00:00');

async function fixClock(page: Page): Promise<void> {
  await page.clock.setFixedTime(TODAY);
}

test.describe('action plan exports', () => {
  test("returns the portfolio's combined plan, each competency with its own context, readable by a spreadsheet", async ({
    page,
  }) => {
    await fixClock(page);
    // Data Security answered on its own page for Resell in EMEA: the portfolio keeps that context.
    const widget = new SelfAssessmentPage(page);
    await widget.open('data-security');
    await widget.root.getByLabel('Business model', { exact: true }).selectOption({ label: 'Resell' });
    // Resell's own fields first, so the region is picked once the business model is applied.
    await expect(widget.field('Accredited salespeople')).toBeVisible();
    await widget.root
      .getByLabel('Region', { exact: true })
      .selectOption({ label: 'Europe, Middle East and Africa' });
    await widget.fill({ 'Data security revenue': '90000' });
    await expect.poll(() => widget.saved('data-security')).toContain('"revenue":90000');
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    // The portfolio opens on the context used last (Data Security's); Archiving is answered for another.
    await page.getByLabel('Business model', { exact: true }).selectOption({ label: 'Integrate' });
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'North America' });
    await portfolio.pick('Archiving').check();
    const archiving = await portfolio.answers('Archiving');
    await archiving.getByLabel('Archiving training', { exact: true }).check();
    await archiving.getByLabel('Certified archiving engineers', { exact: true }).fill('1');
    await archiving.getByLabel('Archiving revenue', { exact: true }).fill('60000');
    await archiving.getByLabel('Customer references', { exact: true }).fill('1');
    await expect(archiving.locator('.pf-state')).toContainText('Principal met');
    await portfolio.pick('Data Security').check();

    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export action plan (CSV)' }).click();
    const download = await downloaded;
    const { headings, rows } = await openInSpreadsheet(download);

    expect(download.suggestedFilename()).toBe('competency-portfolio-action-plan.csv');
    expect(headings).toEqual([...HEADINGS]);
    const context = (r: Row) => [r['Competency'], r['Level'], r['Business model'], r['Region']].join(' / ');
    expect([...new Set(rows.map(context))]).toEqual([
      'Archiving / Expert / Integrate / North America',
      'Data Security / Principal / Resell / Europe, Middle East and Africa',
    ]);
    for (const row of rows) {
      expect(row['Export date']).toEqual(new Date('2026-12-06T00:00:00Z'));
      // No partner record here: nothing to say who owns the evidence, where it stands or when it is due.
      expect([row['Owner'], row['Evidence status'], row['Due date']]).toEqual([null, null, null]);
    }
    const find = (competency: string, requirement: string): Row | undefined =>
      rows.find((r) => r['Competency'] === competency && r['Requirement'] === requirement);
    const archivingRevenue = find('Archiving', 'Archiving revenue');
    expect(archivingRevenue).toMatchObject({
      'Rules version': '1.1 (effective 2026-12-02)',
      'Your figure': 60000,
      Unit: 'USD',
    });
    const threshold = archivingRevenue?.['Threshold'];
    expect(typeof threshold).toBe('number');
    expect(archivingRevenue?.['Gap']).toBe(Number(threshold) - 60000);
    expect(String(archivingRevenue?.['Illustrative'])).toMatch(/Threshold, Unit, Gap, What is missing/);
    expect(find('Data Security', 'Data security revenue')).toMatchObject({
      'Rules version': '1.2 (effective 2026-12-02)',
      Status: 'partly met (60%)',
      'Your figure': 90000,
      Threshold: 150000,
      Unit: 'USD',
      Gap: 60000,
      'What is missing': 'USD 60,000 more revenue in the trailing 12 months',
    });
    expect(find('Data Security', 'Accredited salespeople')).toMatchObject({
      Status: 'not answered yet',
      'Your figure': null,
      Threshold: 1,
      Unit: 'people',
      Gap: null,
    });
  });

  test('says why nothing is exported while no competency has answers', async ({ page }) => {
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    let downloads = 0;
    page.on('download', () => downloads++);

    await page.getByRole('button', { name: 'Export action plan (CSV)' }).click();

    const note = page.getByRole('status').filter({ hasText: 'at least one competency' });
    await expect(note).toContainText(
      'Answer the requirements of at least one competency to export an action plan.',
    );
    // The notes sit at the top of the portfolio, far above the button: the page brings them into view.
    await expect(note).toBeInViewport();
    expect(downloads).toBe(0);
  });

  test("returns the widget's plan with its competency and context on every row", async ({ page }) => {
    await fixClock(page);
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.field('Archiving training').check();
    await widget.fill({ 'Archiving revenue': '20000', 'Customer references': '0' });

    const downloaded = page.waitForEvent('download');
    await widget.button('Export action plan (CSV)').click();
    const { headings, rows } = await openInSpreadsheet(await downloaded);

    expect(headings).toEqual([...HEADINGS]);
    expect(rows.map((r) => [r['Requirement'], r['Your figure'], r['Threshold'], r['Gap']])).toEqual([
      ['Certified archiving engineers', null, 1, null],
      ['Archiving revenue', 20000, 50000, 30000],
      ['Customer references', 0, 1, 1],
    ]);
    expect(
      new Set(rows.map((r) => [r['Competency'], r['Level'], r['Business model'], r['Region']].join(' '))),
    ).toEqual(new Set(['Archiving Principal Integrate North America']));
  });
});
