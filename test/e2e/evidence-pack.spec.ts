/**
 * The evidence pack, downloaded from the portfolio and from a competency page with the browser tests'
 * partner record stored: the workbook opened by SheetJS, the JSON pack checked by its hash, and the two
 * files of one content naming the same hash.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { verifyPack } from '../../src/persistence/evidence-pack.ts';
import { RECORD_KEY } from '../../src/persistence/record-key.ts';
import { PORTFOLIO_KEY } from '../../src/persistence/portfolio-choice.ts';
import { FED, STORED_RECORD, TODAY } from '../helpers/record-fixture.ts';
import { SelfAssessmentPage } from './pages/self-assessment.ts';

async function storeRecord(page: Page): Promise<void> {
  await page.addInitScript(
    ([key, text, choiceKey, chosen]) => {
      localStorage.setItem(key, text);
      localStorage.setItem(choiceKey, chosen);
    },
    [RECORD_KEY, STORED_RECORD, PORTFOLIO_KEY, JSON.stringify({ v: 1, slugs: FED })] as const,
  );
}

/** Clicks a button and returns the file it downloads. */
async function downloadOf(page: Page, button: string): Promise<Download> {
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  return downloaded;
}

const textOf = async (download: Download): Promise<string> => readFile((await download.path()) ?? '', 'utf8');

/** The Summary sheet of a downloaded workbook, as item and value by item. */
async function summaryOf(download: Download): Promise<{ names: string[]; summary: Map<unknown, unknown> }> {
  const book = XLSX.read(await readFile((await download.path()) ?? ''), { type: 'buffer' });
  const sheet = book.Sheets[book.SheetNames[0] ?? ''];
  if (!sheet) throw new Error('the workbook holds no sheet');
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
  return { names: book.SheetNames, summary: new Map(rows.map((r) => [r[0], r[1]])) };
}

test.describe('the evidence pack', () => {
  test.setTimeout(60_000);

  test('downloads the portfolio’s workbook and JSON pack, intact and naming the same hash', async ({
    page,
  }) => {
    await storeRecord(page);
    await page.goto(`/self-assessment/?on=${TODAY}`);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.getByLabel('Figures from your record as on')).toHaveValue(TODAY);

    const workbook = await downloadOf(page, 'Evidence pack (XLSX)');
    await expect(
      page.getByText(/^Evidence pack made: competency-portfolio-evidence-pack\.xlsx\./),
    ).toBeVisible();
    const json = await downloadOf(page, 'Evidence pack (JSON)');
    const { names, summary } = await summaryOf(workbook);
    const pack = JSON.parse(await textOf(json)) as { hash: string; scope: unknown; sources: object };

    expect(workbook.suggestedFilename()).toBe('competency-portfolio-evidence-pack.xlsx');
    expect(json.suggestedFilename()).toBe('competency-portfolio-evidence-pack.json');
    expect(names).toEqual(['Summary', 'Plan', 'Requirements', 'People']);
    expect(summary.get('Covers')).toBe('The whole portfolio');
    expect(summary.get('Figures as on')).toBe(TODAY);
    expect(await verifyPack(await textOf(json))).toEqual({ status: 'intact', hash: pack.hash });
    expect(summary.get('Pack hash (SHA-256)')).toBe(pack.hash);
    expect(pack.scope).toEqual({ kind: 'portfolio' });
    // The three competencies the record feeds, and the interim designation its figures answer too.
    expect(Object.keys(pack.sources).sort()).toEqual([...FED, 'services-expert'].sort());
    // The printed report names the pack made last on the page.
    await expect(
      page.locator('.sa-print').filter({ hasText: `Evidence pack ${pack.hash}, made` }),
    ).toHaveCount(1);
  });

  test('downloads one competency’s pack from the portfolio', async ({ page }) => {
    await storeRecord(page);
    await page.goto(`/self-assessment/?on=${TODAY}`);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(page.getByLabel('Figures from your record as on')).toHaveValue(TODAY);

    await page.getByLabel('Pack for', { exact: true }).selectOption({ label: 'Archiving' });
    const json = await downloadOf(page, 'Evidence pack (JSON)');
    const pack = JSON.parse(await textOf(json)) as { scope: unknown; rulesVersion: object };

    expect(json.suggestedFilename()).toBe('archiving-evidence-pack.json');
    expect(pack.scope).toEqual({ kind: 'competency', slug: 'archiving' });
    expect(Object.keys(pack.rulesVersion)).toEqual(['archiving']);
  });

  test('downloads a competency page’s workbook and JSON pack, a typed figure named as typed', async ({
    page,
  }) => {
    await storeRecord(page);
    const widget = new SelfAssessmentPage(page);
    await widget.open('gateway-security', `?on=${TODAY}`);
    await widget.fill({ 'Customer references': '3' });

    const json = await downloadOf(page, 'Evidence pack (JSON)');
    const workbook = await downloadOf(page, 'Evidence pack (XLSX)');
    const text = await textOf(json);
    const pack = JSON.parse(text) as {
      hash: string;
      scope: unknown;
      sources: Record<string, Record<string, string>>;
      evidence: Record<string, Record<string, { owner: string }>>;
    };
    const { summary } = await summaryOf(workbook);

    expect(json.suggestedFilename()).toBe('gateway-security-evidence-pack.json');
    expect(pack.scope).toEqual({ kind: 'competency', slug: 'gateway-security' });
    expect(pack.sources['gateway-security']).toMatchObject({ references: 'typed', revenue: 'record' });
    expect(pack.evidence['gateway-security']?.['technical-exam']?.owner).toBe('AK');
    expect((await verifyPack(text)).status).toBe('intact');
    expect(summary.get('Covers')).toBe('Gateway Security');
    expect(summary.get('Pack hash (SHA-256)')).toBe(pack.hash);
  });
});
