import { expect, test } from '@playwright/test';
import { SelfAssessmentPage } from './pages/self-assessment.ts';

test.describe('how this is scored', () => {
  test('shows the arithmetic behind each level with the partner’s own figures', async ({ page }) => {
    const widget = new SelfAssessmentPage(page);
    await widget.open();
    await widget.field('Archiving training').check();
    await widget.fill({
      'Certified archiving engineers': '3',
      'Customer references': '3',
      'Archiving revenue': '154000',
    });

    await widget.root.getByRole('link', { name: 'How this is scored' }).click();

    const how = widget.root.getByRole('group', { name: 'How this is scored' });
    await expect(how).toHaveJSProperty('open', true);
    await expect(how).toContainText(/Archiving revenue: 154,000 of 200,000( \(illustrative\))?, counts 77%/);
    await expect(how).toContainText('Year-over-year growth: not answered, counts 0%');
    const bar = await widget.root.locator('#sa-bar-expert').innerText();
    await expect(how).toContainText(bar.trim());
    await expect(how).toContainText('(100 + 100 + 77 + 0 + 100 + 0) ÷ 6 = 62.83, rounded down: 62% ready.');
  });

  test('states the same rule on the program page and in the FAQ', async ({ page }) => {
    await page.goto('/program/');
    const rule = await page.getByRole('region', { name: 'How the self-assessment scores' }).innerText();

    await page.goto('/faq/');

    await expect(page.getByText('“% ready” is the average of what each requirement counts')).toBeVisible();
    expect(rule).toContain('“% ready” is the average of what each requirement counts');
  });
});
