import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { framedNote } from '../../src/persistence/messages.ts';
import { SNAPSHOTS_KEY } from '../../src/persistence/snapshots.ts';
import { translator } from '../../src/text/text.ts';

const FRAMED = framedNote(translator('en'));
import { SelfAssessmentPage } from './pages/self-assessment.ts';

// A page of another origin frames the site and gets the partner to click inside the frame. The framing page
// is on another port of localhost: another origin but the same site, so the frame shares the site's
// localStorage (browsers that partition a frame's storage do so by the top page's site, not its origin).

let framer: Server;
let framerOrigin = '';

test.beforeAll(async () => {
  // Serves one page that frames the address given in `?src=`.
  framer = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
    const attribute = src.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><title>Another website</title><iframe title="Framed page" src="${attribute}" width="1200" height="900"></iframe></html>`,
    );
  });
  await new Promise<void>((done) => framer.listen(0, 'localhost', done));
  framerOrigin = `http://localhost:${(framer.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((done) => framer.close(done));
});

/**
 * Opens the framing page on `src` in a new page of the context, with the site's responses stripped of the
 * headers that refuse framing, so that the islands' own check is what is tested.
 */
async function openFramed(page: Page, siteOrigin: string, src: string) {
  const framing = await page.context().newPage();
  await framing.route(`${siteOrigin}/**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    delete headers['x-frame-options'];
    await route.fulfill({ response, headers });
  });
  await framing.goto(`${framerOrigin}/?src=${encodeURIComponent(src)}`);
  const frame = framing.frameLocator('iframe[title="Framed page"]');
  return { framing, frame };
}

/**
 * What is stored under every key of the site's localStorage, read in a top-level page of the site; less the
 * snapshots, which that page keeps by itself once its own changes settle, whenever that is
 * (src/islands/shared/snapshot-soon.ts). A frame never keeps one: it has no storage at all.
 */
async function everythingStored(page: Page): Promise<Record<string, string>> {
  const stored = await page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  delete stored[SNAPSHOTS_KEY];
  return stored;
}

test.describe('in a frame of another website', () => {
  test('changes no saved answer of the self-assessment whatever is clicked, and says why', async ({
    page,
    baseURL,
  }) => {
    const site = baseURL ?? '';
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    const { link, before } = await widget.shareExpertThenChange();
    const download = page.waitForEvent('download');
    await widget.button('Export answers (JSON)').click();
    const exported = (await (await download).path()) ?? '';
    const stored = await everythingStored(page);
    expect(before).toContain('"revenue":1000');

    const { framing, frame } = await openFramed(page, site, link);
    const inFrame = frame.locator('#self-assessment .sa');
    const button = (name: string) => inFrame.getByRole('button', { name, exact: true });
    await expect(frame.locator('astro-island[ssr]')).toHaveCount(0);

    await button('Use these answers').click();
    await expect(inFrame.getByLabel('Archiving revenue', { exact: true })).toHaveValue('250000');
    await inFrame.getByLabel('Archiving revenue', { exact: true }).fill('5');
    await inFrame.getByLabel('Customer references', { exact: true }).fill('1');
    await inFrame.getByLabel('Import answers from a JSON file').setInputFiles(exported);
    await button('Use these answers').click();
    await button('Reset answers').click();
    await button('Clear answers').click();
    await expect(inFrame.getByLabel('Archiving revenue', { exact: true })).toHaveValue('');
    await inFrame.getByLabel('Business model').selectOption('resell');

    expect(await everythingStored(page)).toEqual(stored);
    await page.reload();
    await widget.ready();
    await expect(widget.field('Archiving revenue')).toHaveValue('1000');
    expect(await everythingStored(page)).toEqual(stored);

    const alert = inFrame.getByRole('alert').filter({ hasText: FRAMED.text });
    await expect(alert).toBeVisible();
    const own = alert.getByRole('link', { name: FRAMED.link });
    await expect(own).toHaveAttribute('target', '_blank');
    const opened = framing.context().waitForEvent('page');
    await own.click();
    const tab = new SelfAssessmentPage(await opened);
    await tab.ready();
    await expect(tab.field('Archiving revenue')).toHaveValue('1000');
    await expect(tab.alert).not.toContainText(FRAMED.text);
  });

  test('changes no saved answer or choice of the portfolio whatever is clicked, and says why', async ({
    page,
    baseURL,
  }) => {
    const site = baseURL ?? '';
    await page.goto('/self-assessment/');
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    const choice = page.getByRole('group', { name: 'Competencies you hold or target' });
    await choice.getByLabel('Archiving', { exact: true }).check();
    const archiving = page.locator('details.pf-area').filter({ hasText: 'Archiving' });
    await archiving.locator('summary').click();
    const revenue = archiving.getByLabel('Archiving revenue', { exact: true });
    await revenue.fill('50000');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.locator('#pf-link').inputValue();
    await revenue.fill('1000');
    await choice.getByLabel('Archiving', { exact: true }).uncheck();
    await expect
      .poll(() => everythingStored(page))
      .toMatchObject({
        'competency-assessment:archiving': expect.stringContaining('"revenue":1000'),
      });
    const stored = await everythingStored(page);

    const { frame } = await openFramed(page, site, link);
    await expect(frame.getByRole('heading', { name: 'Viewing a shared portfolio' })).toBeVisible();
    await frame.getByRole('button', { name: 'Use these answers', exact: true }).click();
    await expect(frame.getByRole('status').filter({ hasText: /The shared answers are/ })).toBeVisible();
    await frame
      .getByRole('group', { name: 'Competencies you hold or target' })
      .getByLabel('Mobility', { exact: true })
      .check();
    await expect(frame.getByLabel('Mobility', { exact: true })).toBeChecked();

    expect(await everythingStored(page)).toEqual(stored);
    await expect(frame.getByText('The shared answers are shown as yours on this page only')).toBeVisible();
    await expect(frame.getByRole('alert').filter({ hasText: FRAMED.text })).toBeVisible();
  });
});

test.describe('the headers of `npm start`', () => {
  test('refuse framing on every page and file', async ({ request }) => {
    for (const path of ['/', '/competencies/archiving/', '/self-assessment/', '/favicon.svg']) {
      const response = await request.get(path);
      expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(response.headers()['x-frame-options'], path).toBe('DENY');
    }
  });

  test('keep a page out of a frame of another website', async ({ page, baseURL }) => {
    const framing = await page.context().newPage();
    await framing.goto(
      `${framerOrigin}/?src=${encodeURIComponent(`${baseURL ?? ''}/competencies/archiving/`)}`,
    );
    const frame = framing.frameLocator('iframe[title="Framed page"]');

    await expect.poll(() => framing.frames().map((f) => f.url())).toContain('chrome-error://chromewebdata/');
    await expect(frame.getByRole('heading', { name: 'Archiving' })).toHaveCount(0);
  });
});
