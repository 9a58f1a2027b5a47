import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { encodePortfolioShare } from '../../src/persistence/portfolio-file.ts';
import { encodeShare } from '../../src/persistence/share-link.ts';
import { axeFindings, formatFindings } from './helpers/gates.ts';
import { refuseStorage, seedStorageOnce, storedElsewhere } from './helpers/storage.ts';
import { PortfolioPage } from './pages/portfolio.ts';
import { SelfAssessmentPage } from './pages/self-assessment.ts';

// Hostile inputs, tried the way a partner's browser meets them: crafted links and files, odd saved data.

/** A rules hash no build has: answers that declare older rules. */
const OLD_RULES = '0000000000000000';
/** Text no message of the site may ever repeat: it came from a link or a file. */
const PLANTED = 'account-suspended-call-555-0100';

/** A competency share link for Archiving (or another slug) on the Integrate model in North America. */
function archivingLink(answers: unknown, slug = 'archiving', rulesVersion = OLD_RULES): string {
  const fragment = encodeShare({
    slug,
    rulesVersion,
    context: { model: 'integrate', region: 'na' },
    answers,
  });
  return `/competencies/archiving/#${fragment}`;
}

/** Runs the page's scripts eight times slower, as on a busy machine, where a reload can overtake a save. */
async function slowMachine(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 8 });
}

/** An Archiving export file with the answers given, as the import field takes it. */
function archivingFile(answers: unknown, extra: Record<string, unknown> = {}, name = 'answers.json') {
  const file = {
    format: 'competency-self-assessment',
    v: 1,
    slug: 'archiving',
    title: 'Archiving',
    rulesVersion: OLD_RULES,
    context: { model: 'integrate', region: 'na' },
    answers,
    exportedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}

/** Every value that fails its field: above the scale, not whole, the wrong type. */
const OUT_OF_BOUNDS = { satisfaction: 999, references: 2.5, revenue: true, 'sales-training': true };

/** The stored answers of a competency, parsed. */
async function storedAnswers(widget: SelfAssessmentPage, slug = 'archiving') {
  const text = await widget.saved(slug);
  return text === null ? null : (JSON.parse(text) as { answers: Record<string, unknown> }).answers;
}

/** Everything the widget says in its live regions and banner. */
const said = (page: Page) =>
  page
    .locator('#self-assessment')
    .locator('[role=alert], [role=status], .sa-shared')
    .allInnerTexts()
    .then((texts) => texts.join('\n'));

/** The widget's scoring code, at any address the page asks for it (a retry adds a query). */
const MORE_CODE = /\/_astro\/more\.[^/?]+\.js(\?.*)?$/;
/** Every script of the site, at any address. */
const ANY_CODE = /\/_astro\/[^/?]+\.js(\?.*)?$/;

test.describe('nothing lost: hostile links, files and saved data', () => {
  test('(5) checks every shared answer against its field whatever rules version the link declares', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const before = await widget.saveRevenue(1000);

    await page.goto(archivingLink(OUT_OF_BOUNDS));
    await widget.ready();

    const banner = widget.root.locator('.sa-shared');
    await expect(banner).toContainText('Customer satisfaction');
    await expect(banner).toContainText('Customer references');
    await expect(banner).toContainText('Archiving revenue');
    await expect(widget.field('Customer satisfaction')).toHaveValue('');
    await expect(widget.field('Customer references')).toHaveValue('');
    await expect(widget.field('Archiving revenue')).toHaveValue('');
    await expect(widget.field('Archiving training')).toBeChecked();
    expect(await widget.saved()).toBe(before);
    await widget.button('Use these answers').click();
    await expect.poll(() => storedAnswers(widget)).toEqual({ 'sales-training': true });
  });

  test('(5) checks every imported answer against its field, and imports its own export of them', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const input = widget.root.getByLabel('Import answers from a JSON file');

    await input.setInputFiles(archivingFile(OUT_OF_BOUNDS));
    await widget.button('Use these answers').click();

    await expect.poll(() => storedAnswers(widget)).toEqual({ 'sales-training': true });
    await expect(widget.root.getByText('999')).toHaveCount(0);
    const download = page.waitForEvent('download');
    await widget.button('Export answers (JSON)').click();
    const exported = await (await download).path();
    await input.setInputFiles(exported);
    await expect(widget.alert).toBeEmpty();
    await expect(widget.button('Use these answers')).toBeVisible();
  });

  test('(5) leaves out a saved value that no longer fits its field, and names the field', async ({
    page,
  }) => {
    const seeded = JSON.stringify({
      v: 1,
      slug: 'archiving',
      rulesVersion: OLD_RULES,
      context: { model: 'integrate', region: 'na' },
      answers: { satisfaction: 999, revenue: 60000 },
      savedAt: '2026-11-01T10:00:00.000Z',
    });
    await seedStorageOnce(page, 'competency-assessment:archiving', seeded);
    const widget = new SelfAssessmentPage(page);

    await widget.open();

    await expect(widget.field('Archiving revenue')).toHaveValue('60000');
    await expect(widget.field('Customer satisfaction')).toHaveValue('');
    await expect(widget.root.getByRole('status').filter({ hasText: 'Customer satisfaction' })).toContainText(
      'left out',
    );
  });

  test('(6) counts an invalid field as unanswered, saves no answer for it and says it needs attention', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.field('Archiving training').check();
    await widget.fill({ 'Certified archiving engineers': '1', 'Customer references': '1' });
    await widget.saveRevenue(60000);
    await widget.expectLevel('Principal');

    await widget.field('Archiving revenue').fill('sixty thousand');

    await widget.expectLevel('None');
    await expect(widget.summary).toContainText('Archiving revenue needs attention');
    await expect(widget.root.getByRole('row', { name: /Archiving revenue/ })).toContainText('Not answered');
    await expect(widget.root.getByRole('row', { name: /Archiving revenue/ })).not.toContainText('60,000');
    await expect.poll(() => widget.saved()).not.toContain('"revenue":60000');
    await widget.field('Archiving revenue').fill('70000');
    await widget.expectLevel('Principal');
    await expect(widget.summary).not.toContainText('needs attention');
  });

  test('(6) counts an invalid portfolio field as unanswered and says it needs attention', async ({
    page,
  }) => {
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    await portfolio.pick('Archiving').check();
    const archiving = await portfolio.answers('Archiving');
    await archiving.getByLabel('Archiving training', { exact: true }).check();
    for (const [label, value] of [
      ['Certified archiving engineers', '1'],
      ['Archiving revenue', '50000'],
      ['Customer references', '1'],
    ] as const) {
      await archiving.getByLabel(label, { exact: true }).fill(value);
    }
    await expect(archiving.locator('.pf-state')).toContainText('Principal met');
    const saved = () =>
      page.evaluate(
        () =>
          (
            JSON.parse(localStorage.getItem('competency-assessment:archiving') ?? '{}') as {
              answers?: object;
            }
          ).answers,
      );
    await expect.poll(saved).toMatchObject({ references: 1 });

    await archiving.getByLabel('Customer references', { exact: true }).fill('lots');

    await expect(archiving.locator('.pf-state')).toContainText('No level yet');
    await expect(archiving).toContainText('Customer references needs attention');
    await expect.poll(saved).not.toHaveProperty('references');
  });

  test('(7) shows only text the site owns in messages about a link or a file', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();

    await page.goto(archivingLink({ revenue: 1 }, PLANTED));
    await widget.ready();
    await expect(widget.alert).toContainText('another competency');
    await page.goto(archivingLink({ revenue: 1, [PLANTED]: 3 }));
    await widget.ready();
    await expect(widget.root.locator('.sa-shared')).toContainText('1 answer');
    expect(await said(page)).not.toContain('555');
    await widget.button('Keep my answers').click();
    const input = widget.root.getByLabel('Import answers from a JSON file');
    await input.setInputFiles(archivingFile({}, { slug: PLANTED, title: `${PLANTED} now` }));
    await expect(widget.alert).toContainText('The file was not imported');
    // A file made for another competency of the catalogue is named by the catalogue's title, not its own.
    await input.setInputFiles(archivingFile({}, { slug: 'mobility', title: `${PLANTED} now` }));
    await expect(widget.alert).toContainText('it holds answers for Mobility, not Archiving');
    await input.setInputFiles(archivingFile({ [PLANTED]: 1 }, { rulesVersion: 'x' }));
    await expect(widget.alert).toContainText('The file was not imported');

    expect(await said(page)).not.toContain('555');
  });

  test('(7) names competencies of a shared portfolio by their catalogue titles only', async ({ page }) => {
    const fragment = encodePortfolioShare({
      context: { model: 'integrate', region: 'na' },
      entries: [
        { slug: PLANTED, rulesVersion: '1', answers: {} },
        { slug: 'archiving', rulesVersion: OLD_RULES, answers: { revenue: 50000 } },
      ],
    });

    await page.goto(`/self-assessment/#${fragment}`);

    await expect(page.getByRole('heading', { name: 'Viewing a shared portfolio' })).toBeVisible();
    await expect(page.getByRole('status').first()).toContainText('Archiving');
    await expect(page.locator('.pf')).not.toContainText('555');
  });

  test('(8) sums up 20,000 unknown entries of a shared portfolio in one line', async ({ page }) => {
    const link = (count: number) => {
      const entries = Array.from({ length: count }, (_, i) => ({
        slug: `unknown-${i}`,
        rulesVersion: '1',
        answers: {},
      }));
      return `/self-assessment/#${encodePortfolioShare({ context: { model: 'integrate', region: 'na' }, entries })}`;
    };
    const notes = page.locator('.pf [role=status] li');

    await page.goto(link(1));
    await expect(page.getByText('1 entry was left out')).toBeVisible();
    await expect(notes).toHaveCount(1);

    await page.goto('/');
    await page.goto(link(20_000));
    await expect(page.getByText('20,000 entries were left out')).toBeVisible();
    await expect(notes).toHaveCount(1);
  });

  test('(9) never shows "Invalid Date" for a damaged saved time', async ({ page }) => {
    const seeded = JSON.stringify({
      v: 1,
      slug: 'archiving',
      rulesVersion: 'x',
      context: { model: 'integrate', region: 'na' },
      answers: { revenue: 60000 },
      savedAt: 'not a date',
    });
    await seedStorageOnce(page, 'competency-assessment:archiving', seeded);
    const widget = new SelfAssessmentPage(page);
    await widget.open();

    await expect(widget.field('Archiving revenue')).toHaveValue('60000');

    await expect(widget.root).not.toContainText('Invalid Date');
  });

  test('(9) never says it imported after an import failed', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const input = widget.root.getByLabel('Import answers from a JSON file');
    await input.setInputFiles(archivingFile({ revenue: 60000 }, {}, 'good.json'));
    await widget.button('Use these answers').click();
    await expect(widget.root.getByRole('status').filter({ hasText: 'good.json' })).toBeVisible();

    await input.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{') });

    await expect(widget.alert).toContainText('The file was not imported');
    expect(await said(page)).not.toMatch(/Imported/);
  });

  test('(10) announces field errors, copies and shared answers, and closes the confirmation on Escape', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();

    await widget.field('Archiving revenue').fill('lots');
    const error = widget.root.getByRole('alert').filter({ hasText: 'Archiving revenue: type an amount' });
    await expect(error).toBeVisible();
    await expect(widget.field('Archiving revenue')).toHaveAttribute('aria-invalid', 'true');
    await expect(widget.field('Archiving revenue')).toHaveAccessibleDescription(
      /Archiving revenue: type an amount in USD/,
    );
    await widget.fill({ 'Archiving revenue': '60000' });
    await widget.button('Copy share link').click();
    await expect(widget.root.getByRole('status').filter({ hasText: /share link/i })).toBeVisible();
    await widget.button('Reset answers').click();
    await expect(widget.button('Clear answers')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(widget.button('Clear answers')).toHaveCount(0);
    await expect(widget.button('Reset answers')).toBeFocused();

    await page.goto(archivingLink({ revenue: 70000 }));

    await expect(widget.root.getByRole('heading', { name: 'Viewing shared answers' })).toBeFocused();
  });

  test('(11) asks before an import replaces the answers, says what it changes and can undo it once', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.field('Archiving training').check();
    const before = await widget.saveRevenue(60000);

    await widget.root
      .getByLabel('Import answers from a JSON file')
      .setInputFiles(archivingFile({ revenue: 70000 }, {}, 'mine.json'));

    const banner = widget.root.locator('.sa-shared');
    await expect(banner).toContainText('mine.json');
    await expect(banner).toContainText('Archiving training');
    await expect(widget.field('Archiving revenue')).toHaveValue('70000');
    expect(await widget.saved()).toBe(before);
    expect(formatFindings('imported answers', await axeFindings(page))).toBe('');
    await widget.button('Use these answers').click();
    await expect.poll(() => storedAnswers(widget)).toEqual({ revenue: 70000 });
    await widget.button('Undo the import').click();
    await expect.poll(() => storedAnswers(widget)).toEqual({ 'sales-training': true, revenue: 60000 });
    await expect(widget.field('Archiving training')).toBeChecked();
    await expect(widget.button('Undo the import')).toHaveCount(0);
  });

  test('(12) carries Services Expert answers in a share link', async ({ page, browser }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.fill({ 'Archiving revenue': '60000' });
    await widget.root.getByText('Check Services Expert eligibility').click();
    const designation = widget.root.getByRole('group', { name: 'Services Expert requirements' });
    await designation.getByLabel('Certified delivery consultants').fill('3');
    await expect.poll(() => widget.saved('services-expert')).toContain('3');
    const link = await widget.shareLink();
    const context = await browser.newContext();
    const other = new SelfAssessmentPage(await context.newPage());

    await other.page.goto(link);
    await other.ready();
    await other.root.getByText('Check Services Expert eligibility').click();
    await expect(
      other.root
        .getByRole('group', { name: 'Services Expert requirements' })
        .getByLabel('Certified delivery consultants'),
    ).toHaveValue('3');
    await other.button('Use these answers').click();

    await expect.poll(() => storedAnswers(other, 'services-expert')).toMatchObject({ 'technical-exam': 3 });
    await context.close();
  });

  test('(12) imports its own portfolio export after asking', async ({ page, browser }) => {
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    await portfolio.pick('Archiving').check();
    const archiving = await portfolio.answers('Archiving');
    await archiving.getByLabel('Archiving revenue', { exact: true }).fill('50000');
    await expect(archiving.getByLabel('Archiving revenue', { exact: true })).toHaveValue('50000');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export portfolio (JSON)' }).click();
    const file = await (await download).path();
    const context = await browser.newContext();
    const other = new PortfolioPage(await context.newPage());
    await other.open();

    await other.page.getByLabel('Import a portfolio from a JSON file').setInputFiles(file);
    await other.page.getByRole('button', { name: 'Use these answers' }).click();

    await expect
      .poll(() => other.page.evaluate(() => localStorage.getItem('competency-assessment:archiving')))
      .toContain('"revenue":50000');
    await context.close();
  });

  test('(13) carries the partner record in its export, and leaves its import to the record page', async ({
    page,
    browser,
  }) => {
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    const stored = {
      v: 1,
      record: { people: { 'p-1': { label: 'AK' } } },
      changed: { 'people/p-1': 1 },
      savedAt: '',
    };
    await page.evaluate((text) => localStorage.setItem('competency-record', text), JSON.stringify(stored));
    await portfolio.pick('Archiving').check();
    const archiving = await portfolio.answers('Archiving');
    await archiving.getByLabel('Archiving revenue', { exact: true }).fill('50000');
    await expect(archiving.getByLabel('Archiving revenue', { exact: true })).toHaveValue('50000');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export portfolio (JSON)' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(await readFile(file, 'utf8')) as { record?: { people?: unknown } };
    const context = await browser.newContext();
    const other = new PortfolioPage(await context.newPage());
    await other.open();

    await other.page.getByLabel('Import a portfolio from a JSON file').setInputFiles(file);
    await expect(other.page.getByText('This file also holds a partner record')).toBeVisible();
    await other.page.getByRole('button', { name: 'Use these answers' }).click();

    await expect
      .poll(() => other.page.evaluate(() => localStorage.getItem('competency-assessment:archiving')))
      .toContain('"revenue":50000');
    expect(exported.record?.people).toEqual({ 'p-1': { label: 'AK' } });
    expect(await other.page.evaluate(() => localStorage.getItem('competency-record'))).toBeNull();
    await context.close();
  });

  test("(2) scores each competency with its own context, and the portfolio's picker leaves it as saved", async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open('archiving', '?model=resell');
    await widget.field('Archiving training').check();
    await widget.fill({ 'Archiving revenue': '75000', 'Customer references': '1' });
    await widget.expectLevel('Principal');
    await expect.poll(() => widget.saved()).toContain('"model":"resell"');
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    // Saved answers put a competency in the portfolio by themselves.
    await expect(portfolio.pick('Archiving')).toBeChecked();

    const region = page.getByLabel('Region', { exact: true });
    await region.selectOption('emea');
    await region.selectOption('na');

    const archiving = await portfolio.answers('Archiving');
    await expect(archiving).toContainText('Principal met');
    await expect(archiving).toContainText('Resell');
    await widget.open();
    await widget.expectLevel('Principal');
    await expect(widget.root.getByLabel('Business model', { exact: true })).toHaveValue('resell');
  });

  test('(1) merges the portfolio with what another tab saved', async ({ context }) => {
    const a = new PortfolioPage(await context.newPage());
    const b = new SelfAssessmentPage(await context.newPage());
    await a.open();
    await a.pick('Archiving').check();
    await b.open();

    await b.fill({ 'Customer references': '2' });
    await expect.poll(() => b.saved()).toContain('"references":2');
    await a.page.bringToFront();
    const archiving = await a.answers('Archiving');
    await expect(archiving.getByLabel('Customer references', { exact: true })).toHaveValue('2');
    await expect(a.page.getByRole('status').filter({ hasText: 'another tab' })).toBeVisible();
    await archiving.getByLabel('Archiving revenue', { exact: true }).fill('50000');

    await expect.poll(() => b.saved()).toContain('"revenue":50000');
    expect(await b.saved()).toContain('"references":2');
  });

  test('(3) says so when the widget cannot load its scoring, changes nothing saved, and works after a reload', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.root.getByLabel('Business model').selectOption('resell');
    const saved = await widget.saveRevenue(60000);
    expect(saved).toContain('"model":"resell"');
    await page.route(MORE_CODE, (route) => route.abort('internetdisconnected'));
    // With answers saved, the page loads the scoring code at once, and cannot.
    await widget.open();

    const alert = widget.root.getByRole('alert');
    await expect(alert).toContainText('The scoring could not be loaded');
    await widget.field('Customer references').fill('2');
    await expect(alert).toContainText('The scoring could not be loaded');
    expect(await widget.saved()).toBe(saved);

    // A browser may keep a failed module load for the rest of the page's life: the message offers a reload.
    await page.unroute(MORE_CODE);
    await page.reload();
    await widget.ready();
    await expect(alert).toBeEmpty();
    await expect(widget.field('Archiving revenue')).toHaveValue('60000');
    await widget.field('Customer references').fill('3');
    await expect(widget.root.getByLabel('Business model')).toHaveValue('resell');
    await expect.poll(() => widget.saved()).toContain('"references":3');
    expect(await widget.saved()).toContain('"revenue":60000');
    expect(await widget.saved()).toContain('"model":"resell"');
  });

  test('(3) says so when the portfolio cannot load its scoring, changes nothing saved, and works once it can', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const saved = await widget.saveRevenue(60000);
    // Matched by path: the page asks for the file with a fingerprint in its query.
    const rulesFile = (url: URL) => url.pathname.endsWith('/self-assessment/rules.json');
    await page.route(rulesFile, (route) => route.abort('internetdisconnected'));
    // A phone, where the competencies are far below the message.
    await page.setViewportSize({ width: 390, height: 700 });
    const portfolio = new PortfolioPage(page);
    await portfolio.open();

    const alert = page.locator('.pf').getByRole('alert');
    await expect(alert).toContainText('The scoring could not be loaded');
    // The box does not stay ticked: nothing was chosen.
    await portfolio.pick('Mobility').click();
    await expect(portfolio.pick('Mobility')).not.toBeChecked();
    await expect(alert).toContainText('The scoring could not be loaded');
    await expect(alert).toBeInViewport();
    expect(await widget.saved()).toBe(saved);

    await page.unroute(rulesFile);
    await portfolio.pick('Mobility').check();
    await expect(alert).toBeEmpty();
    await expect(portfolio.pick('Archiving')).toBeChecked();
    const archiving = await portfolio.answers('Archiving');
    await expect(archiving.getByLabel('Archiving revenue', { exact: true })).toHaveValue('60000');
    expect(await widget.saved()).toBe(saved);
  });

  test("(1) shows the competencies another portfolio tab chose, and keeps both tabs' choices", async ({
    context,
  }) => {
    const a = new PortfolioPage(await context.newPage());
    const b = new PortfolioPage(await context.newPage());
    await a.open();
    await b.open();
    await a.pick('Archiving').check();
    await expect(a.pick('Archiving')).toBeChecked();

    await b.page.bringToFront();
    await expect(b.pick('Archiving')).toBeChecked();
    await expect(b.page.getByRole('status').filter({ hasText: 'another tab' })).toBeVisible();
    await b.pick('Mobility').check();

    await a.page.bringToFront();
    await expect(a.pick('Mobility')).toBeChecked();
    await expect(a.pick('Archiving')).toBeChecked();
    await a.page.reload();
    await expect(a.page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(a.pick('Archiving')).toBeChecked();
    await expect(a.pick('Mobility')).toBeChecked();
  });

  test('(1) keeps what another tab saved for Services Expert when an area page checks it', async ({
    context,
  }) => {
    const a = new SelfAssessmentPage(await context.newPage());
    const b = new SelfAssessmentPage(await context.newPage());
    await a.open();
    await a.root.getByText('Check Services Expert eligibility').click();
    const designation = a.root.getByRole('group', { name: 'Services Expert requirements' });
    await designation.getByLabel('Certified delivery consultants').fill('3');
    await expect.poll(() => storedAnswers(a, 'services-expert')).toMatchObject({ 'technical-exam': 3 });

    await b.page.goto('/competencies/services-expert/');
    await b.ready();
    await b.field('Customer references').fill('4');
    await expect.poll(() => storedAnswers(b, 'services-expert')).toMatchObject({ references: 4 });
    await a.page.bringToFront();
    await expect(designation.getByLabel('Customer references')).toHaveValue('4');
    await designation.getByLabel('Certified delivery consultants').fill('5');

    await expect
      .poll(() => storedAnswers(a, 'services-expert'))
      .toMatchObject({ 'technical-exam': 5, references: 4 });
  });

  test('(4) leaves unreadable Services Expert data untouched when an area page checks it', async ({
    page,
  }) => {
    const seeded = '{"v":1,"slug":"services-expert",';
    await seedStorageOnce(page, 'competency-assessment:services-expert', seeded);
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.root.getByText('Check Services Expert eligibility').click();
    const designation = widget.root.getByRole('group', { name: 'Services Expert requirements' });

    await designation.getByLabel('Certified delivery consultants').fill('3');

    await expect(designation.getByText(/could not be read/)).toBeVisible();
    await expect(designation.getByLabel('Certified delivery consultants')).toHaveValue('3');
    expect(await widget.saved('services-expert')).toBe(seeded);
  });

  test('(1) keeps the last keystroke of a field through a reload right after it', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.saveRevenue(1000);

    await widget.field('Customer references').pressSequentially('4');
    await page.reload();
    await widget.ready();

    await expect(widget.field('Customer references')).toHaveValue('4');
  });

  test('(1) keeps a keystroke whose page goes away before the next frame, so before its verdict rendered', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.saveRevenue(1000);

    // The tab closes in the task after the keystroke, before the render it asked for.
    const { stored } = await widget.keystrokeThen('Customer references', '4', 'pagehide');

    expect(stored).toContain('"references":4');
    await page.reload();
    await widget.ready();
    await expect(widget.field('Customer references')).toHaveValue('4');
  });

  test('(1) keeps a figure typed right before a reload on a slow machine', async ({ page }) => {
    await slowMachine(page);
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    // Once the first figure is saved, the scoring code is loaded: what is typed next is saved at once.
    await widget.field('Customer references').fill('2');
    await expect.poll(() => widget.saved()).toContain('"references":2');

    await widget.field('Customer references').fill('4');
    await page.reload();
    await widget.ready();

    await expect(widget.field('Customer references')).toHaveValue('4');
  });

  test('(1) keeps a portfolio figure typed right before a reload on a slow machine', async ({ page }) => {
    await slowMachine(page);
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    await portfolio.pick('Archiving').check();
    const archiving = await portfolio.answers('Archiving');

    await archiving.getByLabel('Archiving revenue', { exact: true }).fill('50000');
    await page.reload();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);

    const again = await portfolio.answers('Archiving');
    await expect(again.getByLabel('Archiving revenue', { exact: true })).toHaveValue('50000');
  });
});

/**
 * Holds back the scripts whose address matches until `release` is called: the page renders, and what the
 * partner does meanwhile is done to the server-rendered form, before the island wakes.
 */
async function holdScripts(page: Page, pattern: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The portfolio's saved choice of competencies, or null. */
const storedChoice = (page: Page) =>
  page.evaluate(() => localStorage.getItem('competency-assessment:portfolio'));

test.describe('nothing lost, round two: early input, replacements, links passed on', () => {
  test("(23) saves a box ticked before the address's business model and region are shown under those, not the empty form's", async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(MORE_CODE, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/competencies/archiving/?model=resell&region=emea');
    await widget.ready();

    await widget.field('Archiving training').click();
    release();

    await expect(widget.root.getByLabel('Business model')).toHaveValue('resell');
    await expect(widget.field('Archiving training')).toBeChecked();
    await expect
      .poll(
        async () => (JSON.parse((await widget.saved('archiving')) ?? '{}') as { context?: unknown }).context,
      )
      .toEqual({ model: 'resell', region: 'emea' });
    const stored = JSON.parse((await widget.saved('archiving')) ?? '{}') as { answers?: unknown };
    expect(stored.answers).toEqual({ 'sales-training': true });
  });

  test('(23) keeps a figure typed, a box ticked and a region picked before the widget wakes', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    const release = await holdScripts(page, '**/_astro/SelfAssessment.*.js');
    await page.goto('/competencies/archiving/');
    await widget.root.scrollIntoViewIfNeeded();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(1);

    await widget.field('Archiving revenue').fill('60000');
    await widget.field('Archiving training').check();
    await widget.root.getByLabel('Region').focus();
    await page.keyboard.press('ArrowDown');
    await expect(widget.root.getByLabel('Region')).toHaveValue('latam');
    release();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);

    await expect.poll(() => storedAnswers(widget)).toEqual({ revenue: 60000, 'sales-training': true });
    expect(await widget.saved()).toContain('"region":"latam"');
    await expect(widget.field('Archiving revenue')).toHaveValue('60000');
    await expect(widget.field('Archiving training')).toBeChecked();
    await expect(widget.root.getByLabel('Region')).toHaveValue('latam');
  });

  test('(23) keeps a competency ticked on the portfolio before it wakes', async ({ page }) => {
    const portfolio = new PortfolioPage(page);
    const release = await holdScripts(page, '**/_astro/Portfolio.*.js');
    await page.goto('/self-assessment/');

    await portfolio.pick('Archiving').check();
    release();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);

    await expect.poll(() => storedChoice(page)).toContain('archiving');
    await expect(portfolio.pick('Archiving')).toBeChecked();
    await expect(page.locator('details.pf-area').filter({ hasText: 'Archiving' })).toHaveCount(1);
  });

  test('(23) never unticks a box or puts back a region picked on the portfolio while its scoring loads', async ({
    page,
  }) => {
    // Every time the page sets a box to unticked is counted: a render while the scoring loads did that.
    await page.addInitScript(() => {
      const checked = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked')!;
      const unticked: string[] = [];
      Object.assign(window, { unticked });
      Object.defineProperty(HTMLInputElement.prototype, 'checked', {
        ...checked,
        set(this: HTMLInputElement, on: boolean) {
          if (!on && this.checked && this.id.startsWith('pf-pick-')) unticked.push(this.id);
          checked.set!.call(this, on);
        },
      });
    });
    const portfolio = new PortfolioPage(page);
    const release = await holdScripts(page, '**/self-assessment/rules.json*');
    await portfolio.open();

    await portfolio.pick('Archiving').check();
    await portfolio.pick('Mobility').check();
    await page.getByLabel('Region', { exact: true }).selectOption('emea');
    release();

    await expect.poll(() => storedChoice(page)).toContain('mobility');
    expect(await storedChoice(page)).toContain('archiving');
    await expect(portfolio.pick('Archiving')).toBeChecked();
    await expect(portfolio.pick('Mobility')).toBeChecked();
    await expect(page.getByLabel('Region', { exact: true })).toHaveValue('emea');
    expect(await page.evaluate(() => (window as unknown as { unticked: string[] }).unticked)).toEqual([]);
  });

  test('(23) applies a figure typed while the scoring could not be loaded, once it loads', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    // From the start: the widget fetches the scoring code as soon as it is in view.
    await page.route(MORE_CODE, (route) => route.abort('internetdisconnected'));
    await widget.open();

    await widget.field('Customer references').fill('2');
    await expect(widget.alert).toContainText('The scoring could not be loaded');
    await page.unroute(MORE_CODE);
    // Moving on to the next field loads the scoring again.
    await widget.field('Archiving revenue').focus();

    await expect.poll(() => storedAnswers(widget)).toEqual({ references: 2 });
    await expect(widget.alert).toBeEmpty();
    await expect(widget.field('Customer references')).toHaveValue('2');
  });

  test('(23) neither claims "Saved" nor scores when no script can load', async ({ page }) => {
    await page.route(ANY_CODE, (route) => route.abort('internetdisconnected'));
    const widget = new SelfAssessmentPage(page);
    await page.goto('/competencies/archiving/');
    await widget.root.scrollIntoViewIfNeeded();

    await widget.field('Archiving revenue').fill('60000');

    await expect(widget.root).not.toContainText('Saved in this browser');
    await expect(widget.root.getByRole('status').first()).toContainText(
      'Your figures are scored and saved once the page has finished loading.',
    );
    expect(await widget.saved()).toBeNull();
  });

  test('(23) says what using shared answers changes and clears, and undoes only that, keeping later edits', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.field('Archiving training').check();
    await widget.fill({ 'Customer references': '2' });
    await widget.saveRevenue(60000);

    await page.goto(archivingLink({ revenue: 70000, satisfaction: 8 }));
    await widget.ready();
    const banner = widget.root.locator('.sa-shared');
    await expect(banner).toContainText('changes Archiving revenue and Customer satisfaction');
    await expect(banner).toContainText('clears Archiving training and Customer references');
    await widget.button('Use these answers').click();
    await expect.poll(() => storedAnswers(widget)).toEqual({ revenue: 70000, satisfaction: 8 });
    await widget.fill({ 'Customer satisfaction': '9', 'Year-over-year growth': '5' });
    await expect.poll(() => storedAnswers(widget)).toEqual({ revenue: 70000, satisfaction: 9, growth: 5 });
    await widget.shareLink();

    await widget.button('Undo using the shared answers').click();

    await expect
      .poll(() => storedAnswers(widget))
      .toEqual({ 'sales-training': true, references: 2, revenue: 60000, satisfaction: 9, growth: 5 });
    await expect(widget.field('Archiving training')).toBeChecked();
    await expect(widget.button('Undo using the shared answers')).toHaveCount(0);
  });

  test('(23) undoes an import without dropping what was typed after it', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.field('Archiving training').check();
    await widget.saveRevenue(60000);
    await widget.root
      .getByLabel('Import answers from a JSON file')
      .setInputFiles(archivingFile({ revenue: 70000 }, {}, 'mine.json'));
    await widget.button('Use these answers').click();
    await expect.poll(() => storedAnswers(widget)).toEqual({ revenue: 70000 });

    await widget.fill({ 'Customer references': '4' });
    await expect.poll(() => storedAnswers(widget)).toEqual({ revenue: 70000, references: 4 });
    await widget.button('Undo the import').click();

    await expect
      .poll(() => storedAnswers(widget))
      .toEqual({ 'sales-training': true, revenue: 60000, references: 4 });
  });

  test('(23) says what a reset clears and can undo it, keeping what was typed after', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.field('Archiving training').check();
    await widget.saveRevenue(60000);

    await widget.button('Reset answers').click();
    const confirm = widget.root.getByRole('group', { name: /Clear/ });
    await expect(confirm).toContainText('Archiving revenue');
    await expect(confirm).toContainText('Archiving training');
    await widget.button('Clear answers').click();
    await expect.poll(() => widget.saved()).toBeNull();
    await widget.fill({ 'Customer references': '3' });
    await expect.poll(() => storedAnswers(widget)).toEqual({ references: 3 });
    await widget.button('Undo the reset').click();

    await expect
      .poll(() => storedAnswers(widget))
      .toEqual({ 'sales-training': true, revenue: 60000, references: 3 });
  });

  test('(23) says which competencies a shared portfolio unticks and undoes it, keeping later edits', async ({
    page,
  }) => {
    const portfolio = new PortfolioPage(page);
    await portfolio.open();
    await portfolio.pick('Archiving').check();
    await portfolio.pick('Mobility').check();
    const archiving = await portfolio.answers('Archiving');
    await archiving.getByLabel('Archiving revenue', { exact: true }).fill('60000');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('competency-assessment:archiving')))
      .toContain('"revenue":60000');
    const fragment = encodePortfolioShare({
      context: { model: 'integrate', region: 'na' },
      entries: [{ slug: 'archiving', rulesVersion: OLD_RULES, answers: { revenue: 70000 } }],
    });

    await page.goto(`/self-assessment/#${fragment}`);
    const banner = page.locator('.sa-shared');
    await expect(banner).toContainText('Archiving revenue');
    await expect(banner).toContainText('Unticks Mobility');
    await page.getByRole('button', { name: 'Use these answers' }).click();
    await expect(portfolio.pick('Mobility')).not.toBeChecked();
    const again = await portfolio.answers('Archiving');
    await again.getByLabel('Customer references', { exact: true }).fill('2');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('competency-assessment:archiving')))
      .toContain('"references":2');
    await page.getByRole('button', { name: 'Undo using the shared portfolio' }).click();

    await expect(portfolio.pick('Mobility')).toBeChecked();
    await expect(again.getByLabel('Archiving revenue', { exact: true })).toHaveValue('60000');
    await expect(again.getByLabel('Customer references', { exact: true })).toHaveValue('2');
    await expect.poll(() => storedChoice(page)).toContain('mobility');
  });

  test('(23) opens share links that a mail client re-encoded and a tracker extended', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    const portfolioLink = encodePortfolioShare({
      context: { model: 'integrate', region: 'na' },
      entries: [{ slug: 'archiving', rulesVersion: OLD_RULES, answers: { revenue: 70000 } }],
    });
    const link = archivingLink({ revenue: 60000 }).split('#')[1] ?? '';

    await page.goto(
      `/competencies/archiving/?utm_source=newsletter#${encodeURIComponent(link)}&amp;fbclid=IwAR0).`,
    );
    await widget.ready();
    await expect(widget.root.getByRole('heading', { name: 'Viewing shared answers' })).toBeVisible();
    await expect(widget.field('Archiving revenue')).toHaveValue('60000');

    await page.goto(`/self-assessment/?utm_medium=email#utm_source=mail&amp;${portfolioLink}.`);
    await expect(page.getByRole('heading', { name: 'Viewing a shared portfolio' })).toBeVisible();
  });

  test('(23) names a portfolio link or export on a competency page, and the reverse, with where to open it', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    const portfolioLink = encodePortfolioShare({
      context: { model: 'integrate', region: 'na' },
      entries: [],
    });
    const portfolioFile = {
      name: 'portfolio.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          format: 'competency-portfolio',
          v: 1,
          context: { model: 'integrate', region: 'na' },
          competencies: [],
        }),
      ),
    };

    await widget.open('archiving', `#${portfolioLink}`);
    await expect(widget.alert).toContainText('holds a whole portfolio, not answers for Archiving');
    await expect(widget.alert).toContainText('Portfolio self-assessment page');
    await widget.root.getByLabel('Import answers from a JSON file').setInputFiles(portfolioFile);
    await expect(widget.alert).toContainText('it is a portfolio export');

    await page.goto(
      `/self-assessment/${archivingLink({ revenue: 1 }).slice('/competencies/archiving/'.length)}`,
    );
    const alert = page.locator('.pf').getByRole('alert');
    await expect(alert).toContainText(
      'the answers of Archiving alone, not a portfolio; open it on the Archiving page',
    );
    await page.getByLabel('Import a portfolio from a JSON file').setInputFiles(archivingFile({ revenue: 1 }));
    await expect(alert).toContainText(
      'the answers of Archiving alone, not a portfolio; import it on the Archiving page',
    );
  });

  test('(23) never calls the rules of a link from another build "earlier"', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);

    await page.goto(archivingLink({ revenue: 60000 }, 'archiving', 'ffffffffffffffff'));
    await widget.ready();

    const banner = widget.root.locator('.sa-shared');
    await expect(banner).toContainText('given under other rules than this page’s');
    await expect(banner).not.toContainText('earlier');
  });
});

/** A saved Archiving entry of the current shape on the Integrate model in North America. */
function archivingEntry(answers: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    v: 1,
    slug: 'archiving',
    rulesVersion: OLD_RULES,
    context: { model: 'integrate', region: 'na' },
    answers,
    savedAt: '2026-11-01T10:00:00.000Z',
    ...extra,
  });
}

const ARCHIVING_KEY = 'competency-assessment:archiving';

test.describe('nothing lost: storage that is full, refused or unreadable', () => {
  test('(S1) shows the saved answers and says once, in a live region, that the browser refuses to save', async ({
    page,
  }) => {
    const seeded = archivingEntry({ revenue: 60000, 'sales-training': true });
    await seedStorageOnce(page, ARCHIVING_KEY, seeded);
    await refuseStorage(page, 'setItem');
    const widget = new SelfAssessmentPage(page);

    await widget.open();

    await expect(widget.field('Archiving revenue')).toHaveValue('60000');
    await expect(widget.field('Archiving training')).toBeChecked();
    const refused = widget.root.getByRole('status').filter({ hasText: 'Your browser refused to save' });
    await expect(refused).toContainText('kept in this tab only');
    await widget.fill({ 'Customer references': '2', 'Certified archiving engineers': '1' });
    await expect(widget.field('Customer references')).toHaveValue('2');
    await expect(refused).toHaveCount(1);
    await expect(widget.root.getByText(/Saved in this browser/)).toHaveCount(0);
    expect(await storedElsewhere(page, ARCHIVING_KEY)).toBe(seeded);
  });

  test('(S1) shows the saved portfolio when the browser refuses to save', async ({ page }) => {
    await seedStorageOnce(page, ARCHIVING_KEY, archivingEntry({ revenue: 60000 }));
    await refuseStorage(page, 'setItem');
    const portfolio = new PortfolioPage(page);

    await portfolio.open();

    await expect(portfolio.pick('Archiving')).toBeChecked();
    const archiving = await portfolio.answers('Archiving');
    await expect(archiving.getByLabel('Archiving revenue', { exact: true })).toHaveValue('60000');
    await expect(page.getByRole('status').filter({ hasText: 'Your browser refused to save' })).toBeVisible();
    await expect(page.getByText(/Saved in this browser/)).toHaveCount(0);
  });

  test('(S2) leaves one unreadable entry untouched, says it could not be read, and Reset clears it for real', async ({
    page,
  }) => {
    const seeded = '{"v":1,"slug":"archiving",';
    await seedStorageOnce(page, ARCHIVING_KEY, seeded);
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await expect(widget.root.getByText(/could not be (read|understood)/)).toBeVisible();

    await widget.fill({ 'Archiving revenue': '5000' });
    await expect(widget.field('Archiving revenue')).toHaveValue('5000');
    expect(await widget.saved()).toBe(seeded);
    await widget.button('Reset answers').click();
    await widget.button('Clear answers').click();

    await expect(
      widget.root.getByRole('status').filter({ hasText: 'Your answers were cleared' }),
    ).toBeVisible();
    expect(await widget.saved()).toBeNull();
    await widget.fill({ 'Archiving revenue': '7000' });
    await expect.poll(() => widget.saved()).toContain('"revenue":7000');
    await expect(widget.root.getByText(/Saved in this browser only/)).toBeVisible();
  });

  test('(S3) says Reset could not clear the saved answers when the browser refuses the removal', async ({
    page,
  }) => {
    const seeded = archivingEntry({ revenue: 60000 });
    await seedStorageOnce(page, ARCHIVING_KEY, seeded);
    await refuseStorage(page, 'removeItem');
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await expect(widget.field('Archiving revenue')).toHaveValue('60000');

    await widget.button('Reset answers').click();
    await widget.button('Clear answers').click();

    await expect(widget.root.getByText(/refused to clear/)).toBeVisible();
    await expect(widget.root.getByText('Your answers were cleared.')).toHaveCount(0);
    expect(await widget.saved()).toBe(seeded);
  });

  test('(S4) never says "Saved in this browser" on the portfolio while the browser refuses to read', async ({
    page,
  }) => {
    await seedStorageOnce(page, ARCHIVING_KEY, archivingEntry({ revenue: 60000 }));
    await refuseStorage(page, 'getItem');
    const portfolio = new PortfolioPage(page);
    await portfolio.open();

    await portfolio.pick('Mobility').check();
    const mobility = await portfolio.answers('Mobility');
    await mobility.getByLabel('Mobility revenue', { exact: true }).fill('5000');

    await expect(page.getByText(/could not read what is saved/)).toBeVisible();
    await expect(page.getByText(/Saved in this browser/)).toHaveCount(0);
    expect(await storedElsewhere(page, ARCHIVING_KEY)).toBe(archivingEntry({ revenue: 60000 }));
  });

  test('(S5) hides only the one bad value of a saved entry and shows every valid one', async ({ page }) => {
    await seedStorageOnce(
      page,
      ARCHIVING_KEY,
      archivingEntry({ revenue: 60000, references: 'two', 'sales-training': true, growth: -4 }),
    );
    const widget = new SelfAssessmentPage(page);

    await widget.open();

    await expect(widget.field('Archiving revenue')).toHaveValue('60000');
    await expect(widget.field('Archiving training')).toBeChecked();
    await expect(widget.field('Customer references')).toHaveValue('');
    const note = widget.root.getByRole('status').filter({ hasText: 'left out' });
    await expect(note).toContainText('Customer references');
    await expect(note).toContainText('Year-over-year growth');
    await expect(widget.root.getByText(/could not be read/)).toHaveCount(0);
  });
});

test.describe('nothing lost: other tabs', () => {
  test('(T1) notices answers cleared in another tab and never writes them back', async ({ context }) => {
    const a = new SelfAssessmentPage(await context.newPage());
    await a.open();
    await a.fill({ 'Archiving revenue': '60000', 'Customer references': '2' });
    await expect.poll(() => a.saved()).toContain('"references":2');
    const b = await context.newPage();
    await b.goto('/404.html');

    await b.evaluate(() => localStorage.clear());

    await expect(a.root.getByRole('status').filter({ hasText: 'cleared in another tab' })).toBeVisible();
    await expect(a.field('Archiving revenue')).toHaveValue('');
    await a.fill({ 'Certified archiving engineers': '1' });
    await expect.poll(() => a.saved()).toContain('"technical-exam":1');
    expect(await storedAnswers(a)).toEqual({ 'technical-exam': 1 });
  });

  test("(T2) keeps the model and region picked in one tab over an older tab's next edit", async ({
    context,
  }) => {
    const older = new SelfAssessmentPage(await context.newPage());
    await older.open();
    await older.saveRevenue(60000);
    const newer = new SelfAssessmentPage(await context.newPage());
    await newer.open();
    await newer.root.getByLabel('Business model', { exact: true }).selectOption('resell');
    await newer.root.getByLabel('Region', { exact: true }).selectOption('emea');
    await expect.poll(() => newer.saved()).toContain('"region":"emea"');

    await older.fill({ 'Customer references': '2' });

    await expect.poll(() => older.saved()).toContain('"references":2');
    expect(await older.saved()).toContain('"model":"resell","region":"emea"');
    await expect(older.root.getByLabel('Business model', { exact: true })).toHaveValue('resell');
    const portfolio = new PortfolioPage(newer.page);
    await portfolio.open();
    await expect(newer.page.getByLabel('Region', { exact: true })).toHaveValue('emea');
  });

  test('(T2) saves a region picked right after a business model, before the first pick was saved', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.saveRevenue(60000);
    const model = widget.root.getByLabel('Business model', { exact: true });
    const region = widget.root.getByLabel('Region', { exact: true });
    // The scoring code is loaded: both picks take effect at once.
    await model.focus();

    // The region is picked the moment the page has drawn the first pick, before that drawing was saved.
    await page.evaluate(() => {
      const root = document.querySelector('#self-assessment .sa')!;
      const select = (label: string) =>
        [...root.querySelectorAll('select')].find((s) => s.labels[0]?.textContent?.trim() === label)!;
      const picked = (s: HTMLSelectElement, value: string) => {
        s.value = value;
        s.dispatchEvent(new Event('change', { bubbles: true }));
      };
      const drawn = new MutationObserver(() => {
        drawn.disconnect();
        picked(select('Region'), 'emea');
      });
      drawn.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
      picked(select('Business model'), 'resell');
    });

    await expect(region).toHaveValue('emea');
    await expect(model).toHaveValue('resell');
    await expect.poll(() => widget.saved()).toContain('"model":"resell","region":"emea"');
  });

  test('(T3) loses nothing when five tabs type at once into the same competency', async ({ context }) => {
    // Five pages of one browser on a shared machine: each opens and hydrates in turn.
    test.slow();
    const pages = await Promise.all(
      Array.from({ length: 5 }, async () => {
        const widget = new SelfAssessmentPage(await context.newPage());
        await widget.open();
        return widget;
      }),
    );
    const figures = [
      ['Certified archiving engineers', '3', '"technical-exam":3'],
      ['Archiving revenue', '250000', '"revenue":250000'],
      ['Year-over-year growth', '12', '"growth":12'],
      ['Customer references', '4', '"references":4'],
      ['Customer satisfaction', '9', '"satisfaction":9'],
    ] as const;

    await Promise.all(pages.map((w, i) => w.field(figures[i]?.[0] ?? '').fill(figures[i]?.[1] ?? '')));

    for (const [, , saved] of figures) await expect.poll(() => pages[0]?.saved()).toContain(saved);
    for (const w of pages)
      for (const [label, value] of figures) await expect(w.field(label)).toHaveValue(value);

    await Promise.all(pages.map((w, i) => w.field('Customer references').fill(String(10 + i))));

    await expect
      .poll(async () => {
        const values = await Promise.all(pages.map((w) => w.field('Customer references').inputValue()));
        const stored = JSON.parse((await pages[0]?.saved()) ?? '{}') as { answers?: { references?: number } };
        return new Set([...values, String(stored.answers?.references)]).size;
      })
      .toBe(1);
    const last = pages.at(-1) ?? pages[0];
    for (const [label, value] of figures.filter(([label]) => label !== 'Customer references'))
      if (last) await expect(last.field(label)).toHaveValue(value);
  });
});

test.describe('nothing lost: old and odd saved data', () => {
  test('(O1) reads an old entry with an out-of-range time and saves the next edit', async ({ page }) => {
    const old = { model: 'integrate', region: 'na', rules: 'x', answers: { revenue: '60000' }, t: 1e20 };
    await seedStorageOnce(page, ARCHIVING_KEY, JSON.stringify(old));
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await expect(widget.field('Archiving revenue')).toHaveValue('60000');

    await widget.fill({ 'Customer references': '2' });

    await expect.poll(() => widget.saved()).toContain('"references":2');
    expect(await widget.saved()).toContain('"revenue":60000');
  });

  test('(O2) keeps the text figures of an old entry when migrating it', async ({ page }) => {
    const old = { model: 'integrate', region: 'na', rules: 'x', answers: { revenue: '40,000' }, t: 0 };
    await seedStorageOnce(page, ARCHIVING_KEY, JSON.stringify(old));
    const widget = new SelfAssessmentPage(page);

    await widget.open();

    // "40,000" reads two ways (forty thousand, or forty): it comes back as typed, with the question.
    await expect(widget.field('Archiving revenue')).toHaveValue('40,000');
  });
});
