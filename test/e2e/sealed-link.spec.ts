import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { decodeShare, encodeSealedShare } from '../../src/persistence/share-link.ts';
import { storageKey } from '../../src/persistence/storage-access.ts';
import { translator } from '../../src/text/text.ts';

const t = translator('en');
const PASSPHRASE = 'blue heron 42';

/** Archiving on Integrate, answered: the figures as typed and as the link's answers hold them. */
const TYPED = {
  revenue: '187500',
  growth: '12.5',
  satisfaction: '7.5',
  references: '2',
  'technical-exam': '3',
};
const NUMBERS = ['187500', '187,500', '12.5', '7.5'];
/** The money figures among them: revenue and growth. */
const MONEY = ['187500', '187,500', '12.5'];

/** The self-assessment on Archiving's page, hydrated. */
async function openWidget(page: Page, suffix = ''): Promise<Locator> {
  await page.goto(`/competencies/archiving/${suffix}`);
  const root = page.locator('#self-assessment .sa');
  await root.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  return root;
}

/** Each requirement's state at each level in table order, and each level's readiness. */
async function verdictOf(page: Page) {
  const root = page.locator('#self-assessment .sa');
  return {
    states: await root
      .locator('.sa-table .sa-st')
      .evaluateAll((spans) => spans.map((s) => [...s.classList].find((c) => c.startsWith('sa-st--')))),
    readiness: await root
      .locator('.sa-bars progress')
      .evaluateAll((bars) => bars.map((b) => (b as HTMLProgressElement).value)),
  };
}

/** Answers Archiving and makes a link: protected with `passphrase`, or plain without one. */
async function makeLink(root: Locator, passphrase?: string): Promise<string> {
  const box = root.locator('#sa-seal');
  if (passphrase === undefined) await box.uncheck();
  else {
    await box.check();
    await root.getByLabel(t('shared.forward.passphrase'), { exact: true }).fill(passphrase);
  }
  await root.getByRole('button', { name: t('widget.copyLink'), exact: true }).click();
  const status = passphrase === undefined ? /share link/ : /protected link/;
  await expect(root.getByRole('status').filter({ hasText: status }).first()).toBeVisible(DERIVED);
  return root.locator('.sa-link input').inputValue();
}

async function answer(root: Locator): Promise<void> {
  await root.locator('#sa-sales-training').check();
  for (const [id, text] of Object.entries(TYPED)) await root.locator(`#sa-${id}`).fill(text);
  await expect(root.locator('#sa-revenue-e')).toContainText('187,500');
  // Every figure read and scored: its render follows the paint of what was typed.
  for (const id of Object.keys(TYPED)) await expect(root.locator(`#sa-${id}-e.sa-echo`)).toBeVisible();
}

const base64 = (text: string) => Buffer.from(text).toString('base64url');

/**
 * How long to wait for what follows a key derivation (600,000 PBKDF2 iterations): well under a second on an
 * idle machine, many seconds on a loaded test machine.
 */
const DERIVED = { timeout: 30_000 };

test.describe('forwarding answers privately', () => {
  test('is refused with a wrong passphrase, changing nothing, and opened with the right one in another browser; its address holds no figure', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const sender = await openWidget(page);
    await answer(sender);
    const verdict = await verdictOf(page);
    const plain = await makeLink(sender);
    const link = await makeLink(sender, PASSPHRASE);
    const fragment = new URL(link).hash;

    // No figure in the address: not as typed, not as the answers hold them, not in the base64 of the plain
    // link's payload (whole, or any stretch of it), nor inside the envelope once its base64 is undone.
    const plainBody = /#a=([\w-]+)\./.exec(new URL(plain).hash)?.[1] ?? '';
    const plainJson = Buffer.from(plainBody, 'base64url').toString();
    expect(plainJson).toContain('187500');
    const envelopeJson = Buffer.from(/#a=([\w-]+)\./.exec(fragment)?.[1] ?? '', 'base64url').toString();
    expect(JSON.parse(envelopeJson)).toMatchObject({ v: 1, alg: 'PBKDF2-SHA256/A256GCM', it: 600_000 });
    for (const text of [fragment, decodeURIComponent(fragment), envelopeJson]) {
      for (const n of [...NUMBERS, ...NUMBERS.map(base64)]) expect(text).not.toContain(n);
      for (let i = 0; i + 12 <= plainBody.length; i += 4)
        expect(text).not.toContain(plainBody.slice(i, i + 12));
      expect(text).not.toContain('revenue');
    }

    // The colleague has answers of their own, which a wrong passphrase leaves as they are.
    const context = await browser.newContext();
    const other = await context.newPage();
    const receiver = await openWidget(other);
    await receiver.locator('#sa-references').fill('5');
    await expect
      .poll(() => other.evaluate((k) => localStorage.getItem(k), storageKey('archiving')))
      .toContain('5');
    const own = await other.evaluate((k) => localStorage.getItem(k), storageKey('archiving'));
    const url = new URL(link);
    await other.goto(`/competencies/archiving/${url.search}${url.hash}`);
    await expect(other.locator('astro-island[ssr]')).toHaveCount(0);

    const field = receiver.getByLabel(t('shared.unlock.label'), { exact: true });
    await expect(receiver.getByRole('heading', { name: t('shared.unlock.link') })).toBeVisible();
    await expect(field).toBeFocused();
    await expect(field).toHaveAccessibleDescription(new RegExp(t('shared.unlock.text').slice(0, 40)));
    await expect(receiver.getByRole('button', { name: t('shared.use') })).toHaveCount(0);

    await field.fill('blue heron 41');
    await field.press('Enter');
    await expect(receiver.getByRole('alert').filter({ hasText: t('msg.sealed.wrong') })).toBeVisible(DERIVED);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(receiver.getByRole('heading', { name: t('more.viewingShared') })).toHaveCount(0);
    expect(await other.evaluate((k) => localStorage.getItem(k), storageKey('archiving'))).toBe(own);

    await field.fill(PASSPHRASE);
    await receiver.getByRole('button', { name: t('shared.unlock.open'), exact: true }).click();
    await expect(receiver.getByRole('heading', { name: t('more.viewingShared') })).toBeFocused(DERIVED);
    await expect(receiver.locator('#sa-sales-training')).toBeChecked();
    await expect(receiver.locator('#sa-revenue')).toHaveValue('187500');
    await expect(receiver.locator('#sa-growth')).toHaveValue('12.5');
    await expect.poll(() => verdictOf(other)).toEqual(verdict);
    expect(await other.evaluate((k) => localStorage.getItem(k), storageKey('archiving'))).toBe(own);

    // Used, they become the colleague's, as a plain link's do, and the undo puts the colleague's own back.
    await receiver.getByRole('button', { name: t('shared.use'), exact: true }).click();
    await expect(receiver.locator('#sa-references')).toHaveValue('2');
    await receiver.getByRole('button', { name: t('msg.undo.shared'), exact: true }).click();
    await expect(receiver.locator('#sa-references')).toHaveValue('5');
    await context.close();
  });

  test('is refused, with its own message, once one byte of its sealed answers changed', async ({ page }) => {
    test.setTimeout(120_000);
    const sender = await openWidget(page);
    await answer(sender);
    const link = new URL(await makeLink(sender, PASSPHRASE));
    const sealed = decodeShare(t, link.hash);
    const envelope = (!sealed.ok && sealed.sealed) as Record<string, string>;
    const data = Buffer.from(envelope['data'] ?? '', 'base64url');
    data[3] = (data[3] ?? 0) ^ 1;
    const tampered = encodeSealedShare({ ...envelope, data: data.toString('base64url') });

    const receiver = await openWidget(page, `#${tampered}`);
    const field = receiver.getByLabel(t('shared.unlock.label'), { exact: true });
    await field.fill(PASSPHRASE);
    await field.press('Enter');
    await expect(receiver.getByRole('alert').filter({ hasText: t('msg.sealed.tampered') })).toBeVisible(
      DERIVED,
    );
    await expect(receiver.getByRole('heading', { name: t('more.viewingShared') })).toHaveCount(0);

    // Set aside, the page shows the partner's own answers again and the link leaves the address.
    await receiver.getByRole('button', { name: t('shared.keep'), exact: true }).click();
    await expect(receiver.locator('#sa-revenue')).toHaveValue('187500');
    expect(new URL(page.url()).hash).toBe('');
  });

  test('as an export file too: the protected file holds no figure, asks for its passphrase and opens to the answers', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const sender = await openWidget(page);
    await answer(sender);
    await sender.locator('#sa-seal').check();
    await sender.getByLabel(t('shared.forward.passphrase'), { exact: true }).fill(PASSPHRASE);
    // A CSV cannot be protected: it is refused rather than written unprotected.
    await sender.getByRole('button', { name: t('widget.exportCsv'), exact: true }).click();
    await expect(sender.getByRole('alert').filter({ hasText: t('msg.sealed.csv') })).toBeVisible();
    const downloading = page.waitForEvent('download', DERIVED);
    await sender.getByRole('button', { name: t('widget.exportJson'), exact: true }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('archiving-self-assessment-protected.json');
    const text = await readFile(await download.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'competency-sealed', v: 1, it: 600_000 });
    for (const n of NUMBERS) expect(text).not.toContain(n);

    const context = await browser.newContext();
    const other = await context.newPage();
    const receiver = await openWidget(other);
    const file = { name: 'answers.json', mimeType: 'application/json', buffer: Buffer.from(text) };
    await receiver.getByLabel(t('widget.import'), { exact: true }).setInputFiles(file);
    const field = receiver.getByLabel(t('shared.unlock.label'), { exact: true });
    await expect(receiver.getByRole('heading', { name: t('shared.unlock.file') })).toBeVisible();
    await field.fill('wrong');
    await field.press('Enter');
    await expect(receiver.getByRole('alert').filter({ hasText: t('msg.sealed.wrong') })).toBeVisible(DERIVED);
    await field.fill(PASSPHRASE);
    await field.press('Enter');
    await expect(receiver.getByRole('heading', { name: t('more.viewingImported') })).toBeFocused(DERIVED);
    await expect(receiver.locator('#sa-revenue')).toHaveValue('187500');
    await context.close();
  });

  test('without money figures: the link holds no amount, the receiver sees the sender’s verdicts marked until typing their own, and the CSV keeps the verdicts', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    const sender = await openWidget(page);
    await answer(sender);
    const headline = await sender.locator('.sa-summary strong').textContent();
    await sender.locator('#sa-moneyless').check();
    const link = await makeLink(sender);
    const json = Buffer.from(/#a=([\w-]+)\./.exec(new URL(link).hash)?.[1] ?? '', 'base64url').toString();
    expect((JSON.parse(json) as unknown[]).slice(0, 2)).toEqual([2, 'archiving']);
    for (const n of MONEY) expect(json).not.toContain(n);

    const downloading = page.waitForEvent('download', DERIVED);
    await sender.getByRole('button', { name: t('widget.exportCsv'), exact: true }).click();
    const csv = await readFile(await (await downloading).path(), 'utf8');
    expect(csv).toContain(t('verdict.withheld.unmet'));
    for (const n of MONEY) expect(csv).not.toContain(n);

    const context = await browser.newContext();
    const other = await context.newPage();
    const url = new URL(link);
    const receiver = await openWidget(other, `${url.search}${url.hash}`);
    await expect(receiver.getByRole('heading', { name: t('more.viewingShared') })).toBeVisible();
    await expect(receiver.locator('.sa-shared')).toContainText('The sender left out their money figures:');
    await expect(receiver.locator('#sa-revenue')).toHaveValue('');
    await expect(receiver.locator('#sa-growth')).toHaveValue('');
    const revenueRow = receiver.locator('tr', { has: other.locator('#sa-revenue') });
    // USD 187,500 meets Principal's USD 50,000; at Expert (USD 200,000) it was partly met: sent as not met.
    await expect(revenueRow.locator('.sa-st')).toHaveText([
      new RegExp(t('verdict.withheld.met')),
      new RegExp(t('verdict.withheld.unmet')),
    ]);
    await expect(receiver.locator('tr', { has: other.locator('#sa-growth') }).locator('.sa-st')).toHaveText(
      new RegExp(t('verdict.withheld.met')),
    );
    await expect(receiver.locator('.sa-summary strong')).toHaveText(headline ?? '');
    await expect(receiver.locator('.sa-table')).not.toContainText('187,500');

    // Used, the sender's verdicts stay, said so, until the colleague types a figure of their own.
    await receiver.getByRole('button', { name: t('shared.use'), exact: true }).click();
    await expect(receiver.getByRole('status').first()).toContainText('until you type your own');
    await expect(revenueRow.locator('.sa-st').first()).toHaveText(new RegExp(t('verdict.withheld.met')));
    await receiver.locator('#sa-revenue').fill('250000');
    await expect(revenueRow.locator('.sa-st')).toHaveText([/^\W*Met$/, /^\W*Met$/]);
    await context.close();
  });
});
