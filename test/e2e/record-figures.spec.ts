import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { everyRequirement, type CompetencyRules } from '../../src/domain/rules.ts';
import { countedPeople, standingOn } from '../../src/engine/record-figures.ts';
import { RECORD_KEY } from '../../src/persistence/record-key.ts';
import { PORTFOLIO_KEY } from '../../src/persistence/portfolio-choice.ts';
import { translator } from '../../src/text/text.ts';
import { FED, ON_LATER, RECORD, STORED_RECORD, TODAY } from '../helpers/record-fixture.ts';
import { SelfAssessmentPage } from './pages/self-assessment.ts';

const EN = translator('en');
/** The rules the built pages score with: the portfolio's rules file. */
const CATALOGUE = (
  JSON.parse(readFileSync('dist/self-assessment/rules.json', 'utf8')) as { rules: CompetencyRules[] }
).rules;
const CONTEXT = { businessModel: 'integrate', region: 'na' } as const;
const DAYS = [TODAY, ...ON_LATER] as const;

/** What the engine makes of the record on a day for a competency on Integrate in North America, nothing typed. */
function expected(slug: string, day: string) {
  const rules = CATALOGUE.find((c) => c.slug === slug);
  if (!rules) throw new Error(`no rules for ${slug}`);
  const standing = standingOn(RECORD, rules, CONTEXT, day, countedPeople(RECORD, CATALOGUE, day), {}, EN);
  const a = standing.assessment;
  if (a.status !== 'assessed') throw new Error(`${slug} is not offered`);
  // The portfolio's words for its state: the level held, then the next level's readiness.
  const held =
    a.achieved === null ? 'No level yet' : `${a.levels.find((l) => l.level === a.achieved)?.title} met`;
  const next = a.next && a.levels.find((l) => l.level === a.next?.level);
  return {
    figures: standing.figures,
    headline: a.headline.value,
    levels: a.levels.map((l) => `${l.title}: ${l.summary}`),
    state: next ? `${held}; ${next.title}: ${next.summary}` : held,
  };
}

/** The revenue each competency books in the window of each day (its bookings, whatever the counting rules). */
const REVENUE: Record<(typeof FED)[number], readonly [string, string, string]> = {
  'gateway-security': ['USD 175,000', 'USD 95,000', 'USD 0'],
  archiving: ['USD 65,000', 'USD 35,000', 'USD 0'],
  'enterprise-backup-and-recovery': ['USD 270,000', 'USD 150,000', 'USD 0'],
};
const WINDOWS = ['2025-Q4 to 2026-Q3', '2026-Q2 to 2027-Q1', '2027-Q1 to 2027-Q4'] as const;

async function storeRecord(page: Page, choice?: readonly string[]): Promise<void> {
  await page.addInitScript(
    ([key, text, choiceKey, chosen]) => {
      localStorage.setItem(key, text);
      if (chosen) localStorage.setItem(choiceKey, chosen);
    },
    [
      RECORD_KEY,
      STORED_RECORD,
      PORTFOLIO_KEY,
      choice ? JSON.stringify({ v: 1, slugs: choice }) : '',
    ] as const,
  );
}

/** A requirement's label in a competency's rules. */
function requirementLabel(slug: string, id: string): string {
  const rules = CATALOGUE.find((c) => c.slug === slug);
  const label = rules && everyRequirement(rules).find((r) => r.id === id)?.label;
  if (!label) throw new Error(`no requirement ${id} in ${slug}`);
  return label;
}

/** A requirement's row in the widget's table, by its label. */
const row = (widget: SelfAssessmentPage, label: string) =>
  widget.root.locator('.sa-table tbody tr').filter({ has: widget.page.getByText(label, { exact: true }) });

test.describe('figures from the partner record', () => {
  // Each test opens a page three times, once per day, and waits for its scoring code each time.
  test.setTimeout(90_000);

  for (const slug of FED) {
    test(`${slug}: figures and verdicts today and on two later days`, async ({ page }) => {
      await storeRecord(page);
      const widget = new SelfAssessmentPage(page);
      for (const [i, day] of DAYS.entries()) {
        await widget.open(slug, `?on=${day}`);
        const want = expected(slug, day);
        await expect(widget.root.getByLabel('Figures from your record as on')).toHaveValue(day);
        await expect(widget.summary).toContainText(`Level achieved: ${want.headline}`);
        for (const level of want.levels) await expect(widget.bar).toContainText(level);
        const revenue = widget.root.locator('.sa-rec').filter({ hasText: 'booked in' });
        await expect(revenue).toHaveText(`${REVENUE[slug][i]} booked in ${WINDOWS[i]}, from your record`);
        const exam = want.figures['technical-exam'];
        const people = Number(exam?.value);
        await expect(row(widget, requirementLabel(slug, 'technical-exam')).locator('.sa-rec')).toContainText(
          people === 0 ? 'no one in your record counts' : `${people} ${people === 1 ? 'person' : 'people'}`,
        );
      }
    });
  }

  test('a typed figure wins, marked as typed with the record’s beside it; the evidence planned shows', async ({
    page,
  }) => {
    await storeRecord(page);
    const widget = new SelfAssessmentPage(page);
    await widget.open('gateway-security', `?on=${TODAY}`);
    const references = row(widget, 'Customer references');
    await expect(references.locator('.sa-rec')).toHaveText(
      '2 customers with a reference dated 8 December 2024 to 7 December 2026, from your record',
    );

    await widget.field('Customer references').fill('0');

    await expect(references.locator('.sa-rec')).toHaveText(
      'Typed here, and counted. Your record: 2 customers with a reference dated 8 December 2024 to 7 December 2026',
    );
    await expect(widget.summary).toContainText('Level achieved: None');
    await expect(widget.missing('Principal')).toContainText('Customer references');
    await expect(row(widget, 'Certified gateway security engineers').locator('.sa-rec-ev')).toHaveText(
      'Evidence: in progress, owner AK, due 28 February 2027',
    );
    // What is saved is what was typed: the record is not copied into the answers.
    await expect.poll(() => widget.saved('gateway-security')).toContain('"answers":{"references":0}');
  });

  test('the day is a labelled field kept in the address; a day that is no day falls back to today', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
    await storeRecord(page);
    const widget = new SelfAssessmentPage(page);
    await widget.open('archiving', '?on=2026-02-30');
    await expect(widget.root.locator('.sa-on').getByRole('alert')).toContainText(
      '“2026-02-30” is not a day: showing today, 7 December 2026.',
    );
    const field = widget.root.getByLabel('Figures from your record as on');
    await expect(field).toHaveValue(TODAY);

    await field.fill(ON_LATER[0]);

    await expect(page).toHaveURL(new RegExp(`[?&]on=${ON_LATER[0]}`));
    await expect(widget.root.locator('.sa-rec').filter({ hasText: 'booked in' })).toHaveText(
      `USD 35,000 booked in ${WINDOWS[1]}, from your record`,
    );
    await widget.button('Back to today').click();
    await expect(field).toHaveValue(TODAY);
    await expect(page).not.toHaveURL(/[?&]on=/);

    await widget.open('archiving', '?on=2099-01-01');
    await expect(widget.root.locator('.sa-on').getByRole('alert')).toContainText('2099-01-01 is outside');
  });

  test('the portfolio scores the three competencies from the record, today and on two later days', async ({
    page,
  }) => {
    await storeRecord(page, FED);
    for (const day of DAYS) {
      await page.goto(`/self-assessment/?on=${day}`);
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
      await expect(page.getByLabel('Figures from your record as on')).toHaveValue(day);
      for (const slug of FED) {
        const want = expected(slug, day);
        const title = CATALOGUE.find((c) => c.slug === slug)?.title ?? slug;
        const state = page.locator('details.pf-area').filter({ hasText: title }).locator('.pf-state');
        await expect(state).toHaveText(want.state);
      }
    }
  });
});
