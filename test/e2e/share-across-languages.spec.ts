import { expect, test, type Page } from '@playwright/test';
import { translator, type Lang } from '../../src/text/text.ts';

/** The figures of Archiving on Integrate as a German partner types them, by requirement id. */
const TYPED_IN_GERMAN = {
  // "187.500" is 187,500 to a German reader; an English page would ask whether 187.5 was meant.
  revenue: '187.500 USD',
  growth: '12,5 %',
  satisfaction: '7,5',
  references: '2',
  'technical-exam': '3',
} as const;

/** The answers those figures are, whatever the language of the page they were typed on. */
const ANSWERS = {
  revenue: '187500',
  growth: '12.5',
  satisfaction: '7.5',
  references: '2',
  'technical-exam': '3',
} as const;

/** The self-assessment on Archiving's page in `lang`, hydrated. */
async function openIn(page: Page, lang: Exclude<Lang, 'en'>, suffix = '') {
  await page.goto(`/${lang}/competencies/archiving/${suffix}`);
  const root = page.locator('#self-assessment .sa');
  await root.scrollIntoViewIfNeeded();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  return root;
}

/**
 * What the widget shows as its verdict, in no language's words: each requirement's state at each level in
 * table order, and each level's readiness.
 */
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

test.describe('a share link across languages', () => {
  test('made on a German page with German figures, opens on the Japanese page with the same answers and verdict', async ({
    page,
    browser,
  }) => {
    const de = translator('de');
    const ja = translator('ja');
    const sender = await openIn(page, 'de');
    await sender.locator('#sa-sales-training').check();
    for (const [id, text] of Object.entries(TYPED_IN_GERMAN)) await sender.locator(`#sa-${id}`).fill(text);
    // Each figure is read the German way, without a question, and echoed in German.
    await expect(sender.locator('.sa-ask')).toHaveCount(0);
    await expect(sender.locator('.sa-error')).toHaveCount(0);
    await expect(sender.locator('#sa-revenue-e')).toContainText('187.500 USD');
    await expect.poll(async () => (await verdictOf(page)).states).toContain('sa-st--partial');
    const verdict = await verdictOf(page);
    await sender.getByRole('button', { name: de('widget.copyLink'), exact: true }).click();
    const link = await sender.locator('.sa-link input').inputValue();
    expect(link).toMatch(/\/de\/competencies\/archiving\/.*#a=/);

    const context = await browser.newContext();
    const other = await context.newPage();
    const url = new URL(link);
    const receiver = await openIn(other, 'ja', `${url.search}${url.hash}`);

    await expect(receiver.getByRole('heading', { name: ja('more.viewingShared') })).toBeVisible();
    await expect(receiver.locator('#sa-sales-training')).toBeChecked();
    for (const [id, value] of Object.entries(ANSWERS)) {
      await expect(receiver.locator(`#sa-${id}`)).toHaveValue(value);
    }
    await expect.poll(() => verdictOf(other)).toEqual(verdict);

    await receiver.getByRole('button', { name: ja('shared.use'), exact: true }).click();
    await expect
      .poll(() => other.evaluate(() => localStorage.getItem('competency-assessment:archiving')))
      .toContain('"revenue":187500,');
    await expect(receiver.locator('#sa-revenue')).toHaveValue('187500');
    expect(await verdictOf(other)).toEqual(verdict);
    await context.close();
  });
});
