import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { axeFindings, formatFindings } from './helpers/gates.ts';
import { seedStorageOnce } from './helpers/storage.ts';
import { actionPlanHeadings } from '../../src/engine/action-plan.ts';
import { translator } from '../../src/text/text.ts';

const HEADINGS = actionPlanHeadings(translator('en'));
import { ARCHIVING_EXPERT, SelfAssessmentPage } from './pages/self-assessment.ts';

/** Fails with the list of axe violations in the widget's current state. */
async function expectAccessible(page: Page, state: string): Promise<void> {
  const findings = await axeFindings(page);

  expect(formatFindings(state, findings)).toBe('');
}

test.describe('self-assessment widget', () => {
  test('returns Expert when every requirement is met, and axe finds nothing empty or answered', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.expectLevel('None');
    await expectAccessible(page, 'empty');

    await widget.meetArchivingExpert();

    await expect(widget.summary).toContainText('Every level is achieved');
    await expect(widget.bar.getByText(/^Expert: (\d+) of \1 met, 100% ready$/)).toBeVisible();
    await expectAccessible(page, 'expert');
  });

  test('returns Principal with the gap named when an Expert-only requirement is cleared', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.meetArchivingExpert();

    await widget.field('Year-over-year growth').fill('');

    await widget.expectLevel('Principal');
    await expect(widget.missing('Expert')).toContainText('Year-over-year growth');
    await expect(widget.root.getByRole('row', { name: /Year-over-year growth/ })).toContainText(
      'Not answered',
    );
    await expectAccessible(page, 'principal');
  });

  test('returns four distinct states, each with its words and icon', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();

    await widget.field('Archiving training').check();
    await widget.fill({ 'Archiving revenue': '100000', 'Customer references': '0' });

    // A cell states a level's target and its state; one carried up unchanged spans both levels.
    const expert = (name: RegExp) =>
      widget.root.getByRole('row', { name }).locator('td[data-label~="Expert"]');
    await expect(expert(/Archiving training/)).toContainText('Met');
    await expect(expert(/Archiving revenue/)).toContainText('Partly met (50%)');
    await expect(expert(/Customer references/)).toContainText('Not met');
    await expect(expert(/Customer satisfaction/)).toContainText('Not answered');
    await expectAccessible(page, 'partly answered');
  });

  test('shows the result under announced rules only once the partner answers, not when the scoring code arrives', async ({
    page,
  }) => {
    // Endpoint Management announces rules from a date after this build's day; its page says the result under
    // both rules shows "once you answer".
    const widget = new SelfAssessmentPage(page);
    await widget.open('endpoint-management');
    await page.waitForLoadState('networkidle');
    // The scoring code is fetched once the widget is in view and started when the browser is idle.
    for (let i = 0; i < 3; i += 1)
      await page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null))));
    const announced = widget.root.getByRole('heading', { name: /^Your result under the rules from/ });
    await expect(widget.summary).toContainText('Level achieved:');
    await expect(announced).toHaveCount(0);

    await widget.fill({ 'Customer references': '1' });

    await expect(announced).toBeVisible();
  });

  test('keeps the answers after a reload', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.meetArchivingExpert();
    await expect(widget.root.getByText(/Saved in this browser only \(last saved/)).toBeVisible();
    // Every field saves on its own edit; reload once the last one (satisfaction) is stored.
    await expect.poll(() => widget.saved()).toContain('"satisfaction":9');

    await page.reload();
    await widget.ready();

    await widget.expectLevel('Expert');
    await expect(widget.field('Archiving revenue')).toHaveValue('250000');
    await expect(widget.field('Archiving training')).toBeChecked();
  });

  test('shows an inline message for bad input, counts the field as unanswered and keeps the text over a reload', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.saveRevenue(60000);

    for (const bad of ['-5', 'lots', '9999999999999999']) {
      await widget.field('Archiving revenue').fill(bad);

      await expect(widget.field('Archiving revenue')).toHaveAttribute('aria-invalid', 'true');
      await expect(widget.field('Archiving revenue')).toHaveAccessibleDescription(/Archiving revenue: /);
      // Not scored on the saved 60,000 while the text is invalid: unanswered at every level.
      const row = widget.root.getByRole('row', { name: /Archiving revenue/ });
      await expect(row.locator('td[data-label="Principal"]')).toContainText('Not answered');
      await expect(row.locator('td[data-label="Expert"]')).toContainText('Not answered');
    }
    await expect(widget.root).not.toContainText('NaN');
    await expectAccessible(page, 'bad input');
    // A field whose text is no answer has no saved answer: an older figure never comes back as if typed.
    await expect.poll(() => widget.saved()).not.toContain('"revenue":60000');

    await page.reload();
    await widget.ready();
    await expect(widget.field('Archiving revenue')).toHaveValue('9999999999999999');
    await expect(widget.field('Archiving revenue')).toHaveAccessibleDescription(/too large/);
  });

  test('restores shared answers in a fresh browser, replacing saved ones only on "Use these answers"', async ({
    page,
    browser,
  }) => {
    const sender = new SelfAssessmentPage(page);
    await sender.open();
    await sender.meetArchivingExpert();
    const link = await sender.shareLink();
    const context = await browser.newContext();
    const mine = new SelfAssessmentPage(await context.newPage());
    await mine.open();
    const before = await mine.saveRevenue(1000);
    const other = new SelfAssessmentPage(await context.newPage());

    await other.page.goto(link);

    // No scrolling here: the page brings the widget into view for a share link by itself.
    await expect(other.root.getByRole('heading', { name: 'Viewing shared answers' })).toBeInViewport();
    await other.ready();
    await other.expectLevel('Expert');
    await expect(other.field('Archiving revenue')).toHaveValue('250000');
    await expect(other.field('Archiving revenue')).toBeDisabled();
    expect(await other.saved()).toBe(before);
    await expectAccessible(other.page, 'shared');

    await other.button('Use these answers').click();

    await expect(other.root.getByRole('heading', { name: 'Viewing shared answers' })).toHaveCount(0);
    expect(new URL(other.page.url()).hash).toBe('');
    await expect.poll(() => other.saved()).toContain('"revenue":250000');
    await mine.page.reload();
    await mine.ready();
    await mine.expectLevel('Expert');
    await context.close();
  });

  test('keeps the saved answers when "Keep my answers" is chosen', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const { link, before } = await widget.shareExpertThenChange();

    await page.goto(link);
    await widget.ready();
    await widget.button('Keep my answers').click();

    await expect(widget.field('Archiving revenue')).toHaveValue('1000');
    expect(await widget.saved()).toBe(before);
  });

  test('closes the banner in the click that uses shared answers, renders the rest after its paint, and keeps them for a page left at once', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const { link } = await widget.shareExpertThenChange();
    await page.goto(link);
    await widget.ready();
    await expect(widget.field('Archiving revenue')).toHaveValue('250000');

    const seen = await widget.root.evaluate((root) => {
      [...root.querySelectorAll('button')].find((b) => b.textContent === 'Use these answers')?.click();
      const inTheClick = {
        banner: root.querySelector('.sa-shared') !== null,
        actions: root.querySelector('.sa-actions') !== null,
        focused: document.activeElement?.id,
      };
      dispatchEvent(new PageTransitionEvent('pagehide'));
      return { inTheClick, stored: localStorage.getItem('competency-assessment:archiving') };
    });

    expect(seen.inTheClick).toEqual({ banner: false, actions: false, focused: 'sa-h' });
    expect(seen.stored).toContain('"revenue":250000');
    await expect(widget.root.locator('.sa-actions')).toBeVisible();
    await expect(widget.field('Archiving revenue')).toBeEnabled();
    await expect(widget.field('Archiving revenue')).toHaveValue('250000');
    await widget.expectLevel('Expert');
  });

  test('rejects a tampered share link with a message and changes nothing', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const { link, before } = await widget.shareExpertThenChange();
    const body = link.indexOf('#a=') + 10;
    const tampered = link.slice(0, body) + (link[body] === 'A' ? 'B' : 'A') + link.slice(body + 1);

    await page.goto(tampered);
    await widget.ready();

    await expect(widget.alert).toContainText('This share link is damaged or incomplete');
    await expect(widget.root.getByRole('heading', { name: 'Viewing shared answers' })).toHaveCount(0);
    await expect(widget.field('Archiving revenue')).toHaveValue('1000');
    expect(await widget.saved()).toBe(before);
    await expectAccessible(page, 'tampered link');
  });

  test('rejects a bad import file with a message and changes nothing', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const before = await widget.saveRevenue(1000);
    const input = widget.root.getByLabel('Import answers from a JSON file');
    const files = [
      { text: '{ not json', message: 'it is not valid JSON' },
      {
        text: JSON.stringify({
          format: 'competency-self-assessment',
          v: 1,
          slug: 'mobility',
          title: 'Mobility',
        }),
        message: 'it holds answers for Mobility, not Archiving',
      },
      {
        text: JSON.stringify({
          format: 'competency-self-assessment',
          v: 1,
          slug: 'archiving',
          rulesVersion: 'x',
          context: { model: 'integrate', region: 'na' },
          answers: { revenue: -4 },
        }),
        message: 'The file was not imported',
      },
    ];

    for (const file of files) {
      await input.setInputFiles({
        name: 'answers.json',
        mimeType: 'application/json',
        buffer: Buffer.from(file.text),
      });

      await expect(widget.alert).toContainText(file.message);
      await expect(widget.field('Archiving revenue')).toHaveValue('1000');
    }
    expect(await widget.saved()).toBe(before);
    await expectAccessible(page, 'bad import');
  });

  test('imports an exported file and exports an action plan of the unmet requirements', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.field('Archiving training').check();
    await widget.fill({
      'Certified archiving engineers': '1',
      'Archiving revenue': '60000',
      'Customer references': '1',
    });
    await widget.expectLevel('Principal');

    const csvDownload = page.waitForEvent('download');
    await widget.button('Export action plan (CSV)').click();
    const csv = await readFile((await (await csvDownload).path()) ?? '', 'utf8');
    const jsonDownload = page.waitForEvent('download');
    await widget.button('Export answers (JSON)').click();
    const json = await (await jsonDownload).path();

    expect((await csvDownload).suggestedFilename()).toBe('archiving-action-plan.csv');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(HEADINGS.join(','));
    // The columns before the requirement (competency, level, context, rules, date) hold no comma here.
    const requirement = HEADINGS.indexOf('Requirement');
    expect(lines.slice(1).map((l) => l.split(',')[requirement])).toEqual([
      'Certified archiving engineers',
      'Archiving revenue',
      'Year-over-year growth',
      'Customer references',
      'Customer satisfaction',
    ]);
    expect(csv).not.toContain('Archiving training');

    await widget.button('Reset answers').click();
    await widget.button('Clear answers').click();
    await widget.expectLevel('None');
    await widget.root.getByLabel('Import answers from a JSON file').setInputFiles(json);
    await widget.expectLevel('Principal');
    await widget.button('Use these answers').click();
    await widget.expectLevel('Principal');
    await expect(widget.root.getByRole('status').filter({ hasText: 'Imported the answers' })).toBeVisible();
  });

  test('re-scores an import made under other rules and lists the verdicts that changed', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const older = {
      format: 'competency-self-assessment',
      v: 1,
      slug: 'archiving',
      title: 'Archiving',
      rulesVersion: '0000000000000000',
      context: { model: 'integrate', region: 'na' },
      answers: { 'sales-training': true, 'technical-exam': 1, revenue: 60000, references: 1 },
      verdicts: {
        offered: true,
        achieved: 'expert',
        levels: {
          expert: { met: true, requirements: { revenue: { status: 'met', label: 'Archiving revenue' } } },
        },
      },
      exportedAt: '2026-01-01T00:00:00.000Z',
    };

    await widget.root.getByLabel('Import answers from a JSON file').setInputFiles({
      name: 'older.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(older)),
    });

    await widget.expectLevel('Principal');
    const note = widget.root.locator('.sa-shared');
    await expect(note).toContainText('older.json');
    await expect(note).toContainText('given under other rules than this page’s');
    await expect(note).toContainText('Level achieved: Expert → Principal');
    await expect(note).toContainText('Archiving revenue at Expert: met → partly met');
    await widget.button('Use these answers').click();
    await expect(
      widget.root.getByRole('status').filter({ hasText: 'Imported the answers from older.json' }),
    ).toBeVisible();
    await widget.expectLevel('Principal');
  });

  test('keeps working in memory, and says so, when the browser blocks storage', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    const widget = new SelfAssessmentPage(page);
    await widget.open();

    await widget.meetArchivingExpert();

    await expect(widget.root.getByText(/does not allow saving/)).toBeVisible();
    await expectAccessible(page, 'storage blocked');
  });

  test('never writes over saved answers when reading storage fails, and says why', async ({ page }) => {
    const seeded = JSON.stringify({
      v: 1,
      slug: 'archiving',
      rulesVersion: 'x',
      context: { model: 'integrate', region: 'emea' },
      answers: { revenue: 60000 },
      savedAt: '2026-11-01T10:00:00.000Z',
    });
    await page.addInitScript((text) => {
      const real = Storage.prototype.getItem.bind(localStorage);
      Storage.prototype.setItem.call(localStorage, 'competency-assessment:archiving', text);
      Object.assign(window, { realGetItem: (key: string) => real(key) });
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
    }, seeded);
    const widget = new SelfAssessmentPage(page);
    await widget.open();

    await widget.meetArchivingExpert();

    await expect(widget.root.getByText(/Saved in this browser only/)).toHaveCount(0);
    await expect(widget.root.getByText(/could not read what is saved/)).toBeVisible();
    const stored = await page.evaluate(() =>
      (window as unknown as { realGetItem(key: string): string | null }).realGetItem(
        'competency-assessment:archiving',
      ),
    );
    expect(stored).toBe(seeded);
  });

  for (const [kind, text] of [
    ['from a newer version', JSON.stringify({ v: 2, slug: 'archiving', answers: { revenue: 5 } })],
    ['that is corrupt', '{"v":1,"slug":"archiving",'],
  ] as const) {
    test(`keeps saved data ${kind} untouched by edits, works in memory and offers it as a file`, async ({
      page,
    }) => {
      await seedStorageOnce(page, 'competency-assessment:archiving', text);
      const widget = new SelfAssessmentPage(page);
      await widget.open();

      await widget.meetArchivingExpert();

      await expect(widget.root.getByText(/Saved in this browser only/)).toHaveCount(0);
      await expect(widget.root.getByText(/kept in this tab only/)).toBeVisible();
      expect(await widget.saved()).toBe(text);
      const download = page.waitForEvent('download');
      await widget.button('Download the saved data').click();
      const file = await (await download).path();
      expect(await readFile(file, 'utf8')).toBe(text);
    });
  }

  test('keeps the answers of two tabs, and tells a tab when another changed its view', async ({
    context,
  }) => {
    const a = new SelfAssessmentPage(await context.newPage());
    const b = new SelfAssessmentPage(await context.newPage());
    await a.open();
    await b.open();

    await a.page.bringToFront();
    await a.field('Archiving training').check();
    await a.fill({ 'Archiving revenue': '60000' });
    await expect.poll(() => a.saved()).toContain('"revenue":60000');
    await b.page.bringToFront();
    await b.fill({ 'Customer references': '2' });
    await expect.poll(() => b.saved()).toContain('"references":2');
    await a.page.bringToFront();
    await a.fill({ 'Archiving revenue': '70000' });
    await expect.poll(() => a.saved()).toContain('"revenue":70000');

    const stored = JSON.parse((await a.saved()) ?? '{}') as { answers: Record<string, unknown> };
    expect(stored.answers).toMatchObject({ revenue: 70000, references: 2 });
    expect(Object.values(stored.answers)).toContain(true);
    await expect(b.field('Archiving revenue')).toHaveValue('70000');
    await expect(b.field('Archiving training')).toBeChecked();
    await expect(a.field('Customer references')).toHaveValue('2');
    await b.page.bringToFront();
    await b.fill({ 'Archiving revenue': '80000' });
    await expect(a.field('Archiving revenue')).toHaveValue('80000');
    await expect(a.root.getByRole('status').filter({ hasText: /another tab/ })).toBeVisible();
  });

  test('keeps a figure emptied and typed again before the emptied form was saved', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.fill({ 'Customer satisfaction': '8.2' });
    await expect.poll(() => widget.saved()).toContain('"satisfaction":8.2');

    // Emptied, rendered, then typed again before the emptied answers' save has run.
    await widget.field('Customer satisfaction').evaluate(async (box: HTMLInputElement) => {
      const type = (text: string) => {
        box.value = text;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      };
      type('');
      await new Promise((settled) => setTimeout(settled));
      type('8.2');
    });

    await expect(widget.root.locator('.sa-echo').filter({ hasText: /^= Read as 8\.2$/ })).toBeVisible();
    await expect(widget.root.getByRole('row', { name: /Customer satisfaction/ })).toContainText('Met');
    await page.waitForTimeout(500);
    expect(await widget.saved()).toContain('"satisfaction":8.2');
    await expect(widget.root.locator('.sa-echo').filter({ hasText: /^= Read as 8\.2$/ })).toBeVisible();
  });

  test.describe('a keystroke whose render still waits for a paint', () => {
    let widget: SelfAssessmentPage;
    test.beforeEach(async ({ page }) => {
      widget = new SelfAssessmentPage(page);
      await widget.open();
      // The scoring code is in once a first figure is scored.
      await widget.field('Archiving revenue').fill('250000');
      await expect(widget.bar).toContainText('Principal: 1 of');
    });

    test('is painted before the verdict it changes is rendered, which follows', async () => {
      const seen = await widget.keystrokeThen('Customer references', '3');

      expect(seen.inTheTask).toBe(seen.before);
      await expect(widget.field('Customer references')).toHaveValue('3');
      await expect(widget.bar).toContainText('Principal: 2 of');
      expect(await widget.bar.textContent()).not.toBe(seen.before);
      await expect.poll(() => widget.saved()).toContain('"references":3');
    });

    test('goes into an export clicked right after it', async ({ page }) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        widget.keystrokeThen('Customer references', '3', { button: 'Export answers (JSON)' }),
      ]);

      const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
        answers: Record<string, unknown>;
      };
      expect(exported.answers).toMatchObject({ revenue: 250000, references: 3 });
    });

    test('leaves a box ticked right after it ticked', async () => {
      await widget.keystrokeThen('Customer references', '3', { click: '#sa-sales-training' });

      await expect(widget.field('Archiving training')).toBeChecked();
      await expect(widget.bar).toContainText('Principal: 3 of');
      await expect.poll(() => widget.saved()).toContain('"sales-training":true');
    });
  });

  test('grows nothing above the Services Expert check when the scoring code starts on the first focus', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const check = widget.root.getByText('Check Services Expert eligibility');
    // Its place on the page (focusing a field may scroll it into view).
    const top = () => check.evaluate((el) => el.getBoundingClientRect().top + scrollY);
    const before = await top();

    // The code is fetched once the widget is in view; it starts, and renders its part, on the first focus.
    await widget.field('Archiving training').focus();
    // The evidence pack's buttons come with the rest of that part, in the same render.
    await expect(widget.button('Evidence pack (XLSX)')).toBeVisible();

    expect(await top()).toBe(before);
  });

  test('resets only after the inline confirmation', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.meetArchivingExpert();

    await widget.button('Reset answers').click();
    await expect(widget.button('Clear answers')).toBeFocused();
    await expectAccessible(page, 'confirm reset');
    await widget.button('Cancel').click();
    await expect(widget.button('Reset answers')).toBeFocused();
    await widget.expectLevel('Expert');
    await widget.button('Reset answers').click();
    await widget.button('Clear answers').click();

    await widget.expectLevel('None');
    await expect(widget.field('Archiving revenue')).toHaveValue('');
    expect(await widget.saved()).toBeNull();
  });

  test('takes the business model and region from the page address', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);

    await widget.open('archiving', '?model=resell&region=emea');

    await expect(widget.root.getByLabel('Business model')).toHaveValue('resell');
    await expect(widget.root.getByLabel('Region')).toHaveValue('emea');
    await expect(widget.field('Certified archiving engineers')).toHaveCount(0);
  });

  test('ticks a box on the first tap on a phone, then brings its row into view below the result bar', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 900 });
    const widget = new SelfAssessmentPage(page);
    await widget.open('archiving', '?model=resell&region=emea');
    await expect(widget.root.getByLabel('Business model')).toHaveValue('resell');
    const box = widget.field('Archiving training');

    await box.check();

    await expect(box).toBeChecked();
    await expect
      .poll(async () => {
        const [bar, row] = [
          await widget.bar.boundingBox(),
          await box.locator('xpath=ancestor::tr').boundingBox(),
        ];
        return bar !== null && row !== null && row.y >= bar.y + bar.height;
      })
      .toBe(true);
  });

  test('keeps both the business model and the region picked while the scoring code is still loading', async ({
    page,
  }) => {
    // The scoring code arrives only once both choices are made, as on a slow connection.
    let arrive = () => {};
    const held = new Promise<void>((resolve) => (arrive = resolve));
    await page.route('**/_astro/more.*.js', async (route) => {
      await held;
      await route.continue();
    });
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const model = widget.root.getByLabel('Business model');
    const region = widget.root.getByLabel('Region');

    await model.selectOption('resell');
    await region.selectOption('emea');
    arrive();

    await expect.poll(() => widget.saved()).toContain('"region":"emea"');
    expect(await widget.saved()).toContain('"model":"resell"');
    await expect(model).toHaveValue('resell');
    await expect(region).toHaveValue('emea');
    // Opened again without the choices in its address: they come from what was saved.
    await widget.open();
    await expect(model).toHaveValue('resell');
    await expect(region).toHaveValue('emea');
  });

  test('says so, instead of scoring, where the competency is not offered', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);

    await widget.open('mobility', '?region=latam');

    await expect(widget.root.getByLabel('Region')).toHaveValue('latam');
    await expect(widget.root.getByRole('option', { name: 'Latin America (not offered*)' })).toHaveCount(1);
    await expect(widget.summary).toContainText('is not offered in');
    // Where a competency is offered is an example, so the sentence carries the mark.
    await expect(widget.summary).toContainText('NA, EMEA, APJ. (illustrative)');
    await expect(widget.root.getByText(/^(Met|Partly met|Not met|Not answered)/)).toHaveCount(0);
    await expectAccessible(page, 'not offered');
  });

  test('can be done by keyboard alone: Tab, Space and typing', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const focused = () => page.evaluate(() => document.activeElement?.id ?? '');
    for (let i = 0; i < 80 && (await focused()) !== 'sa-model'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('sa-model');

    // The region, the result bar's links (what is missing, how this is scored, how to apply), then the first field.
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('sa-sales-training');
    await page.keyboard.press('Space');
    // Each field is followed by its help and evidence disclosure.
    for (const value of Object.values(ARCHIVING_EXPERT)) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.type(value);
    }

    await widget.expectLevel('Expert');
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let i = 0; i < 30 && (await focusedText()) !== 'Reset answers'; i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(widget.button('Clear answers')).toBeFocused();
    await page.keyboard.press('Space');
    await widget.expectLevel('None');
    await expect(widget.button('Reset answers')).toBeFocused();
  });

  test('shows the Services Expert verdict on an area page from the designation’s own requirements', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.meetArchivingExpert();
    await widget.fill({ 'Archiving revenue': '100000' });
    await widget.expectLevel('Principal');

    await widget.root.getByText('Check Services Expert eligibility').click();
    const designation = widget.root.getByRole('group', { name: 'Services Expert requirements' });
    await designation.getByLabel('Master Specialist status').check();
    await designation.getByLabel('Certified delivery consultants').fill('3');
    await designation.getByLabel('Customer references').fill('3');
    await designation.getByLabel('Customer satisfaction').fill('9');

    const verdict = widget.root.getByRole('status').filter({ hasText: /^\s*Services Expert:/ });
    await expect(verdict).toContainText('Services Expert: Every requirement met.');
    await expectAccessible(page, 'services expert');
    // The area's own figures are the area's level, not part of the designation.
    await widget.field('Certified archiving engineers').fill('1');
    await expect(verdict).toContainText('Services Expert: Every requirement met.');
    await designation.getByLabel('Customer references').fill('2');
    await expect(verdict).toContainText('Not every requirement met yet');
    await expect(verdict.getByRole('listitem')).toHaveText([
      /^Customer references: 1 more customer reference/,
    ]);
  });

  test('runs the whole flow with no CSP violation or console error', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /content security policy/i.test(message.text()))
        problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const widget = new SelfAssessmentPage(page);
    await widget.open();

    await widget.meetArchivingExpert();
    await widget.root.getByText('Check Services Expert eligibility').click();
    await widget.field('Master Specialist status').check();
    await expect(
      widget.root.getByRole('status').filter({ hasText: 'Services Expert: Not every requirement met yet' }),
    ).toBeVisible();
    const download = page.waitForEvent('download');
    await widget.button('Export action plan (CSV)').click();
    await download;
    await page.goto(await widget.shareLink());
    await widget.ready();
    await widget.button('Use these answers').click();

    await widget.expectLevel('Expert');
    expect(problems).toEqual([]);
  });

  test('shows a printable checklist when JavaScript is off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto('/competencies/archiving/');

    // Text and role locators do not look inside <noscript>, so the checklist is found by its class.
    const checklist = page.locator('.sa-checklist');
    await expect(checklist).toBeVisible();
    await expect(checklist).toContainText('The interactive self-assessment needs JavaScript.');
    await expect(checklist.locator('caption').first()).toHaveText(
      'Archiving checklist for Integrate partners',
    );
    await expect(checklist.locator('thead th').last()).toHaveText('Your figure');
    // Beside the evidence, how a partner record counts, each rule with its mark.
    await expect(
      checklist
        .locator('.sa-counting [data-illustrative]', { hasText: 'A pass counts for 24 months' })
        .first(),
    ).toBeVisible();
    await expect(page.locator('.sa-app')).toBeHidden();
    await context.close();
  });
});

test.describe('self-assessment widget in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('returns no axe violations empty and at Expert', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await expectAccessible(page, 'dark empty');

    await widget.meetArchivingExpert();

    await expectAccessible(page, 'dark expert');
  });
});
