import { expect, type Locator, type Page } from '@playwright/test';

/** The partner record on /workspace/, driven the way a partner would. */
export class WorkspacePage {
  constructor(readonly page: Page) {}

  /** Opens the page (in `lang`, English by default) and waits for the island to hydrate and read the record. */
  async open(lang = ''): Promise<void> {
    await this.page.goto(`${lang ? `/${lang}` : ''}/workspace/`);
    await expect(this.page.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(this.people).toBeVisible();
  }

  /** The section that says what holds on a day. */
  get day(): Locator {
    return this.page.getByRole('region', { name: 'What holds on a day' });
  }

  /** The People section. */
  get people(): Locator {
    return this.page.getByRole('region', { name: 'People' });
  }

  /** One person's card. */
  person(label: string): Locator {
    return this.people.getByRole('article', { name: label, exact: true });
  }

  /** What the page said last, in its live region (not the one that says a snapshot was kept). */
  get said(): Locator {
    return this.page.locator('.ws > [role="status"]:not(.sa-kept)');
  }

  /** Adds a person by id or initials. */
  async addPerson(label: string): Promise<void> {
    await this.people.getByLabel('Id or initials').first().fill(label);
    await this.people.getByRole('button', { name: 'Add person' }).click();
    await expect(this.person(label)).toBeVisible();
  }

  /** Adds a pass of a course or exam, passed on an ISO day, to a person. */
  async addPass(label: string, name: string, passed: string): Promise<void> {
    const form = this.person(label).getByRole('form', { name: `Add a pass for ${label}` });
    await form.getByLabel('Course or exam').selectOption(name);
    await form.getByLabel('Passed on').fill(passed);
    await form.getByRole('button', { name: 'Add pass' }).click();
  }

  /** The booking box of a competency in a quarter, e.g. ("Gateway Security", "Q1 2026"). */
  booking(title: string, quarter: string): Locator {
    return this.page
      .getByRole('region', { name: 'Bookings' })
      .getByRole('textbox', { name: `${title} (USD) ${quarter}`, exact: true });
  }

  /** Types an amount into a booking box and leaves it, as a partner tabs on. */
  async book(title: string, quarter: string, amount: string): Promise<void> {
    const box = this.booking(title, quarter);
    await box.fill(amount);
    await box.press('Tab');
  }

  /** Adds a customer reference. */
  async addReference(title: string, customer: string, day: string): Promise<void> {
    const section = this.page.getByRole('region', { name: 'Customer references' });
    await section.getByLabel('Competency').selectOption({ label: title });
    await section.getByLabel('Customer', { exact: true }).fill(customer);
    await section.getByLabel('Agreed on').fill(day);
    await section.getByRole('button', { name: 'Add reference' }).click();
  }

  /** The references table's rows, heading row left out. */
  get references(): Locator {
    return this.page
      .getByRole('region', { name: 'Customer references' })
      .getByRole('row')
      .filter({
        has: this.page.getByRole('cell'),
      });
  }
}
