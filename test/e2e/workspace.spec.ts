import { expect, test } from '@playwright/test';
import { recentQuarters } from '../../src/islands/workspace/quarters.ts';
import { localDay } from '../../src/util/dates.ts';
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

    const overflow = await page.evaluate(() => {
      const wide = [...document.querySelectorAll('.ws table, .ws input, .ws button')].filter(
        (el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5,
      );
      return { page: document.documentElement.scrollWidth, wide: wide.length };
    });
    const small = await page.locator('.ws button').evaluateAll((buttons) =>
      buttons
        .map((b) => b.getBoundingClientRect())
        .filter((r) => r.width < 24 || r.height < 24)
        .map((r) => `${r.width}x${r.height}`),
    );

    expect(overflow).toEqual({ page: 320, wide: 0 });
    expect(small).toEqual([]);
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
