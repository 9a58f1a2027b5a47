import { expect, type Locator, type Page } from '@playwright/test';

/** The portfolio assessment on /self-assessment/, driven the way a partner would. */
export class PortfolioPage {
  constructor(readonly page: Page) {}

  /** Opens the page and waits for the island to hydrate. */
  async open(): Promise<void> {
    await this.page.goto('/self-assessment/');
    await expect(this.page.locator('astro-island[ssr]')).toHaveCount(0);
  }

  /**
   * Opens the page and waits until its code has come in while the page was idle, the network quiet again;
   * returns the path of every request the page made, kept up to date.
   */
  async openIdle(): Promise<string[]> {
    const paths: string[] = [];
    this.page.on('request', (request) => paths.push(new URL(request.url()).pathname));
    await this.open();
    await expect.poll(() => paths.filter((path) => path.includes('/_astro/tools.'))).toHaveLength(1);
    await this.page.waitForLoadState('networkidle');
    return paths;
  }

  /** The checkbox that puts a competency in the portfolio. */
  pick(title: string): Locator {
    return this.page
      .getByRole('group', { name: 'Competencies you hold or target' })
      .getByLabel(title, { exact: true });
  }

  /** The collapsible answers of one competency, opened. */
  async answers(title: string): Promise<Locator> {
    const section = this.page.locator('details.pf-area').filter({ hasText: title });
    if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open)))
      await section.locator('summary').click();
    return section;
  }

  /** A competency's cell at a level in the portfolio grid (levels in display order: 0 Principal, 1 Expert). */
  cell(title: string, level: 0 | 1): Locator {
    return this.page
      .getByRole('group', { name: 'Competencies you hold or target' })
      .getByRole('row')
      .filter({ has: this.page.getByLabel(title, { exact: true }) })
      .getByRole('cell')
      .nth(level);
  }

  /** The live line naming the tier the levels imply and what the next tier needs. */
  get tier(): Locator {
    return this.page.locator('.pf-tier');
  }
}
