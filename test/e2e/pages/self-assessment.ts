import { expect, type Locator, type Page } from '@playwright/test';

/** Figures that meet every requirement of Archiving on the Integrate model at both levels. */
export const ARCHIVING_EXPERT = {
  'Certified archiving engineers': '3',
  'Archiving revenue': '250000',
  'Year-over-year growth': '12',
  'Customer references': '3',
  'Customer satisfaction': '9',
} as const;

/** The self-assessment widget on a competency page, driven the way a partner would. */
export class SelfAssessmentPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('#self-assessment .sa');
  }

  /** Opens a competency page (with an optional `?query` or `#fragment`) and waits for the widget to hydrate. */
  async open(slug = 'archiving', suffix = ''): Promise<void> {
    await this.page.goto(`/competencies/${slug}/${suffix}`);
    await this.ready();
  }

  /** Scrolls the widget into view (it hydrates when visible) and waits until it is interactive. */
  async ready(): Promise<void> {
    await this.root.scrollIntoViewIfNeeded();
    await expect(this.page.locator('astro-island[ssr]')).toHaveCount(0);
  }

  /** A requirement's field by its exact label. */
  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  /** The result bar's summary that names the level achieved (read out by a live region once typing pauses). */
  get summary(): Locator {
    return this.root.locator('.sa-summary');
  }

  /** The result bar: the level achieved, each level's readiness and its links. */
  get bar(): Locator {
    return this.root.locator('.sa-bar');
  }

  /** The polite live region that reads out the level and readiness once typing pauses. */
  get announced(): Locator {
    return this.root.getByRole('status').filter({ hasText: /% ready/ });
  }

  /** The list under "What's missing for <level>". */
  missing(level: string): Locator {
    return this.root
      .getByRole('heading', { name: `What's missing for ${level}` })
      .locator('xpath=following-sibling::ul[1]');
  }

  /** The alert region for problems (bad link, bad file), apart from the fields' own errors and questions. */
  get alert(): Locator {
    return this.root.getByRole('alert').and(this.root.locator(':not(.sa-error):not(.sa-ask *)'));
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** Types figures into their fields, replacing what was there. */
  async fill(figures: Readonly<Record<string, string>>): Promise<void> {
    for (const [label, value] of Object.entries(figures)) await this.field(label).fill(value);
  }

  /** Answers every Archiving Integrate requirement so that Expert is met. */
  async meetArchivingExpert(): Promise<void> {
    await this.field('Archiving training').check();
    await this.fill(ARCHIVING_EXPERT);
    await this.expectLevel('Expert');
  }

  async expectLevel(level: 'None' | 'Principal' | 'Expert'): Promise<void> {
    await expect(this.summary).toContainText(`Level achieved: ${level}`);
  }

  /** The saved entry of a competency as stored in localStorage, or null. */
  async saved(slug = 'archiving'): Promise<string | null> {
    return this.page.evaluate((key) => localStorage.getItem(key), `competency-assessment:${slug}`);
  }

  /** Types an Archiving revenue figure and waits until it is saved; returns the stored entry. */
  async saveRevenue(value: number): Promise<string | null> {
    await this.fill({ 'Archiving revenue': String(value) });
    await expect.poll(() => this.saved()).toContain(`"revenue":${value}`);
    return this.saved();
  }

  /** Shares answers that meet Expert, then saves a lower revenue over them: the link and what is stored. */
  async shareExpertThenChange(): Promise<{ link: string; before: string | null }> {
    await this.meetArchivingExpert();
    const link = await this.shareLink();
    return { link, before: await this.saveRevenue(1000) };
  }

  /**
   * Types `text` into a field as one keystroke does, then, in the next task, before the render that keystroke
   * asked for (it waits for a frame): clicks the button named `then.button` or the element `then.click`, or
   * tells the page it is going away (`pagehide`). Returns the result bar's text before the keystroke and in that
   * task, and what was stored by the end of it.
   */
  async keystrokeThen(
    label: string,
    text: string,
    then: { button: string } | { click: string } | 'pagehide' | null = null,
  ): Promise<{ before: string | null; inTheTask: string | null; stored: string | null }> {
    return this.field(label).evaluate(
      async (input: HTMLInputElement, [text, then]) => {
        const bar = () => document.querySelector('#self-assessment .sa-bar')?.textContent ?? null;
        const before = bar();
        input.focus();
        input.value = text;
        input.dispatchEvent(new InputEvent('input', { bubbles: true, data: text, inputType: 'insertText' }));
        // A task queued now runs before the one that renders after the next frame.
        await new Promise((done) => setTimeout(done));
        const inTheTask = bar();
        if (then === 'pagehide') dispatchEvent(new PageTransitionEvent('pagehide'));
        else if (then && 'click' in then) (document.querySelector(then.click) as HTMLElement).click();
        else if (then)
          [...document.querySelectorAll<HTMLButtonElement>('#self-assessment button')]
            .find((b) => b.textContent === then.button)
            ?.click();
        return { before, inTheTask, stored: localStorage.getItem('competency-assessment:archiving') };
      },
      [text, then] as const,
    );
  }

  /** Clicks "Copy share link" and returns the link the widget shows. */
  async shareLink(): Promise<string> {
    await this.button('Copy share link').click();
    const input = this.root.getByRole('textbox', { name: /link/i });
    await expect(input).toHaveValue(/#a=/);
    return input.inputValue();
  }
}
