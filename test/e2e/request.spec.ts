import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { expect, test, type Download, type Page } from '@playwright/test';
import * as XLSX from 'xlsx';
import { recentQuarters } from '../../src/islands/workspace/quarters.ts';
import { localDay } from '../../src/util/dates.ts';
import { SelfAssessmentPage } from './pages/self-assessment.ts';
import { WorkspacePage } from './pages/workspace.ts';

const RECORD_KEY = 'competency-record';
const QUARTERS = recentQuarters(localDay(new Date()), 8).map((q) => `Q${q.slice(-1)} ${q.slice(0, 4)}`);
const LAST = QUARTERS[7] ?? '';
const BEFORE = QUARTERS[6] ?? '';
const GS = 'Gateway Security';

type Stored = {
  v: number;
  record: { bookings: Record<string, { quarter: string; amount: number; by?: unknown }> };
};
const stored = async (page: Page): Promise<Stored | null> => {
  const text = await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY);
  return text === null ? null : (JSON.parse(text) as Stored);
};

/** A downloaded workbook or CSV opened by SheetJS, as a spreadsheet would: each sheet's rows, cells by column. */
async function sheetsOf(download: Download): Promise<Map<string, unknown[][]>> {
  const book = XLSX.read(await readFile((await download.path()) ?? ''), { type: 'buffer' });
  return new Map(
    book.SheetNames.map((name) => [
      name,
      XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[name] ?? {}, { header: 1, defval: '' }),
    ]),
  );
}

/** The rows of a sheet as objects, keyed by its heading row. */
const byHeading = (rows: unknown[][] = []): Record<string, unknown>[] => {
  const [head = [], ...rest] = rows;
  return rest.map((row) => Object.fromEntries(head.map((h, i) => [String(h), row[i]])));
};

/** The link a link box holds once made: copied or waiting to be copied by hand. */
const linkIn = async (page: Page, label: RegExp): Promise<string> => page.getByLabel(label).inputValue();

test.describe('asking a colleague for bookings', () => {
  // Two people's browsers, a request, a reply and the exports: long on a busy machine, and no measure of speed.
  test.setTimeout(120_000);

  test('the owner asks, the colleague answers with a conflict and a new figure, the owner takes part of it', async ({
    browser,
  }) => {
    // Two people, two browsers.
    const ownerContext = await browser.newContext();
    const colleagueContext = await browser.newContext({ acceptDownloads: true });
    const owner = new WorkspacePage(await ownerContext.newPage());
    await owner.open();
    await owner.book(GS, LAST, '50000');
    await expect(owner.booking(GS, LAST)).toHaveValue('50,000');

    // The owner's request: bookings of Gateway Security for the last two quarters.
    await owner.page.getByRole('button', { name: 'Make a request' }).click();
    const ask = owner.page.getByRole('form', { name: 'What to ask for' });
    await expect(ask.getByRole('checkbox', { name: 'Bookings' })).toBeChecked();
    // No people in the record yet: nobody's passes to ask for, and the form says so.
    await expect(ask.getByRole('checkbox', { name: 'Passes (courses and exams)' })).toHaveCount(0);
    await expect(ask).toContainText('To ask for passes, add the people to the record first.');
    const competencies = ask.getByRole('group', { name: 'Competencies to ask bookings for' });
    for (const box of await competencies.getByRole('checkbox').all()) await box.uncheck();
    await competencies.getByRole('checkbox', { name: GS }).check();
    const quarters = ask.getByRole('group', { name: 'Quarters to ask bookings for' });
    for (const box of await quarters.getByRole('checkbox').all()) await box.uncheck();
    await quarters.getByRole('checkbox', { name: BEFORE }).check();
    await quarters.getByRole('checkbox', { name: LAST }).check();
    await ask.getByLabel('Your name, as your colleague knows you').fill('Alex');
    await ask.getByRole('button', { name: 'Make the request link' }).click();
    await expect(owner.said).toHaveText(/request link/);
    const request = await linkIn(owner.page, /^Request link/);
    expect(request).toMatch(/\/workspace\/#ask=/);
    expect(request).not.toContain('50000');

    // The colleague's view: who asked for what, only those fields; their own record untouched.
    const colleague = await colleagueContext.newPage();
    await colleague.goto(request);
    await expect(colleague.getByRole('heading', { name: 'A request from Alex' })).toBeVisible();
    await expect(colleague.getByText(`bookings of ${GS} for ${BEFORE} and ${LAST}`)).toBeVisible();
    await expect(colleague.getByRole('region', { name: 'People' })).toHaveCount(0);
    const bookings = colleague.getByRole('region', { name: 'Bookings' });
    await expect(bookings.getByRole('textbox')).toHaveCount(2);
    await bookings.getByRole('textbox', { name: `${GS} (USD) ${LAST}` }).fill('60000');
    await bookings.getByRole('textbox', { name: `${GS} (USD) ${LAST}` }).press('Tab');
    await bookings.getByRole('textbox', { name: `${GS} (USD) ${BEFORE}` }).fill('30000');
    await bookings.getByRole('textbox', { name: `${GS} (USD) ${BEFORE}` }).press('Tab');
    await colleague.getByRole('button', { name: 'Make the reply link' }).click();
    await expect(colleague.locator('.ws [role="status"]').last()).toHaveText(
      'Type your name first, so the reply says who sent it.',
    );
    await expect(colleague.getByLabel(/^Your name/)).toBeFocused();
    await colleague.keyboard.type('Dana (Finance)');
    await colleague.getByRole('button', { name: 'Make the reply link' }).click();
    const reply = await linkIn(colleague, /^Reply link/);
    expect(reply).toMatch(/\/workspace\/#reply=/);
    const download = colleague.waitForEvent('download');
    await colleague.getByRole('button', { name: 'Download the reply file' }).click();
    const replyFile = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { f: string };
    expect(replyFile.f).toBe('competency-reply');
    expect(await stored(colleague)).toBeNull();

    // The owner's review: each field beside the record, the conflict not ticked, the new one ticked.
    await owner.page.goto(reply);
    const review = owner.page.getByRole('region', { name: 'Reply from Dana (Finance)' });
    await expect(review).toBeVisible();
    await expect(review).toContainText('1 field differs from your record');
    const conflict = review.getByRole('row', { name: new RegExp(`${GS}, ${LAST}`) });
    await expect(conflict).toContainText('USD 60,000');
    await expect(conflict).toContainText('USD 50,000');
    await expect(conflict).toContainText('Differs');
    await expect(conflict).toContainText('From Dana (Finance)');
    await expect(review.getByRole('checkbox', { name: `Take ${GS}, ${LAST}` })).not.toBeChecked();
    await expect(review.getByRole('checkbox', { name: `Take ${GS}, ${BEFORE}` })).toBeChecked();
    await review.getByRole('button', { name: 'Tick all' }).click();
    await expect(review.getByRole('checkbox', { name: `Take ${GS}, ${LAST}` })).toBeChecked();
    await review.getByRole('button', { name: 'Tick none' }).click();
    await review.getByRole('checkbox', { name: `Take ${GS}, ${BEFORE}` }).check();
    await review.getByRole('button', { name: 'Take the ticked fields' }).click();
    await expect(owner.said).toHaveText('Took 1 field from Dana (Finance) into your record.');

    // Taken with who entered it: on the page, in storage, and in the exported record.
    await expect(owner.booking(GS, BEFORE)).toHaveValue('30,000');
    await expect(owner.booking(GS, LAST)).toHaveValue('50,000');
    const note = owner.page.getByRole('region', { name: 'Bookings' }).locator('.ws-by');
    await expect(note).toHaveCount(1);
    await expect(note).toHaveText(/^From Dana \(Finance\), /);
    await expect(owner.booking(GS, BEFORE)).toHaveAccessibleDescription(/From Dana \(Finance\)/);
    const record = (await stored(owner.page))?.record;
    const taken = Object.values(record?.bookings ?? {}).find((b) => b.amount === 30000);
    expect(taken?.by).toEqual({ name: 'Dana (Finance)', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(
      Object.values(record?.bookings ?? {})
        .map((b) => b.amount)
        .sort(),
    ).toEqual([30000, 50000]);

    const files = owner.page.getByRole('region', { name: 'Your record as a file' });
    const exported = owner.page.waitForEvent('download');
    await files.getByRole('button', { name: 'Export the record' }).click();
    const file = JSON.parse(await readFile(await (await exported).path(), 'utf8')) as Stored & {
      format: string;
    };
    expect(file).toMatchObject({ format: 'competency-record', v: 2 });
    expect(Object.values(file.record.bookings).find((b) => b.amount === 30000)?.by).toEqual(taken?.by);
    expect(Object.values(file.record.bookings).find((b) => b.amount === 50000)?.by).toBeUndefined();

    // The competency page's exports say who entered the figure the taken booking makes (the last whole
    // quarter's: the current quarter, which holds the owner's own 50,000, is not in the window yet).
    const page = new SelfAssessmentPage(owner.page);
    await page.open('gateway-security');
    // Exported once the page shows the record's figures, as a partner sees them before exporting.
    await expect(owner.page.getByLabel('Figures from your record as on')).toBeVisible();
    const plan = owner.page.waitForEvent('download');
    await owner.page.getByRole('button', { name: 'Export action plan (CSV)' }).click();
    const planRows = byHeading((await sheetsOf(await plan)).values().next().value);
    expect(planRows.find((r) => r['Requirement'] === 'Gateway security revenue')).toMatchObject({
      'Your figure': 30000,
      'Entered by': 'Dana (Finance)',
    });
    for (const row of planRows.filter((r) => r['Requirement'] !== 'Gateway security revenue'))
      expect(row['Entered by']).toBe('');

    const packed = owner.page.waitForEvent('download');
    await owner.page.getByRole('button', { name: 'Evidence pack (XLSX)', exact: true }).click();
    const book = await sheetsOf(await packed);
    expect([...book.keys()]).toEqual(['Summary', 'Plan', 'Requirements', 'People']);
    const requirements = byHeading(book.get('Requirements'));
    const revenue = requirements.filter((r) => r['Requirement'] === 'Gateway security revenue');
    expect(revenue.length).toBeGreaterThan(0);
    for (const row of revenue) {
      expect(row['Your figure']).toMatch(/30,000/);
      expect(row['Source of the figure']).toBe('From the partner record');
      expect(row['Entered by']).toMatch(/^From Dana \(Finance\), \d/);
    }
    // Dana's figure that was not taken, and nothing else, is on no row; the owner's own entries name no one.
    for (const row of requirements) {
      expect(String(row['Your figure'])).not.toMatch(/60,000/);
      if (row['Requirement'] !== 'Gateway security revenue') expect(row['Entered by']).toBe('');
    }
    expect(
      byHeading(book.get('Plan')).find((r) => r['Requirement'] === 'Gateway security revenue')?.[
        'Entered by'
      ],
    ).toBe('Dana (Finance)');

    await ownerContext.close();
    await colleagueContext.close();
  });

  test('the owner asks the practice lead for passes, who adds and corrects them; the owner takes the new one, named in the pack', async ({
    browser,
  }) => {
    const EXAM = 'Gateway Security Technical Specialist';
    const ownerContext = await browser.newContext();
    const leadContext = await browser.newContext();
    const owner = new WorkspacePage(await ownerContext.newPage());
    await owner.open();
    await owner.addPerson('AK');
    await owner.addPerson('BM');
    await owner.addPerson('CX');
    await owner.addPass('AK', EXAM, '2025-03-14');

    // The request: the passes of AK and BM, not CX; no bookings; protected.
    await owner.page.getByRole('button', { name: 'Make a request' }).click();
    const ask = owner.page.getByRole('form', { name: 'What to ask for' });
    await ask.getByRole('checkbox', { name: 'Bookings' }).uncheck();
    await ask.getByRole('checkbox', { name: 'Passes (courses and exams)' }).check();
    const people = ask.getByRole('group', { name: 'People to ask passes for' });
    await expect(people.getByRole('checkbox')).toHaveCount(3);
    await people.getByRole('checkbox', { name: 'CX' }).uncheck();
    await ask.getByLabel('Your name, as your colleague knows you').fill('Alex');
    await ask.getByRole('button', { name: 'Make the request link' }).click();
    const request = await linkIn(owner.page, /^Request link/);
    expect(request).not.toContain(EXAM.replaceAll(' ', ''));

    // The practice lead sees only the people asked about, and adds passes to them.
    const lead = await leadContext.newPage();
    await lead.goto(request);
    await expect(lead.getByText('passes of AK and BM')).toBeVisible();
    await expect(lead.getByRole('region', { name: 'Bookings' })).toHaveCount(0);
    const asked = new WorkspacePage(lead);
    await expect(asked.people.getByRole('article')).toHaveCount(2);
    await expect(asked.person('CX')).toHaveCount(0);
    await expect(asked.people.getByRole('button', { name: 'Add person' })).toHaveCount(0);
    await expect(asked.people.getByRole('button', { name: 'Remove AK' })).toHaveCount(0);
    // AK passed on another day than the owner has; BM's pass is new.
    await asked.addPass('AK', EXAM, '2025-04-01');
    await asked.addPass('BM', EXAM, '2026-06-30');
    await expect(asked.person('BM').getByRole('cell', { name: '30 June 2026' })).toBeVisible();
    await lead.getByLabel(/^Your name/).fill('Sam (Practice lead)');
    await lead.getByLabel('Passphrase (optional)').fill('green door');
    await lead.getByRole('button', { name: 'Make the reply link' }).click();
    const reply = await linkIn(lead, /^Reply link/);
    expect(await stored(lead)).toBeNull();

    // The owner opens the protected reply: its prompt says it is a reply.
    await owner.page.goto(reply);
    await expect(owner.page.getByRole('heading', { name: 'Protected reply' })).toBeVisible();
    const phrase = owner.page.getByLabel('Passphrase', { exact: true });
    await expect(phrase).toHaveAccessibleDescription(/^This reply is protected with a passphrase\./);
    await expect(owner.page.getByRole('button', { name: 'Set the reply aside' })).toBeVisible();
    await phrase.fill('green doors');
    await phrase.press('Enter');
    await expect(
      owner.page
        .getByRole('alert')
        .filter({ hasText: /That passphrase does not open this reply\. Your record/ }),
    ).toBeVisible();
    await phrase.fill('green door');
    await phrase.press('Enter');
    const review = owner.page.getByRole('region', { name: 'Reply from Sam (Practice lead)' });
    await expect(review).toContainText('1 field differs from your record');
    const conflict = review.getByRole('row', { name: new RegExp(`AK, ${EXAM}`) });
    await expect(conflict).toContainText('1 April 2025');
    await expect(conflict).toContainText('14 March 2025');
    await expect(conflict).toContainText('Differs');
    await expect(review.getByRole('checkbox', { name: `Take AK, ${EXAM}` })).not.toBeChecked();
    await expect(review.getByRole('checkbox', { name: `Take BM, ${EXAM}` })).toBeChecked();
    await review.getByRole('button', { name: 'Take the ticked fields' }).click();
    await expect(owner.said).toHaveText('Took 1 field from Sam (Practice lead) into your record.');

    // BM's pass is in, with who entered it; AK's stays as the owner had it.
    await expect(owner.person('BM').getByRole('cell', { name: '30 June 2026' })).toBeVisible();
    await expect(owner.person('BM').locator('.ws-by')).toHaveText(/^From Sam \(Practice lead\), /);
    await expect(owner.person('AK').getByRole('cell', { name: '14 March 2025' })).toBeVisible();
    await expect(owner.person('AK').getByRole('cell', { name: '1 April 2025' })).toHaveCount(0);
    await expect(owner.person('AK').locator('.ws-by')).toHaveCount(0);
    type Passes = { record: { credentials: Record<string, { passed: string; by?: { name: string } }> } };
    const kept = JSON.parse(
      (await owner.page.evaluate((key) => localStorage.getItem(key), RECORD_KEY)) ?? '{}',
    ) as Passes;
    expect(
      Object.values(kept.record.credentials)
        .map((c) => [c.passed, c.by?.name ?? null])
        .sort(),
    ).toEqual([
      ['2025-03-14', null],
      ['2026-06-30', 'Sam (Practice lead)'],
    ]);
    // The competency page's evidence pack names who entered the pass taken, and no one for the owner's own.
    await new SelfAssessmentPage(owner.page).open('gateway-security');
    await expect(owner.page.getByLabel('Figures from your record as on')).toBeVisible();
    const packed = owner.page.waitForEvent('download');
    await owner.page.getByRole('button', { name: 'Evidence pack (XLSX)', exact: true }).click();
    const passRows = byHeading((await sheetsOf(await packed)).get('People'));
    const row = (person: string) =>
      passRows.find((r) => r['Person'] === person && r['Course or exam'] === EXAM);
    expect(row('BM')).toMatchObject({ 'Passed on': '2026-06-30' });
    expect(row('BM')?.['Entered by']).toMatch(/^From Sam \(Practice lead\), \d/);
    expect(row('AK')).toMatchObject({ 'Passed on': '2025-03-14', 'Entered by': '' });

    await ownerContext.close();
    await leadContext.close();
  });

  test('the take can be undone, and a reply file opens the same review', async ({ browser }) => {
    const context = await browser.newContext();
    const owner = new WorkspacePage(await context.newPage());
    await owner.open();
    const reply = {
      f: 'competency-reply',
      v: 1,
      request: 'req-1',
      from: 'Alex',
      ask: {
        bookings: {
          competencies: ['gateway-security'],
          quarters: [recentQuarters(localDay(new Date()), 1)[0]],
        },
      },
      by: { name: 'Dana', at: '2026-12-07T10:00:00.000Z' },
      record: {
        bookings: {
          'b-1': {
            competency: 'gateway-security',
            quarter: recentQuarters(localDay(new Date()), 1)[0],
            amount: 7000,
          },
        },
      },
    };
    await owner.page.getByLabel('Open a reply file').setInputFiles({
      name: 'reply.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(reply)),
    });
    const review = owner.page.getByRole('region', { name: 'Reply from Dana' });
    await review.getByRole('button', { name: 'Take the ticked fields' }).click();
    await expect(owner.booking(GS, LAST)).toHaveValue('7,000');
    await review.getByRole('button', { name: 'Undo taking them' }).click();
    await expect(owner.booking(GS, LAST)).toHaveValue('');
    await expect(owner.said).toHaveText(/^Undone/);
    expect(Object.keys((await stored(owner.page))?.record.bookings ?? {})).toEqual([]);
    await context.close();
  });

  test('a cut request link and a wrong passphrase say so and change nothing', async ({ page }) => {
    const owner = new WorkspacePage(page);
    await owner.open();
    await owner.book(GS, LAST, '50000');
    await page.getByRole('button', { name: 'Make a request' }).click();
    await page.getByLabel('Your name, as your colleague knows you').fill('Alex');
    await page.getByLabel('Passphrase (optional)').fill('blue kettle');
    await page.getByRole('button', { name: 'Make the request link' }).click();
    const link = await linkIn(page, /^Request link/);
    const before = await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY);

    await page.goto('about:blank');
    await page.goto(link.slice(0, -10));
    await expect(page.getByRole('alert')).toHaveText(/This request link is damaged or was cut short/);

    await page.goto('about:blank');
    await page.goto(link);
    // The prompt says a request is protected, not shared answers.
    await expect(page.getByRole('heading', { name: 'Protected request' })).toBeVisible();
    await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(
      /^This request is protected with a passphrase\./,
    );
    await page.getByLabel('Passphrase', { exact: true }).fill('red kettle');
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: /^⚠ That passphrase does not open this request\. Nothing was changed/ }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Go to your own record' })).toBeVisible();
    await page.getByLabel('Passphrase', { exact: true }).fill('blue kettle');
    await page.getByRole('button', { name: 'Open' }).click();
    await expect(page.getByRole('heading', { name: 'A request from Alex' })).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), RECORD_KEY)).toBe(before);
  });

  test('loads no request or reply code on the record page before the partner acts, within 40 kB', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    const owner = new WorkspacePage(page);
    await owner.open();
    await page.waitForLoadState('networkidle');
    expect(scripts.some((s) => /asking|sealed|request-link/.test(s))).toBe(false);
    const bytes = scripts.reduce((sum, s) => sum + gzipSync(readFileSync(join('dist', s))).length, 0);
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join(''),
    );
    const total = bytes + gzipSync(inline).length;
    console.log(`record page JavaScript before the partner acts: ${total} B gzip (${scripts.length} files)`);
    expect(total).toBeLessThanOrEqual(40_000);
    await page.getByRole('button', { name: 'Make a request' }).click();
    await expect(page.getByRole('form', { name: 'What to ask for' })).toBeVisible();
    expect(scripts.some((s) => /asking/.test(s))).toBe(true);
  });
});
