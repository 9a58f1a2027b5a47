import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import type { PartnerRecord } from '../../src/schemas/record.ts';
import { recentQuarters } from '../../src/islands/workspace/quarters.ts';
import { localDay } from '../../src/util/dates.ts';
import { ON_LATER, RECORD, STORED_RECORD, TODAY } from '../helpers/record-fixture.ts';
import { refuseStorage, storedElsewhere } from './helpers/storage.ts';
import { WorkspacePage } from './pages/workspace.ts';

const RECORD_KEY = 'competency-record';

/** The last eight quarters as the grid names them, oldest first, e.g. "Q1 2025". */
const QUARTERS = recentQuarters(localDay(new Date()), 8).map((q) => `Q${q.slice(-1)} ${q.slice(0, 4)}`);

/** The record as stored in the page's browser, parsed. */
async function stored(ws: WorkspacePage) {
  const text = await ws.page.evaluate((key) => localStorage.getItem(key), RECORD_KEY);
  return text === null
    ? null
    : (JSON.parse(text) as { v: number; record: Record<string, Record<string, unknown>> });
}

test.describe('partner record page', () => {
  test('keeps people with staggered passes, bookings and references over a reload', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.open();

    await ws.addPerson('AK');
    await ws.addPerson('E-1042');
    await ws.addPass('AK', 'Gateway Security Technical Specialist', '2025-03-14');
    await ws.addPass('AK', 'Gateway Security Sales Foundations', '2024-11-02');
    await ws.addPass('E-1042', 'Gateway Security Technical Specialist', '2026-06-30');
    await expect(ws.said).toHaveText(
      'Added Gateway Security Technical Specialist for E-1042, passed on 30 June 2026.',
    );
    for (const [i, amount] of ['12,000', '18500', '20 000', 'USD 9500', '31k', '25000'].entries())
      await ws.book('Gateway Security', QUARTERS[i + 2] ?? '', amount);
    // "12,000" reads either way on an English page: the page asks which one is meant.
    await ws.page.getByRole('button', { name: 'USD 12,000' }).click();
    await ws.addReference('Gateway Security', 'Customer A', '2026-02-10');
    await ws.addReference('Gateway Security', 'Customer B', '2025-09-01');
    await page.reload();
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);

    await expect(ws.person('AK').getByRole('row')).toHaveCount(3);
    await expect(ws.person('AK').getByRole('cell', { name: '14 March 2025' })).toBeVisible();
    await expect(
      ws.person('E-1042').getByRole('cell', { name: 'Gateway Security Technical Specialist', exact: true }),
    ).toBeVisible();
    await expect(ws.booking('Gateway Security', QUARTERS[2] ?? '')).toHaveValue('12,000');
    await expect(ws.booking('Gateway Security', QUARTERS[5] ?? '')).toHaveValue('9,500');
    await expect(ws.booking('Gateway Security', QUARTERS[6] ?? '')).toHaveValue('31,000');
    await expect(ws.booking('Gateway Security', QUARTERS[0] ?? '')).toHaveValue('');
    await expect(ws.references).toHaveCount(2);
    const record = (await stored(ws))?.record;
    expect(Object.keys(record?.['people'] ?? {})).toHaveLength(2);
    expect(Object.keys(record?.['credentials'] ?? {})).toHaveLength(3);
    expect(Object.values(record?.['bookings'] ?? {}).map((b) => (b as { amount: number }).amount)).toEqual(
      expect.arrayContaining([12000, 18500, 20000, 9500, 31000, 25000]),
    );
  });

  test('says why an amount is not read, and reads it once corrected', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.open();
    const box = ws.booking('Archiving', QUARTERS[7] ?? '');

    await ws.book('Archiving', QUARTERS[7] ?? '', '50.000 €');

    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(ws.said).toContainText('Archiving');
    expect(await stored(ws)).toBeNull();
    await ws.book('Archiving', QUARTERS[7] ?? '', '50000');
    await expect(box).not.toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveValue('50,000');
  });

  test('says why a survey score is not read, and adds it once it is', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.open();
    const section = page.getByRole('region', { name: 'Satisfaction results' });
    await section.getByLabel('Competency').selectOption({ label: 'Gateway Security' });
    const score = section.getByRole('textbox', { name: /^Score/ });
    await score.fill('eleven');
    await section.getByLabel('Returned on').fill('2026-10-01');

    await section.getByRole('button', { name: 'Add result' }).click();

    await expect(score).toHaveAttribute('aria-invalid', 'true');
    await expect(section.locator('#ws-sv-m')).not.toBeEmpty();
    await score.fill('8.5');
    await section.getByRole('button', { name: 'Add result' }).click();
    await expect(ws.said).toHaveText('Added a score of 8.5 for Gateway Security.');
    await expect(score).not.toHaveAttribute('aria-invalid', 'true');
    await expect(section.getByRole('row').filter({ has: page.getByRole('cell') })).toHaveCount(1);
  });

  test('removes a person with their passes, and renames one', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.open();
    await ws.addPerson('AK');
    await ws.addPerson('BT');
    await ws.addPass('AK', 'Archiving Technical Specialist', '2026-01-20');

    await ws.person('AK').getByRole('button', { name: 'Remove AK' }).click();
    await ws.person('BT').getByLabel('Id or initials').fill('BT-2');
    await ws.person('BT').getByLabel('Id or initials').press('Enter');

    await expect(ws.said).toHaveText('Renamed to BT-2.');
    await expect(ws.person('AK')).toHaveCount(0);
    await expect(ws.person('BT-2')).toBeVisible();
    const record = (await stored(ws))?.record;
    expect(Object.keys(record?.['credentials'] ?? {})).toHaveLength(0);
  });

  test("merges another tab's edit with this tab's, entry by entry", async ({ context }) => {
    const one = new WorkspacePage(await context.newPage());
    const two = new WorkspacePage(await context.newPage());
    // Tabs hear of each other's saves through the browser's storage events, which arrive late on a busy machine.
    await one.open();
    await two.open();

    await one.addPerson('AK');
    await expect(two.person('AK')).toBeVisible({ timeout: 15_000 });
    await two.addPerson('BT');
    await one.addPass('AK', 'Archiving Technical Specialist', '2026-01-20');

    await expect(one.person('BT')).toBeVisible({ timeout: 15_000 });
    await expect(
      two.person('AK').getByRole('cell', { name: 'Archiving Technical Specialist', exact: true }),
    ).toBeVisible({ timeout: 15_000 });
    await two.page.reload();
    await expect(two.person('AK')).toBeVisible({ timeout: 15_000 });
    await expect(two.person('BT')).toBeVisible({ timeout: 15_000 });
  });

  test('keeps the record in the tab and says so when the browser refuses to save', async ({ page }) => {
    await refuseStorage(page, 'setItem');
    const ws = new WorkspacePage(page);
    await ws.open();

    await ws.addPerson('AK');
    await ws.addPass('AK', 'Archiving Technical Specialist', '2026-01-20');

    await expect(
      page.getByText('Your browser refused to save: your record is kept in this tab only'),
    ).toBeVisible();
    await expect(
      ws.person('AK').getByRole('cell', { name: 'Archiving Technical Specialist', exact: true }),
    ).toBeVisible();
    expect(await storedElsewhere(page, RECORD_KEY)).toBeNull();
  });

  test('leaves a record it cannot read as it is, and says so', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"v":1,"record":');
        sessionStorage.setItem('seeded', '1');
      }
    }, RECORD_KEY);
    const ws = new WorkspacePage(page);
    await ws.open();

    await ws.addPerson('AK');

    await expect(page.getByText('could not be read')).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY)).toBe('{"v":1,"record":');
  });

  test('lays the bookings and entries out without scrolling sideways at 320 px, every button at least 24 px', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    const record = {
      people: { p1: { label: 'AK' } },
      credentials: {
        c1: { person: 'p1', name: 'Gateway Security Technical Specialist', passed: '2025-03-14' },
      },
      bookings: { b1: { competency: 'gateway-security', quarter: '2025-Q2', amount: 30000 } },
      references: {
        r1: { competency: 'enterprise-backup-and-recovery', customer: 'Customer D', date: '2026-09-15' },
        r2: { competency: 'gateway-security', customer: 'Customer B', date: '2026-05-10' },
      },
      surveys: { s1: { competency: 'gateway-security', score: 8.5, date: '2026-10-01' } },
      evidence: {},
      allocations: {},
    };
    await page.addInitScript(
      (stored) => {
        if (!localStorage.getItem('competency-record')) localStorage.setItem('competency-record', stored);
      },
      JSON.stringify({ v: 1, record, changed: {}, savedAt: '2026-12-01T10:00:00.000Z' }),
    );
    const ws = new WorkspacePage(page);
    await ws.open();
    await expect(ws.references).toHaveCount(2);

    const overflow = () =>
      page.evaluate(() => {
        const wide = [...document.querySelectorAll('.ws table, .ws input, .ws button, .ws li')].filter(
          (el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
        );
        return { page: document.documentElement.scrollWidth, wide: wide.length };
      });
    const small = () =>
      page.locator('.ws button').evaluateAll((buttons) =>
        buttons
          .map((b) => b.getBoundingClientRect())
          .filter((r) => r.width < 24 || r.height < 24)
          .map((r) => `${r.width}x${r.height}`),
      );

    expect(await overflow()).toEqual({ page: 320, wide: 0 });
    expect(await small()).toEqual([]);
    // With what holds on a day shown too.
    await page.goto(`/workspace/?on=${TODAY}`);
    await expect(ws.day.getByRole('table')).toBeVisible();
    expect(await overflow()).toEqual({ page: 320, wide: 0 });
    expect(await small()).toEqual([]);
    // On a wide screen, the bookings' eight quarters fit beside each other, also once the day's code (which
    // brings the widget's styles again) has loaded.
    await page.setViewportSize({ width: 1280, height: 800 });
    await expect(ws.day.getByRole('table')).toBeVisible();
    const grid = page.locator('.sa-scroll').filter({ has: page.locator('.ws-grid') });
    expect(await grid.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.goto('/workspace/');
    await expect(ws.booking('Gateway Security', QUARTERS[7] ?? '')).toBeVisible();
    await expect(
      ws.person('AK').getByRole('button', { name: 'Remove Gateway Security Technical Specialist' }),
    ).toHaveText('Remove');
  });

  test('says without JavaScript that the record lives in the browser', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();

    await page.goto('/de/workspace/');

    await expect(page.getByRole('heading', { name: 'Ohne JavaScript' })).toBeVisible();
    expect(await page.getByRole('main').innerText()).toContain('Ihre Akte liegt nur in diesem Browser');
    await context.close();
  });
});

/** The record of 5 people (test/helpers/record-fixture.ts) stored before the page loads, the clock on its today. */
async function withFixture(page: Page, choice?: readonly string[]): Promise<WorkspacePage> {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  await page.addInitScript(
    ([key, text, chosen]) => {
      if (localStorage.getItem(key) === null) localStorage.setItem(key, text);
      if (chosen) localStorage.setItem('competency-assessment:portfolio', chosen);
    },
    [RECORD_KEY, STORED_RECORD, choice ? JSON.stringify({ v: 1, slugs: choice }) : ''] as const,
  );
  return new WorkspacePage(page);
}

/** The levels the day section shows, competency by competency: "Archiving: Principal". */
async function levels(ws: WorkspacePage): Promise<string[]> {
  const rows = ws.day
    .getByRole('table')
    .getByRole('row')
    .filter({ has: ws.page.getByRole('rowheader') });
  return rows.evaluateAll((trs) =>
    trs.map(
      (tr) =>
        `${tr.querySelector('th')?.textContent}: ${tr.querySelector('.ws-level')?.lastChild?.textContent}`,
    ),
  );
}

test.describe('what holds on a day', () => {
  test('shows the levels and tier today and on two later days, and the first lapse with its reason', async ({
    page,
  }) => {
    const ws = await withFixture(page);
    await ws.open();

    // Nothing of the day's code loads before the partner asks (the budget: workspace-budget.spec.ts).
    await ws.day.getByRole('button', { name: 'Work out what holds' }).click();

    const field = ws.day.getByLabel('Figures from your record as on');
    await expect(field).toHaveValue(TODAY);
    await expect
      .poll(() => levels(ws))
      .toEqual(['Archiving: Principal', 'Gateway Security: Expert', 'Enterprise Backup and Recovery: None']);
    await expect(ws.day.locator('.ws-tier')).toHaveText(/^Tier on 7 December 2026: Gold/);
    await expect(ws.day.getByRole('link', { name: 'Gateway Security' })).toHaveAttribute(
      'href',
      `/competencies/gateway-security/?on=${TODAY}`,
    );
    const first = ws.day.locator('.ws-lapse').first();
    await expect(first).toContainText('First lapse 31 December 2026: Expert in Gateway Security lapses');
    await expect(first).toContainText(
      'Why: Gateway security revenue falls to USD 135,000, below USD 160,000 in the trailing 12 months',
    );
    await expect(first).toContainText('To keep it: book USD 25,000 more');
    await expect(first.locator('time')).toHaveAttribute('datetime', '2026-12-31');
    await expect(ws.day.locator('.ws-lapse')).toHaveCount(5);

    await field.fill(ON_LATER[0]);
    await expect(page).toHaveURL(new RegExp(`[?&]on=${ON_LATER[0]}`));
    await expect
      .poll(() => levels(ws))
      .toEqual(['Archiving: None', 'Gateway Security: None', 'Enterprise Backup and Recovery: None']);
    await expect(ws.day.locator('.ws-tier')).toHaveText(/^Tier on 15 June 2027: Registered/);
    await expect(ws.day.getByText('Nothing lapses by 15 June 2029 as your record stands.')).toBeVisible();
    await expect(ws.day.getByRole('link', { name: 'Archiving' })).toHaveAttribute(
      'href',
      `/competencies/archiving/?on=${ON_LATER[0]}`,
    );

    // A link to a later day opens with it worked out.
    await page.goto(`/workspace/?on=${ON_LATER[1]}`);
    await expect(ws.day.getByLabel('Figures from your record as on')).toHaveValue(ON_LATER[1]);
    await expect(ws.day.getByRole('row', { name: /Archiving/ })).toContainText(
      'Principal: 0 of 4 met, 0% ready',
    );
    await expect(ws.day.locator('.ws-tier')).toHaveText(/^Tier on 1 March 2028: Registered/);
  });

  test('follows the portfolio’s choice, and says once, not per key, what holds on a day typed with the keyboard', async ({
    page,
  }) => {
    const ws = await withFixture(page, ['gateway-security']);
    await ws.open();
    await ws.day.getByRole('button', { name: 'Work out what holds' }).focus();
    await page.keyboard.press('Enter');
    await expect(ws.said).toHaveText(
      /^7 December 2026: Expert in Gateway Security; tier: Gold\. First lapse:/,
    );
    await expect.poll(() => levels(ws)).toEqual(['Gateway Security: Expert']);
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      const region = document.querySelector('.ws > [role="status"]:not(.sa-kept)');
      // What the region holds after each change to it, each text once (a change may come in several steps),
      // from what it says now: the standing on the day shown, seen said again before the keys came on a loaded
      // machine, is not news of the day typed.
      let last = region?.textContent ?? '';
      if (region)
        new MutationObserver(() => {
          const text = region.textContent ?? '';
          if (text !== '' && text !== last) said.push((last = text));
        }).observe(region, {
          childList: true,
          subtree: true,
          characterData: true,
        });
    });

    // Typed segment by segment, as a keyboard does: month, day, year. The page's timers wait for the test's
    // clock, so however slowly the keys arrive, no pause between them is long enough to say anything.
    await page.clock.install({ time: new Date(`${TODAY}T10:00:00`) });
    await ws.day.getByLabel('Figures from your record as on').focus();
    await page.keyboard.type('06152027');
    await expect(page).toHaveURL(/[?&]on=2027-06-15/);
    await page.clock.runFor(2000);

    await expect(ws.said).toHaveText(
      '15 June 2027: no level held; tier: Registered. Nothing lapses by 15 June 2029 as your record stands.',
    );
    expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([
      '15 June 2027: no level held; tier: Registered. Nothing lapses by 15 June 2029 as your record stands.',
    ]);
  });

  test('downloads the lapse days and the evidence due days as a calendar', async ({ page }) => {
    const ws = await withFixture(page);
    await page.goto(`/workspace/?on=${TODAY}`);
    await expect(ws.day.locator('.ws-lapse')).toHaveCount(5);

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      ws.day.getByRole('button', { name: 'Download the dates (.ics)' }).click(),
    ]);

    expect(file.suggestedFilename()).toBe(`competency-record-${TODAY}.ics`);
    const text = readFileSync((await file.path()) ?? '', 'utf8');
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((c) => {
      const event = new ICAL.Event(c);
      return [event.startDate.toString(), event.startDate.isDate, event.summary];
    });
    expect(events).toEqual([
      ['2026-12-31', true, 'Expert in Gateway Security lapses'],
      ['2026-12-31', true, 'The Gold tier lapses'],
      ['2027-03-31', true, 'Principal in Archiving lapses'],
      ['2027-04-01', true, 'Principal in Gateway Security lapses'],
      ['2027-04-01', true, 'The Silver tier lapses'],
      ['2027-02-28', true, 'Evidence due: Certified gateway security engineers, Gateway Security'],
    ]);
    await expect(ws.said).toHaveText(`Downloaded competency-record-${TODAY}.ics with 6 dates.`);
  });
});

test.describe('the record as a file', () => {
  test('exports the record, imports a file after saying what it changes, and undoes the import', async ({
    page,
  }) => {
    const ws = await withFixture(page);
    await ws.open();
    const files = page.getByRole('region', { name: 'Your record as a file' });

    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      files.getByRole('button', { name: 'Export the record' }).click(),
    ]);
    const file = JSON.parse(readFileSync((await exported.path()) ?? '', 'utf8')) as {
      format: string;
      record: PartnerRecord;
    };
    expect(file.format).toBe('competency-record');
    expect(file.record).toEqual(RECORD);

    // The file: one person more, one reference fewer, one booking changed.
    const { r4: _gone, ...references } = RECORD.references;
    const incoming: PartnerRecord = {
      ...RECORD,
      people: { ...RECORD.people, p6: { label: 'FP' } },
      references,
      bookings: {
        ...RECORD.bookings,
        b00: { competency: 'gateway-security', quarter: '2025-Q2', amount: 1 },
      },
    };
    await files.getByLabel('Import a record file').setInputFiles({
      name: 'colleague.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...file, record: incoming })),
    });

    const ask = files.getByRole('group');
    await expect(ask).toContainText(
      'Using this file adds 1 person, changes 1 booking and removes 1 customer reference, which the file does not hold.',
    );
    await expect(ask.getByRole('listitem')).toHaveText([
      'Adds 1 person: FP',
      'Changes 1 booking: Gateway Security · 2025-Q2',
      'Removes 1 customer reference: Enterprise Backup and Recovery · Customer D · 2026-09-15',
    ]);
    await expect(ws.person('FP')).toHaveCount(0);
    await ask.getByRole('button', { name: 'Use this file' }).click();

    await expect(ws.said).toHaveText('Imported the record from colleague.json.');
    await expect(ws.person('FP')).toBeVisible();
    await expect(ws.references).toHaveCount(3);
    await files.getByRole('button', { name: 'Undo the import' }).click();

    await expect(ws.person('FP')).toHaveCount(0);
    await expect(ws.references).toHaveCount(4);
    await expect.poll(async () => (await stored(ws))?.record).toEqual(RECORD);
  });

  test('refuses a file it cannot read with a message, and changes nothing', async ({ page }) => {
    const ws = await withFixture(page);
    await ws.open();
    const files = page.getByRole('region', { name: 'Your record as a file' });

    await files.getByLabel('Import a record file').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"competency-record","v":1,"record":'),
    });

    await expect(files.getByRole('alert')).toContainText('Your record is unchanged.');
    await expect(files.getByRole('group')).toHaveCount(0);
    expect((await stored(ws))?.record).toEqual(RECORD);
  });
});
