import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerFields } from '../../src/engine/answer-fields.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { MARK_LEGEND } from '../../src/domain/provenance.ts';
import { BUSINESS_MODEL_IDS } from '../../src/schemas/ids.ts';
import { islandProps } from '../gates/site/dist.ts';
import { pdfPageCount } from './helpers/pdf.ts';
import { PortfolioPage } from './pages/portfolio.ts';
import { SelfAssessmentPage } from './pages/self-assessment.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

// What a partner takes away on paper, what a screen reader hears as results change, and what stays visible
// in forced colours and on a small phone.

/** The competency and business model whose form has the most fields, read from the built pages' island props. */
function largestForm(): { slug: string; model: string; fields: number } {
  const forms = readdirSync('dist/competencies', { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`dist/competencies/${d.name}/index.html`))
    .flatMap((d) => {
      const html = readFileSync(`dist/competencies/${d.name}/index.html`, 'utf8');
      const data = islandProps(html, 'SelfAssessment')[0]?.['data'] as { rules: CompetencyRules } | undefined;
      if (!data) return [];
      const { rules } = data;
      return BUSINESS_MODEL_IDS.map((model) => ({
        slug: d.name,
        model,
        fields: answerFields(rules, model, EN).length,
      }));
    });
  return forms.reduce((a, b) => (b.fields > a.fields ? b : a));
}

/** Ticks every box and types a figure into every number field of the widget's form. */
async function fillEveryField(widget: SelfAssessmentPage): Promise<number> {
  const form = widget.root.getByRole('group', { name: 'Your figures' });
  for (const box of await form.getByRole('checkbox').all()) await box.check();
  const numbers = await form.getByRole('textbox').all();
  for (const field of numbers) await field.fill('2');
  return (await form.getByRole('checkbox').count()) + numbers.length;
}

/** The page printed to an A4 PDF, as the browser's print command does. */
async function printed(page: Page): Promise<Buffer> {
  await page.emulateMedia({ media: 'print' });
  return page.pdf({ format: 'A4' });
}

/** Whether `a` is laid out above `b`. */
async function above(a: Locator, b: Locator): Promise<boolean> {
  const [boxA, boxB] = [await a.boundingBox(), await b.boundingBox()];
  return boxA !== null && boxB !== null && boxA.y + boxA.height <= boxB.y;
}

test.describe('printed competency report', () => {
  test('returns at most two A4 pages for the competency with the most fields, every field filled', async ({
    page,
  }) => {
    const { slug, model, fields } = largestForm();
    const widget = new SelfAssessmentPage(page);
    await widget.open(slug, `?model=${model}`);
    expect(await fillEveryField(widget)).toBe(fields);
    await expect(widget.summary).toContainText('Level achieved:');

    const pdf = await printed(page);

    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
  });

  test('starts with the context and the level, then what is missing, then the figures, with one legend of the mark', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open('archiving', '?model=integrate&region=na');
    await widget.fill({ 'Archiving revenue': '120000', 'Customer references': '1' });
    await widget.expectLevel('None');

    await page.emulateMedia({ media: 'print' });

    const head = widget.root.getByText(
      /^Archiving self-assessment for Integrate partners in North America, printed .+\. Rules version /,
    );
    const missing = widget.root.getByRole('heading', { name: /^What's missing for / });
    const table = widget.root.getByRole('table');
    await expect(head).toBeVisible();
    await expect(widget.summary).toBeVisible();
    expect(await above(head, widget.summary)).toBe(true);
    expect(await above(widget.summary, missing)).toBe(true);
    expect(await above(missing, table)).toBe(true);
    await expect(table.getByRole('textbox', { name: 'Archiving revenue' })).toHaveValue('120000');
    await expect(page.getByText(translator('en')(MARK_LEGEND.lead))).toHaveCount(1);
    await expect(page.getByText(translator('en')(MARK_LEGEND.lead))).toBeVisible();
    await expect(page.locator('.site-notice')).toBeHidden();
  });

  test('leaves the page story, the messages of the moment and the actions off the paper', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.fill({ 'Archiving revenue': '120000' });
    await widget.shareLink();
    const message = widget.root.getByRole('status').filter({ hasText: /share link/ });
    await expect(message).toBeVisible();
    const lead = page.locator('main > .lead');
    const regions = page.getByRole('heading', { level: 2, name: 'Where it is offered' });
    await expect(lead).toBeVisible();

    await page.emulateMedia({ media: 'print' });

    await expect(message).toBeHidden();
    await expect(lead).toBeHidden();
    await expect(page.locator('main .story')).toBeHidden();
    await expect(regions).toBeHidden();
    await expect(widget.button('Copy share link')).toBeHidden();
    await expect(widget.root.getByLabel('Business model')).toBeHidden();
    await expect(widget.root.getByRole('group', { name: 'How this is scored' })).toBeHidden();
  });

  test('says on paper that answers opened from a share link are not the saved ones', async ({
    page,
    browser,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.meetArchivingExpert();
    const link = await widget.shareLink();
    const other = await browser.newContext();
    const elsewhere = new SelfAssessmentPage(await other.newPage());
    await elsewhere.page.goto(link);
    await expect(elsewhere.root.getByRole('heading', { name: 'Viewing shared answers' })).toBeVisible();

    const pdf = await printed(elsewhere.page);

    await expect(elsewhere.root.getByText(translator('en')('msg.shownNotSaved.link'))).toBeVisible();
    await expect(elsewhere.button('Use these answers')).toBeHidden();
    expect(
      await above(elsewhere.root.getByText(translator('en')('msg.shownNotSaved.link')), elsewhere.summary),
    ).toBe(true);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
    await other.close();
  });
});

test.describe('printed portfolio', () => {
  test('returns the context, the tier, the grid, the combined action plan and the figures', async ({
    page,
  }) => {
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    await portfolio.pick('Archiving').check();
    const archiving = await portfolio.answers('Archiving');
    await archiving.getByLabel('Archiving revenue', { exact: true }).fill('50000');
    await expect(portfolio.cell('Archiving', 0)).toContainText('ready');
    await archiving.locator('summary').click();
    const revenue = archiving.getByLabel('Archiving revenue', { exact: true });
    await expect(revenue).toBeHidden();
    const plan = page.getByRole('heading', { name: 'Action plan' });
    await expect(plan).toBeHidden();

    const pdf = await printed(page);

    await expect(
      page.getByText(/^Portfolio self-assessment for Integrate partners in North America, printed .+\.$/),
    ).toBeVisible();
    await expect(portfolio.tier).toBeVisible();
    await expect(portfolio.cell('Archiving', 0)).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Mobility' })).toBeHidden();
    await expect(plan).toBeVisible();
    const training = page.getByRole('row', { name: /Archiving, Principal Archiving training not answered/ });
    await expect(training).toBeVisible();
    expect(await above(portfolio.cell('Archiving', 0), plan)).toBe(true);
    expect(await above(training, revenue)).toBe(true);
    await expect(revenue).toBeVisible();
    await expect(revenue).toHaveValue('50000');
    await expect(page.getByText(translator('en')(MARK_LEGEND.lead))).toHaveCount(1);
    await expect(page.locator('.site-notice')).toBeHidden();
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(3);
  });
});

test.describe('results read out', () => {
  test('announces the level and readiness once typing pauses, not at every keystroke', async ({ page }) => {
    await page.clock.install();
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.field('Archiving training').check();
    await widget.fill({ 'Certified archiving engineers': '1' });
    await expect(widget.announced).toContainText(/Principal: \d of \d met, \d+% ready/);
    await widget.announced.evaluate((region) => {
      const said: string[] = [];
      Object.assign(window, { said });
      new MutationObserver(() => said.push(region.textContent)).observe(region, {
        childList: true,
        subtree: true,
        characterData: true,
      });
    });
    await page.clock.pauseAt(new Date(await page.evaluate(() => Date.now() + 1000)));

    // A key every 200 ms, as a partner types: each updates the bar, none is read out on its own.
    for (const key of '250000') {
      await widget.field('Archiving revenue').press(key);
      await page.clock.runFor(200);
    }
    await page.clock.runFor(1500);

    await expect(widget.summary).toContainText('Level achieved: None');
    await expect(widget.announced).toHaveText(
      /^Level achieved: None\. Principal: \d of \d met, \d+% ready\. Expert: \d of \d met, \d+% ready\.$/,
    );
    expect(await page.evaluate(() => (window as unknown as { said: string[] }).said.length)).toBe(1);
  });

  test('announces a portfolio competency and the tier once its figures change', async ({ page }) => {
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    await portfolio.pick('Archiving').check();
    const archiving = await portfolio.answers('Archiving');

    await archiving.getByLabel('Archiving revenue', { exact: true }).fill('50000');

    await expect(page.getByRole('status').filter({ hasText: 'Archiving:' })).toContainText(
      /Archiving: .*ready\. Your levels imply /,
    );
  });
});

/** The colours of a progress bar's inside at its first and last tenth, from a screenshot in the page. */
async function barEnds(bar: Locator): Promise<[string, string]> {
  const png = (await bar.screenshot()).toString('base64');
  const blank = await bar.page().context().newPage();
  const ends = await blank.evaluate(async (data) => {
    const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
    ctx.drawImage(image, 0, 0);
    const y = Math.floor(image.height / 2);
    const at = (x: number) => [...ctx.getImageData(Math.floor(x), y, 1, 1).data.slice(0, 3)].join(',');
    return [at(image.width * 0.1), at(image.width * 0.9)] as [string, string];
  }, png);
  await blank.close();
  return ends;
}

test.describe('forced colours', () => {
  test('draws the filled part of the result bar and the portfolio grid apart from the empty part', async ({
    page,
  }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.fill({ 'Archiving revenue': '150000' });
    const bar = widget.root.getByRole('progressbar', { name: /^Principal: / });
    await expect(bar).toHaveAttribute('value', /^[2-8]\d$/);

    const [filled, empty] = await barEnds(bar);

    const box = await bar.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(40);
    expect(box?.height ?? 0).toBeGreaterThan(4);
    expect(filled).not.toBe(empty);

    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    const cell = portfolio.cell('Archiving', 0);
    await expect(cell).toContainText(/[2-8]\d% ready/);
    const [cellFilled, cellEmpty] = await barEnds(cell.locator('progress'));
    expect(cellFilled).not.toBe(cellEmpty);
  });
});

test.describe('result bar on a small phone', () => {
  test.use({ viewport: { width: 320, height: 568 } });

  test('keeps the bar within a fifth of a 320 px screen', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open('dynamic-storage-and-continuity', '?model=integrate');
    await widget.fill({ 'Certified continuity engineers': '2' });
    await widget.field('Customer satisfaction').scrollIntoViewIfNeeded();

    const bar = widget.summary.locator('xpath=..');

    const box = await bar.boundingBox();
    expect(box?.y).toBeCloseTo(0, 0);
    expect(box?.height ?? 568).toBeLessThanOrEqual(568 / 5);
  });

  // WCAG 2.5.8: a target under 24 by 24 px passes when a 24 px circle centred on it meets no other target
  // and no other such circle. German labels wrap the bar's links onto rows of their own.
  test("keeps the bar's links 24 px targets apart where German labels wrap them", async ({ page }) => {
    await page.goto('/de/competencies/archiving/');
    const links = await page.locator('.sa-bar .sa-to').evaluateAll((as) =>
      as.map((a) => {
        const { x, y, width, height } = a.getBoundingClientRect();
        return { text: a.textContent, x, y, width, height };
      }),
    );
    type Box = (typeof links)[number];
    const small = (b: Box) => b.width < 24 || b.height < 24;
    const centre = (b: Box) => [b.x + b.width / 2, b.y + b.height / 2] as const;
    // How far a point is from a box (0 inside it).
    const toBox = ([px, py]: readonly [number, number], b: Box) =>
      Math.hypot(Math.max(b.x - px, 0, px - b.x - b.width), Math.max(b.y - py, 0, py - b.y - b.height));
    const apart = (a: Box, b: Box) => {
      const [ax, ay] = centre(a);
      const [bx, by] = centre(b);
      return Math.hypot(ax - bx, ay - by);
    };
    const tooClose = links.flatMap((a) =>
      links
        .filter((b) => b !== a && small(a))
        .filter((b) => toBox(centre(a), b) < 12 || (small(b) && apart(a, b) < 24))
        .map((b) => `${a.text} / ${b.text}: ${apart(a, b)}`),
    );

    expect(links.length).toBeGreaterThan(1);
    expect(new Set(links.map((l) => Math.round(l.y))).size, 'the links wrap').toBeGreaterThan(1);
    expect(tooClose).toEqual([]);
  });
});
