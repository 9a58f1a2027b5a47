import { expect, test } from '@playwright/test';
import { SelfAssessmentPage } from './pages/self-assessment.ts';
import { LANG_NAMES } from '../../src/text/langs.ts';
import { translator } from '../../src/text/text.ts';

const de = translator('de');
const ja = translator('ja');

test.describe('the site in other languages', () => {
  test('keeps the business model and region chosen on a German page when the partner switches to Japanese', async ({
    page,
  }) => {
    const widget = new SelfAssessmentPage(page);
    await page.goto('/de/competencies/archiving/');
    await widget.ready();
    await widget.root.getByLabel(de('picker.model'), { exact: true }).selectOption('resell');
    await widget.root.getByLabel(de('picker.region'), { exact: true }).selectOption('emea');
    // Kept once the scoring code has loaded: the address then says so.
    await expect(page).toHaveURL(/[?&]region=emea\b/);

    await page
      .getByRole('navigation', { name: de('site.languages.label') })
      .getByRole('link', { name: LANG_NAMES.ja })
      .click();

    await expect(page).toHaveURL(/\/ja\/competencies\/archiving\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await widget.ready();
    await expect(widget.root.getByLabel(ja('picker.model'), { exact: true })).toHaveValue('resell');
    await expect(widget.root.getByLabel(ja('picker.region'), { exact: true })).toHaveValue('emea');
    await expect(
      page
        .getByRole('navigation', { name: ja('site.languages.label') })
        .getByRole('link', { name: LANG_NAMES.ja }),
    ).toHaveAttribute('aria-current', 'page');
  });

  test('finds a page by a Japanese word on the Japanese search page, from the Japanese index only', async ({
    page,
  }) => {
    await page.goto('/ja/search/');
    await page.getByRole('main').getByLabel(ja('search.field.label'), { exact: true }).fill('アーカイブ');

    const results = page.locator('#search-results');
    const first = results.getByRole('link').first();
    await expect(first).toBeVisible();
    await expect(first).toHaveAttribute('href', /^\/ja\//);
    const hrefs = await results
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toContain('/ja/competencies/archiving/');
    expect(hrefs.every((href) => href?.startsWith('/ja/'))).toBe(true);
  });
});
