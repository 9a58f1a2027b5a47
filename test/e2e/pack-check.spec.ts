/**
 * The evidence pack protected and without money figures, made on a competency page and checked on the page
 * for validators: a wrong passphrase refused, the right one opening the JSON pack (intact) and the workbook
 * (given back, opened by SheetJS); a one-byte edit of a plain pack said to be edited.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { seal, sealedFileText } from '../../src/persistence/sealed.ts';
import { translator } from '../../src/text/text.ts';
import { RECORD_KEY } from '../../src/persistence/record-key.ts';
import { PORTFOLIO_KEY } from '../../src/persistence/portfolio-choice.ts';
import { FED, STORED_RECORD, TODAY } from '../helpers/record-fixture.ts';
import { axeFindings, formatProblems, inspectPage } from './helpers/gates.ts';

const t = translator('en');
const PASSPHRASE = 'blue heron 42';

/** Archiving on Integrate, answered, its money figures among them. */
const TYPED = {
  revenue: '187500',
  growth: '12.5',
  satisfaction: '7.5',
  references: '2',
  'technical-exam': '3',
};
const MONEY = ['187500', '187,500', '12.5'];

/** How long to wait for what follows a key derivation (600,000 PBKDF2 iterations) on a loaded machine. */
const DERIVED = { timeout: 30_000 };

async function answeredWidget(page: Page): Promise<Locator> {
  await page.goto('/competencies/archiving/');
  const root = page.locator('#self-assessment .sa');
  await root.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await root.locator('#sa-sales-training').check();
  for (const [id, text] of Object.entries(TYPED)) await root.locator(`#sa-${id}`).fill(text);
  await expect(root.locator('#sa-revenue-e')).toContainText('187,500');
  return root;
}

/** Clicks a pack button and returns the file it downloads, as a name and its bytes. */
async function packOf(page: Page, root: Locator, button: string): Promise<{ name: string; bytes: Buffer }> {
  const downloading = page.waitForEvent('download', DERIVED);
  await root.getByRole('button', { name: button, exact: true }).click();
  const file: Download = await downloading;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) ?? '') };
}

/** Chooses a file on the page that checks packs. */
async function choose(page: Page, file: { name: string; bytes: Buffer }): Promise<void> {
  await page
    .getByLabel(t('packCheck.file'), { exact: true })
    .setInputFiles({ name: file.name, mimeType: 'application/json', buffer: file.bytes });
}

async function openCheckPage(page: Page): Promise<void> {
  await page.goto('/evidence-pack/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByLabel(t('packCheck.file'), { exact: true })).toBeVisible();
}

test.describe('checking an evidence pack', () => {
  test('opens a protected pack without money figures only with its passphrase: the JSON intact, the workbook given back', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const root = await answeredWidget(page);
    await root.locator('#sa-moneyless').check();
    await root.locator('#sa-seal').check();
    await root.getByLabel(t('shared.forward.passphrase'), { exact: true }).fill(PASSPHRASE);
    const json = await packOf(page, root, t('pack.exportJson'));
    await expect(
      root.getByText(/^Protected evidence pack made: archiving-evidence-pack-protected\.json\./),
    ).toBeVisible();
    const workbook = await packOf(page, root, t('pack.exportXlsx'));
    await expect(root.getByRole('link', { name: t('pack.check') })).toHaveAttribute(
      'href',
      '/evidence-pack/',
    );

    expect(json.name).toBe('archiving-evidence-pack-protected.json');
    expect(workbook.name).toBe('archiving-evidence-pack-xlsx-protected.json');
    for (const file of [json, workbook]) {
      const text = file.bytes.toString('utf8');
      expect(JSON.parse(text)).toMatchObject({ format: 'competency-sealed', v: 1 });
      expect(text).not.toContain('competency-evidence-pack');
    }

    await openCheckPage(page);
    await choose(page, json);
    const passphrase = page.getByLabel(t('shared.unlock.label'), { exact: true });
    await expect(page.getByRole('heading', { name: t('shared.unlock.file') })).toBeVisible();
    await expect(passphrase).toBeFocused();
    await passphrase.fill('blue heron 43');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: t('packCheck.sealed.wrong') })).toBeVisible(
      DERIVED,
    );
    await expect(page.getByRole('heading', { name: t('packCheck.intact') })).toHaveCount(0);
    await passphrase.fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    const result = page.locator('.pc-result');
    await expect(result.getByRole('heading', { name: t('packCheck.intact') })).toBeVisible(DERIVED);
    await expect(page.getByRole('status').filter({ hasText: t('packCheck.intact') })).toHaveCount(1);
    await expect(result).toContainText(`${t('packCheck.money')}${t('packCheck.moneyLeftOut')}`);
    await expect(result).toContainText(`${t('packCheck.scope')}Archiving`);
    await expect(result.getByRole('row', { name: /^Archiving/ })).toContainText('Principal: met, 100% ready');
    for (const n of MONEY) await expect(result).not.toContainText(n);

    await page.getByRole('button', { name: t('packCheck.another') }).click();
    await expect(page.getByLabel(t('packCheck.file'), { exact: true })).toBeFocused();
    await choose(page, workbook);
    await passphrase.fill(PASSPHRASE);
    await page.getByRole('button', { name: t('shared.unlock.open') }).click();
    const name = 'archiving-evidence-pack.xlsx';
    await expect(page.getByRole('heading', { name: t('packCheck.workbook', { file: name }) })).toBeVisible(
      DERIVED,
    );
    const saving = page.waitForEvent('download');
    await page.getByRole('button', { name: t('packCheck.save', { file: name }) }).click();
    const saved = await saving;
    const book = XLSX.read(await readFile((await saved.path()) ?? ''), { type: 'buffer' });
    const summary = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['Summary'] ?? {}, { header: 1 });
    const cells = book.SheetNames.flatMap((s) =>
      XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[s] ?? {}, { header: 1 }).flat(),
    );

    expect(saved.suggestedFilename()).toBe(name);
    expect(book.SheetNames).toEqual(['Summary', 'Plan', 'Requirements', 'People']);
    expect(summary.find((r) => r[0] === 'Money figures')?.[1]).toMatch(/^Left out, their verdicts kept: /);
    expect(summary.find((r) => r[0] === 'Check this pack at')?.[1]).toBe('/evidence-pack/');
    expect(cells).not.toContain(187_500);
    expect(cells).not.toContain(12.5);
    expect(cells.filter((c) => typeof c === 'string').join('\n')).not.toMatch(/187,?500|12\.5/);
  });

  test('says a plain pack is intact, one with a byte edited is edited, and a file that is no pack is none', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const root = await answeredWidget(page);
    const json = await packOf(page, root, t('pack.exportJson'));
    const text = json.bytes.toString('utf8');
    const at = text.indexOf('"references": 2') + '"references": '.length;
    const edited = Buffer.from(`${text.slice(0, at)}3${text.slice(at + 1)}`);

    await openCheckPage(page);
    await choose(page, json);
    await expect(page.getByRole('heading', { name: t('packCheck.intact') })).toBeVisible();
    await expect(page.locator('.pc-result')).toContainText(
      `${t('packCheck.money')}${t('packCheck.moneyKept')}`,
    );
    // The pack's day and the moment it was made, in words, each with the pack's own text as its datetime.
    const [day, made] = [page.locator('.pc-result time').first(), page.locator('.pc-result time').nth(1)];
    await expect(day).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(day).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    await expect(made).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
    await expect(made).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
    await choose(page, { name: 'edited.json', bytes: edited });
    await expect(page.getByRole('heading', { name: t('packCheck.edited') })).toBeVisible();
    await expect(page.getByRole('heading', { name: t('packCheck.intact') })).toHaveCount(0);
    await expect(page.getByRole('status').filter({ hasText: t('packCheck.edited') })).toHaveCount(1);
    await choose(page, { name: 'notes.json', bytes: Buffer.from('{"format":"something-else"}') });
    await expect(page.getByRole('alert')).toContainText(t('packCheck.notPack', { file: 'notes.json' }));
    const newer = { ...(JSON.parse(text) as object), v: 99 };
    await choose(page, { name: 'later.json', bytes: Buffer.from(JSON.stringify(newer)) });
    await expect(page.getByRole('alert')).toContainText(t('packCheck.newer', { file: 'later.json' }));
  });

  test('has no accessibility or policy problem as a file is locked, opened, checked intact and edited', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const root = await answeredWidget(page);
    const json = await packOf(page, root, t('pack.exportJson'));
    const text = json.bytes.toString('utf8');
    // Few iterations: the site's own count is exercised by the test above.
    const locked = {
      name: 'locked.json',
      bytes: Buffer.from(sealedFileText(await seal(text, PASSPHRASE, 1_000))),
    };

    const problems = await inspectPage(page, '/evidence-pack/');
    const found: string[] = [];
    const audit = async (state: string) =>
      found.push(...(await axeFindings(page)).map((f) => `${state}: ${f.id} ${f.target}`));
    await audit('empty');
    await choose(page, locked);
    await page.getByLabel(t('shared.unlock.label'), { exact: true }).fill('wrong');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: t('packCheck.sealed.wrong') })).toBeVisible();
    await audit('locked');
    await page.getByLabel(t('shared.unlock.label'), { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: t('packCheck.intact') })).toBeVisible();
    await audit('intact');
    await choose(page, {
      name: 'edited.json',
      bytes: Buffer.from(text.replace('"references": 2', '"references": 3')),
    });
    await expect(page.getByRole('heading', { name: t('packCheck.edited') })).toBeVisible();
    await audit('edited');

    expect(formatProblems('/evidence-pack/', problems)).toBe('');
    expect(found).toEqual([]);
  });

  test('opens the portfolio’s protected pack without money figures, intact, with the tier its levels imply', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.addInitScript(
      ([key, text, choiceKey, chosen]) => {
        localStorage.setItem(key, text);
        localStorage.setItem(choiceKey, chosen);
      },
      [RECORD_KEY, STORED_RECORD, PORTFOLIO_KEY, JSON.stringify({ v: 1, slugs: FED })] as const,
    );
    await page.goto(`/self-assessment/?on=${TODAY}`);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    const actions = page.getByRole('region', { name: t('portfolio.actions') });
    await actions.getByLabel(t('shared.forward.protect'), { exact: true }).check();
    await actions.getByLabel(t('shared.forward.passphrase'), { exact: true }).fill(PASSPHRASE);
    await actions.getByLabel(t('shared.forward.moneyless'), { exact: true }).check();
    const json = await packOf(page, actions, t('pack.exportJson'));

    expect(json.name).toBe('competency-portfolio-evidence-pack-protected.json');
    await openCheckPage(page);
    await choose(page, json);
    await page.getByLabel(t('shared.unlock.label'), { exact: true }).fill(PASSPHRASE);
    await page.keyboard.press('Enter');
    const result = page.locator('.pc-result');
    await expect(result.getByRole('heading', { name: t('packCheck.intact') })).toBeVisible(DERIVED);
    await expect(result).toContainText(`${t('packCheck.scope')}${t('portfolio.pack.whole')}`);
    await expect(result).toContainText(`${t('packCheck.money')}${t('packCheck.moneyLeftOut')}`);
    await expect(result).toContainText(`${t('packCheck.tier')}Gold*`);
    await expect(result.getByRole('row', { name: /^Gateway Security/ })).toContainText(
      'Expert: met, 100% ready',
    );
  });
});
