import { expect, test, type Page } from '@playwright/test';
import { axeFindings, formatFindings } from './helpers/gates.ts';
import { SelfAssessmentPage } from './pages/self-assessment.ts';
import { builtPages } from './helpers/site-pages.ts';

// Every competency page, e.g. "archiving", from the build.
const slugs = builtPages()
  .map((p) => /^\/competencies\/([a-z-]+)\/$/.exec(p.path)?.[1])
  .filter((slug): slug is string => slug !== undefined);

/**
 * The page's height at each width once the widget has hydrated, default state (nothing saved, no choice in
 * the address): opened at the first width, then laid out again at each next one.
 */
async function heightsAt<W extends number>(
  page: Page,
  widths: readonly W[],
  slug: string,
): Promise<[W, number][]> {
  const heights: [W, number][] = [];
  for (const [i, width] of widths.entries()) {
    await page.setViewportSize({ width, height: 900 });
    if (i === 0) await new SelfAssessmentPage(page).open(slug);
    await page.evaluate(() => window.scrollTo(0, 0));
    heights.push([width, await page.evaluate(() => document.documentElement.scrollHeight)]);
  }
  return heights;
}

/** The tallest a competency page may be at each width, in CSS pixels: about 12 screens of a phone. */
// At 390 px the header's language links take a line of their own (about 30 px). The links to the partner
// record (about 90 px) and the counting rules brought the tallest page to 6,387 px; the evidence pack's
// buttons and the record's day field to 6,499 px at 390 px and 4,040 px at 1280 px: its length is due a review.
const MAX_HEIGHT = { 1280: 4100, 390: 6600 } as const;

/**
 * Every threshold the page's rules state, on every business model and level, read from the requirement
 * matrix the page keeps for readers without JavaScript (hidden here), without its illustrative marks.
 */
async function thresholds(page: Page): Promise<string[]> {
  return page.locator('.matrix__threshold').evaluateAll((cells) => [
    ...new Set(
      cells.map((cell) => {
        const copy = cell.cloneNode(true) as HTMLElement;
        for (const mark of copy.querySelectorAll('.illustrative-mark, .visually-hidden')) mark.remove();
        return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
      }),
    ),
  ]);
}

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

/** How often a threshold is shown on its own: occurrences inside a longer threshold shown are not its own. */
function timesShown(text: string, threshold: string, all: readonly string[]): number {
  const within = all
    .filter((other) => other !== threshold && other.includes(threshold))
    .reduce((sum, other) => sum + occurrences(text, other) * occurrences(other, threshold), 0);
  return occurrences(text, threshold) - within;
}

/** The page's visible text, with line breaks and runs of spaces as single spaces. */
const visibleText = async (page: Page): Promise<string> =>
  (await page.locator('body').innerText()).replace(/\s+/g, ' ');

test.describe('competency page as one path', () => {
  test('returns every competency page at most 4,100 px tall at 1280 px and 6,600 px at 390 px, default state', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const over: string[] = [];
    for (const slug of slugs) {
      for (const [width, height] of await heightsAt(page, [1280, 390] as const, slug)) {
        if (height > MAX_HEIGHT[width]) over.push(`${slug} at ${width} px: ${height} px`);
      }
    }

    expect(slugs.length).toBeGreaterThan(10);
    expect(over).toEqual([]);
  });

  for (const slug of slugs) {
    test(`returns every threshold of ${slug} at most twice and at least once or one click away, with its help and evidence`, async ({
      page,
    }) => {
      const widget = new SelfAssessmentPage(page);
      await widget.open(slug);
      const all = await thresholds(page);
      const text = await visibleText(page);
      // Help and evidence sit behind a disclosure per requirement: present, though closed.
      const disclosed = (await widget.root.locator('.sa-more').allTextContents()).join(' ');
      // What changes on the other business model sits behind one too, closed at first.
      const differences = (await page.locator('details.mdiff:visible').allTextContents())
        .join(' ')
        .replace(/\s+/g, ' ');
      // The matrix's first column is the business model the widget starts with.
      const evidence = await page.locator('.matrix td:first-child .matrix__evidence').allTextContents();

      const counts = Object.fromEntries(all.map((t) => [t, timesShown(text, t, all)]));
      const unseen = all.filter((t) => counts[t] === 0 && timesShown(differences, t, all) === 0);

      expect(all.length).toBeGreaterThan(3);
      expect(Object.entries(counts).filter(([, n]) => n > 2)).toEqual([]);
      expect(unseen).toEqual([]);
      for (const line of evidence) expect(disclosed).toContain(line.replace(/^Evidence: /, '').trim());
    });
  }

  test('keeps the requirement being edited clear of the result bar and over a phone keyboard', async ({
    page,
  }) => {
    // 390 x 664: a phone's screen with the on-screen keyboard up.
    await page.setViewportSize({ width: 390, height: 664 });
    const widget = new SelfAssessmentPage(page);
    await widget.open('gateway-security');
    const bar = widget.root.locator('.sa-bar');
    const fields = widget.root.locator('.sa-table').locator('input');

    expect(await fields.count()).toBeGreaterThan(4);
    // Top to bottom and back up, as a partner goes through the form and returns to a field.
    const ids = await fields.evaluateAll((inputs) => inputs.map((i) => i.id));
    for (const id of [...ids, ...ids.toReversed()]) {
      const field = page.locator(`[id="${id}"]`);
      await field.focus();
      const row = widget.root.getByRole('row').filter({ has: field });
      // The row's heading names the requirement; its cells say what each level asks.
      await expect(row).toBeInViewport({ ratio: 1 });
      // How far the bar covers the row, once the page has scrolled.
      const covered = async () => {
        const [r, b] = [await row.boundingBox(), await bar.boundingBox()];
        return r && b ? Math.max(0, Math.round(b.y + b.height - r.y)) : -1;
      };
      await expect.poll(covered).toBe(0);
    }

    // The keyboard opens under a field low on a taller screen: the page follows what stays visible.
    await page.setViewportSize({ width: 390, height: 844 });
    const low = page.locator(`[id="${ids[1] ?? ''}"]`);
    await low.focus();
    await low.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 4));
    await page.setViewportSize({ width: 390, height: 480 });
    await expect(low).toBeInViewport({ ratio: 1 });
  });

  test('leads to how to apply from the header and from the result bar', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 664 });
    const widget = new SelfAssessmentPage(page);
    await widget.open('gateway-security');
    const answer = page.getByRole('heading', { name: 'How do I apply for a competency?' });

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'How to apply' }).click();
    await expect(answer).toBeInViewport();
    await page.goBack();
    await widget.field('Gateway security revenue').focus();
    await widget.root.locator('.sa-bar').getByRole('link', { name: 'How to apply' }).click();
    await expect(answer).toBeInViewport();
  });

  test('keeps the level achieved in view on a phone while any answer field has the focus', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const fields = widget.root.locator('.sa-table').locator('input');

    expect(await fields.count()).toBeGreaterThan(4);
    for (const field of await fields.all()) {
      await field.focus();
      await expect(field).toBeInViewport();
      await expect(widget.summary).toBeInViewport({ ratio: 1 });
    }
    await widget.fill({ 'Archiving revenue': '60000' });
    await expect(widget.summary).toBeInViewport({ ratio: 1 });
    await expect(widget.bar.getByText('Principal: 1 of 4 met, 25% ready')).toBeInViewport();
  });

  test('changes the tables, the differences and the self-assessment once Resell and EMEA are chosen', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.fill({ 'Archiving revenue': '60000' });
    const revenue = widget.root.getByRole('row', { name: /Archiving revenue/ });
    const differences = page.locator('[data-for-model]:visible');
    await expect(revenue).toContainText('USD 50,000 in the trailing 12 months');
    await expect(revenue.locator('td').first()).toContainText('Met');
    await expect(differences.getByText('At Principal, on Resell instead of Integrate:')).toBeHidden();
    await differences.getByText('What changes on another business model').click();
    await expect(differences.getByText('At Principal, on Resell instead of Integrate:')).toBeVisible();
    await expect(widget.bar.getByText('Principal: 1 of 4 met, 25% ready')).toBeVisible();

    await widget.root.getByLabel('Business model').selectOption('resell');
    await widget.root.getByLabel('Region').selectOption('emea');

    await expect(page).toHaveURL(/\?model=resell&region=emea$/);
    await expect(widget.root.getByRole('table')).toHaveAccessibleName(
      'Archiving requirements for Resell partners in Europe, Middle East and Africa',
    );
    await expect(revenue).toContainText('USD 75,000 in the trailing 12 months');
    await expect(revenue).not.toContainText('USD 50,000');
    await expect(revenue.locator('td').first()).toContainText('Partly met (80%)');
    await expect(widget.field('Certified archiving engineers')).toHaveCount(0);
    await expect(differences).toHaveCount(1);
    await differences.getByText('What changes on another business model').click();
    await expect(differences.getByText('At Principal, on Integrate instead of Resell:')).toBeVisible();
    await expect(differences).toContainText(
      'Certified archiving engineers now required: 1 person passes Archiving Technical Specialist',
    );
    await expect(widget.bar.getByText('Principal: 0 of 3 met, 26% ready')).toBeVisible();
    await expect(widget.bar.getByText(/^Expert: 0 of \d+ met, 4% ready$/)).toBeVisible();
    expect(formatFindings('resell emea', await axeFindings(page))).toBe('');

    await page.reload();
    await widget.ready();
    await expect(widget.root.getByLabel('Business model')).toHaveValue('resell');
    await expect(widget.root.getByLabel('Region')).toHaveValue('emea');
  });

  test('opens the help, counting rules and evidence of a requirement, and returns no axe violation open', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const row = widget.root.getByRole('row', { name: /Customer references/ });

    await row.getByText('Help and evidence').click();

    await expect(row.getByText(/^Evidence: /)).toBeVisible();
    // A counting rule of the content is an example: shown with its mark.
    const window = row.locator('[data-illustrative]', {
      hasText: 'References from the last 24 months count',
    });
    await expect(window).toBeVisible();
    expect(formatFindings('help open', await axeFindings(page))).toBe('');
  });
});

test.describe('competency page in print', () => {
  test('returns every help and evidence text open, with the pickers left out', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();

    await page.emulateMedia({ media: 'print' });

    const evidence = widget.root.locator('.sa-more').getByText(/^Evidence: /);
    expect(await evidence.count()).toBeGreaterThan(4);
    for (const line of await evidence.all()) await expect(line).toBeVisible();
    await expect(widget.root.getByLabel('Business model')).toBeHidden();
    await expect(widget.root.getByText('Help and evidence').first()).toBeHidden();
  });
});
