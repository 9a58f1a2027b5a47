import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { decodePortfolioShare } from '../../src/persistence/portfolio-file.ts';
import { encodeSealedShare } from '../../src/persistence/share-link.ts';
import { translator } from '../../src/text/text.ts';
import { axeFindings, formatFindings } from './helpers/gates.ts';
import { PortfolioPage } from './pages/portfolio.ts';

const t = translator('en');
const PASSPHRASE = 'blue heron 42';

/** Archiving on Integrate in North America, answered by the sender: its figures by field label. */
const TYPED = {
  'Certified archiving engineers': '3',
  'Archiving revenue': '187500',
  'Year-over-year growth': '12.5',
  'Customer references': '2',
  'Customer satisfaction': '7.5',
};
/** Every figure typed, as typed and as a page or a link would write it. */
const NUMBERS = ['187500', '187,500', '12.5', '7.5'];
/** The money figures among them: revenue and growth. */
const MONEY = ['187500', '187,500', '12.5'];

/**
 * How long to wait for what follows a key derivation (600,000 PBKDF2 iterations): well under a second on an
 * idle machine, many seconds on a loaded test machine.
 */
const DERIVED = { timeout: 30_000 };

const base64 = (text: string) => Buffer.from(text).toString('base64url');

/** The portfolio of a partner who holds Archiving, answered, in the context the figures are for. */
async function sender(page: Page): Promise<{ portfolio: PortfolioPage; archiving: Locator }> {
  const portfolio = new PortfolioPage(page);
  await portfolio.open();
  await page.getByLabel('Business model', { exact: true }).selectOption({ label: 'Integrate' });
  await page.getByLabel('Region', { exact: true }).selectOption({ label: 'North America' });
  await portfolio.pick('Archiving').check();
  const archiving = await portfolio.answers('Archiving');
  await archiving.getByLabel('Archiving training', { exact: true }).check();
  for (const [label, text] of Object.entries(TYPED))
    await archiving.getByLabel(label, { exact: true }).fill(text);
  await expect(archiving.locator('.pf-state')).toContainText('Principal met');
  return { portfolio, archiving };
}

/** Each level's state of a competency in the grid, in display order. */
const states = (portfolio: PortfolioPage, title: string) =>
  Promise.all(
    ([0, 1] as const).map((level) =>
      portfolio.cell(title, level).evaluate((td) => [...td.classList].find((c) => c.startsWith('sa-st--'))),
    ),
  );

/** The portfolio's actions: the forwarding options and the buttons. */
const actions = (page: Page) => page.getByRole('region', { name: t('portfolio.actions') });

/** Ticks the forwarding options: a passphrase to protect with, and whether to leave out money figures. */
async function forwardAs(page: Page, passphrase: string | null, moneyless: boolean): Promise<void> {
  const box = actions(page);
  const protect = box.getByLabel(t('shared.forward.protect'), { exact: true });
  if (passphrase === null) await protect.uncheck();
  else {
    await protect.check();
    await box.getByLabel(t('shared.forward.passphrase'), { exact: true }).fill(passphrase);
  }
  await box.getByLabel(t('shared.forward.moneyless'), { exact: true }).setChecked(moneyless);
}

/** Makes the share link as the options say, and returns it once the page says it was made. */
async function makeLink(page: Page, said: RegExp): Promise<string> {
  await actions(page)
    .getByRole('button', { name: t('widget.copyLink'), exact: true })
    .click();
  await expect(page.getByRole('status').filter({ hasText: said }).first()).toBeVisible(DERIVED);
  return actions(page).locator('#pf-link').inputValue();
}

/** The answers and the choice saved in this browser, to tell that nothing of them was changed. */
const saved = (page: Page): Promise<Record<string, string>> =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.entries(localStorage)
        .filter(([key]) => key.startsWith('competency-assessment'))
        .sort(([a], [b]) => a.localeCompare(b)),
    ),
  );

/** Another partner's own portfolio, in a browser of its own: Mobility with one reference. */
async function receiver(page: Page): Promise<PortfolioPage> {
  const portfolio = new PortfolioPage(page);
  await portfolio.open();
  await portfolio.pick('Mobility').check();
  await (await portfolio.answers('Mobility')).getByLabel('Customer references', { exact: true }).fill('1');
  await expect
    .poll(async () => (await saved(page))['competency-assessment:mobility'])
    .toContain('"answers":{"references":1}');
  return portfolio;
}

test.describe('forwarding a portfolio privately', () => {
  test('makes a protected link without money figures that holds no figure, refuses a wrong passphrase changing nothing, and opens with the right one keeping the verdicts', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const { portfolio } = await sender(page);
    const verdict = await states(portfolio, 'Archiving');
    await forwardAs(page, PASSPHRASE, true);
    const link = await makeLink(page, /protected link/);
    const fragment = new URL(link).hash;
    // The link shows by the buttons, which stay in view, and the options pass the accessibility checks.
    await expect(
      actions(page).getByRole('button', { name: t('widget.copyLink'), exact: true }),
    ).toBeInViewport();
    expect(formatFindings('options', await axeFindings(page))).toBe('');

    // No figure in the address: not as typed, not in base64, nor in the envelope once its base64 is undone.
    const body = /#a=([\w-]+)\./.exec(fragment)?.[1] ?? '';
    const envelope = Buffer.from(body, 'base64url').toString();
    expect(JSON.parse(envelope)).toMatchObject({ v: 1, alg: 'PBKDF2-SHA256/A256GCM', it: 600_000 });
    for (const text of [link, decodeURIComponent(link), envelope]) {
      for (const n of [...NUMBERS, ...NUMBERS.map(base64)]) expect(text).not.toContain(n);
      expect(text).not.toMatch(/revenue|archiving|references/);
    }

    // The colleague has a portfolio of their own, which a wrong passphrase leaves as it is.
    const context = await browser.newContext();
    const other = await context.newPage();
    const own = await receiver(other);
    const before = await saved(other);
    await other.goto(`/self-assessment/${new URL(link).hash}`);
    await expect(other.locator('astro-island[ssr]')).toHaveCount(0);
    const field = other.getByLabel(t('shared.unlock.label'), { exact: true });
    await expect(other.getByRole('heading', { name: t('shared.unlock.link') })).toBeVisible();
    await expect(field).toBeFocused();
    await expect(field).toHaveAccessibleDescription(new RegExp(t('shared.unlock.text').slice(0, 40)));
    await expect(other.getByRole('button', { name: t('shared.use') })).toHaveCount(0);

    await field.fill('blue heron 41');
    await field.press('Enter');
    await expect(other.getByRole('alert').filter({ hasText: t('msg.sealed.wrong') })).toBeVisible(DERIVED);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(other.getByRole('heading', { name: t('portfolio.viewingShared') })).toHaveCount(0);
    expect(await saved(other)).toEqual(before);
    expect(formatFindings('unlock', await axeFindings(other))).toBe('');

    await field.fill(PASSPHRASE);
    await other.getByRole('button', { name: t('shared.unlock.open'), exact: true }).click();
    const banner = other.getByRole('region', { name: t('portfolio.viewingShared') });
    await expect(banner.getByRole('heading')).toBeFocused(DERIVED);
    // The money figures are said to be left out, by field, and their verdicts stand: Principal met.
    await expect(banner).toContainText(
      'Archiving: The sender left out their money figures: Archiving revenue and Year-over-year growth.',
    );
    const archiving = await own.answers('Archiving');
    await expect(archiving.getByLabel('Archiving revenue', { exact: true })).toHaveValue('');
    await expect(archiving.getByLabel('Year-over-year growth', { exact: true })).toHaveValue('');
    await expect(archiving.getByLabel('Customer references', { exact: true })).toHaveValue('2');
    await expect.poll(() => states(own, 'Archiving')).toEqual(verdict);
    expect(verdict[0]).toBe('sa-st--met');
    await expect(other.locator('.pf')).not.toContainText('187,500');
    expect(await saved(other)).toEqual(before);

    // Used, the sender's verdicts stay in this tab, said so, until the colleague types a figure of their own.
    await banner.getByRole('button', { name: t('shared.use'), exact: true }).click();
    await expect(other.getByRole('status').first()).toContainText('until you type your own');
    await expect.poll(() => states(own, 'Archiving')).toEqual(verdict);
    await context.close();
  });

  test('says a tampered link was changed, and keeps the partner’s own portfolio when set aside', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await sender(page);
    await forwardAs(page, PASSPHRASE, false);
    const link = new URL(await makeLink(page, /protected link/));
    const read = decodePortfolioShare(t, link.hash);
    const envelope = (!read.ok && read.sealed) as Record<string, string>;
    const data = Buffer.from(envelope['data'] ?? '', 'base64url');
    data[3] = (data[3] ?? 0) ^ 1;
    const tampered = encodeSealedShare({ ...envelope, data: data.toString('base64url') });

    const context = await browser.newContext();
    const other = await context.newPage();
    const own = await receiver(other);
    const before = await saved(other);
    await other.goto(`/self-assessment/#${tampered}`);
    await expect(other.locator('astro-island[ssr]')).toHaveCount(0);
    const field = other.getByLabel(t('shared.unlock.label'), { exact: true });
    await field.fill(PASSPHRASE);
    await field.press('Enter');
    await expect(other.getByRole('alert').filter({ hasText: t('msg.sealed.tampered') })).toBeVisible(DERIVED);
    await expect(other.getByRole('heading', { name: t('portfolio.viewingShared') })).toHaveCount(0);

    await other.getByRole('button', { name: t('shared.keep'), exact: true }).click();
    await expect(own.pick('Mobility')).toBeChecked();
    await expect(own.pick('Archiving')).not.toBeChecked();
    await expect(
      (await own.answers('Mobility')).getByLabel('Customer references', { exact: true }),
    ).toHaveValue('1');
    expect(new URL(other.url()).hash).toBe('');
    expect(await saved(other)).toEqual(before);
    await context.close();
  });

  test('protects the JSON file and leaves money figures out of it and the CSV; the file opens with its passphrase', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    await sender(page);
    await forwardAs(page, PASSPHRASE, true);
    const box = actions(page);
    // A CSV cannot be protected: it is refused rather than written unprotected.
    await box.getByRole('button', { name: t('widget.exportCsv'), exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: t('msg.sealed.csv') })).toBeVisible();
    const downloading = page.waitForEvent('download', DERIVED);
    await box.getByRole('button', { name: t('portfolio.exportJson'), exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('competency-portfolio-protected.json');
    const text = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'competency-sealed', v: 1, it: 600_000 });
    for (const n of NUMBERS) expect(text).not.toContain(n);

    // Without a passphrase, the plan keeps the money requirements' verdicts and none of their figures.
    await forwardAs(page, null, true);
    const planned = page.waitForEvent('download');
    await box.getByRole('button', { name: t('widget.exportCsv'), exact: true }).click();
    const csv = await readFile(await (await planned).path(), 'utf8');
    expect(csv).toContain(t('verdict.withheld.unmet'));
    for (const n of MONEY) expect(csv).not.toContain(n);

    const context = await browser.newContext();
    const other = await context.newPage();
    const own = await receiver(other);
    const file = { name: 'portfolio.json', mimeType: 'application/json', buffer: Buffer.from(text) };
    await other.getByLabel(t('portfolio.import'), { exact: true }).setInputFiles(file);
    const field = other.getByLabel(t('shared.unlock.label'), { exact: true });
    await expect(other.getByRole('heading', { name: t('shared.unlock.file') })).toBeVisible();
    await field.fill('wrong');
    await field.press('Enter');
    await expect(other.getByRole('alert').filter({ hasText: t('msg.sealed.wrong') })).toBeVisible(DERIVED);
    await field.fill(PASSPHRASE);
    await field.press('Enter');
    await expect(other.getByRole('heading', { name: t('portfolio.viewingImported') })).toBeFocused(DERIVED);
    await expect(other.getByRole('region', { name: t('portfolio.viewingImported') })).toContainText(
      'The sender left out their money figures',
    );
    const archiving = await own.answers('Archiving');
    await expect(archiving.getByLabel('Archiving revenue', { exact: true })).toHaveValue('');
    await expect(archiving.getByLabel('Customer references', { exact: true })).toHaveValue('2');
    await expect(own.cell('Archiving', 0)).toHaveClass(/sa-st--met/);
    await context.close();
  });
});
