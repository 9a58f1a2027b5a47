import { describe, expect, test } from 'vitest';
import { ID_LABELS } from '../../src/domain/labels.ts';
import type { ForecastChoice } from '../../src/engine/forecast.ts';
import { emptyRecord } from '../../src/schemas/record.ts';
import { translator } from '../../src/text/text.ts';
import { followedSlugs, recordDayView, type RecordDayInput } from '../../src/views/record-day.ts';
import { makeRules } from '../helpers/fixtures.ts';
import { catalogue, sampleRecord, tiers, TODAY } from '../helpers/partner-record.ts';

const EN = translator('en');
const integrate = { businessModel: 'integrate', region: 'na' } as const;
/** Every competency of the sample catalogue, Archiving's revenue typed on its page. */
const choices: ForecastChoice[] = catalogue.map((c) => ({
  slug: c.slug,
  context: integrate,
  typed: c.slug === 'archiving' ? { revenue: 60000 } : {},
}));
const input = (over: Partial<RecordDayInput> = {}): RecordDayInput => ({
  record: sampleRecord(),
  catalogue,
  tiers,
  labels: ID_LABELS,
  choices,
  day: TODAY,
  t: EN,
  hrefOf: (slug, day) => `/competencies/${slug}/?on=${day}`,
  ...over,
});

describe('followedSlugs', () => {
  const names = (slug: string) =>
    catalogue
      .find((c) => c.slug === slug)
      ?.requirements.principal?.integrate?.flatMap((r) => (r.kind === 'exam' ? [r.exam] : [])) ?? [];

  test('follows the competencies chosen in the portfolio, in catalogue order', () => {
    expect(followedSlugs(sampleRecord(), catalogue, ['archiving', 'gateway-security'], names)).toEqual({
      slugs: ['gateway-security', 'archiving'],
      from: 'portfolio',
    });
  });

  test('without a choice, follows every competency the record holds something for', () => {
    expect(followedSlugs(sampleRecord(), catalogue, [], names)).toEqual({
      slugs: ['gateway-security', 'endpoint-security', 'archiving'],
      from: 'record',
    });
    expect(followedSlugs(sampleRecord(), catalogue, [], () => [])).toEqual({
      slugs: ['gateway-security', 'archiving'],
      from: 'record',
    });
    expect(followedSlugs(emptyRecord(), catalogue, [], names)).toEqual({ slugs: [], from: 'record' });
  });
});

describe('recordDayView', () => {
  test('gives each competency its level on the day, where its answers came from, and the tier', () => {
    const view = recordDayView(input());

    expect(view.rows.map((r) => [r.title, r.level, r.held, r.fromRecord, r.typed, r.href])).toEqual([
      ['Gateway Security', 'Expert', 'expert', 6, 0, '/competencies/gateway-security/?on=2026-12-07'],
      ['Endpoint Security', 'None', null, 1, 0, '/competencies/endpoint-security/?on=2026-12-07'],
      ['Archiving', 'Principal', 'principal', 1, 1, '/competencies/archiving/?on=2026-12-07'],
    ]);
    expect(view.rows[0]?.progress).toEqual([
      'Principal: 4 of 4 met, 100% ready',
      'Expert: 6 of 6 met, 100% ready',
    ]);
    expect(view.tier).toEqual({ text: 'Gold', illustrative: true });
    expect(view.until).toBe('2028-12-07');
  });

  test('lists the lapses of the next 24 months in order, the first with its reason and what keeps it', () => {
    const view = recordDayView(input());

    expect(view.lapses.map((l) => [l.day, l.what])).toEqual([
      ['2027-03-14', 'Expert in Gateway Security'],
      ['2027-03-14', 'The Gold tier'],
      ['2027-05-02', 'Principal in Gateway Security'],
      ['2028-10-01', 'Principal in Archiving'],
      ['2028-10-01', 'The Silver tier'],
    ]);
    expect(view.lapses[0]).toMatchObject({
      date: '14 March 2027',
      reasons: ['2 of 3 certifications expire'],
      actions: ['renew 1 Gateway Specialist certification'],
      illustrative: true,
    });
    expect(view.forecastLapses).toHaveLength(5);
  });

  test('says the day, the levels held, the tier and the first lapse in one sentence', () => {
    expect(recordDayView(input()).said).toBe(
      '7 December 2026: Expert in Gateway Security and Principal in Archiving; tier: Gold. First lapse: Expert in Gateway Security lapses on 14 March 2027: 2 of 3 certifications expire; renew 1 Gateway Specialist certification by then',
    );
  });

  test('on a later day, shows what holds then and forecasts from that day', () => {
    const view = recordDayView(input({ day: '2027-06-01' }));

    expect(view.rows.map((r) => r.level)).toEqual(['None', 'None', 'Principal']);
    expect(view.tier).toEqual({ text: 'Silver', illustrative: true });
    expect(view.lapses.map((l) => l.day)).toEqual(['2028-10-01', '2028-10-01']);
  });

  test('says so when no level is held and nothing lapses', () => {
    const view = recordDayView(input({ record: emptyRecord(), choices: choices.slice(0, 1) }));

    expect(view.tier).toEqual({ text: 'Registered', illustrative: true });
    expect(view.lapses).toEqual([]);
    expect(view.said).toBe(
      '7 December 2026: no level held; tier: Registered. Nothing lapses by 7 December 2028 as your record stands.',
    );
  });

  test('writes its words in the page’s language', () => {
    const view = recordDayView(input({ t: translator('de') }));

    expect(view.said).toMatch(/^7\. Dezember 2026: .*Partnerstufe: /);
    expect(view.lapses[0]?.date).toBe('14. März 2027');
  });
});

describe('recordDayView under announced rules', () => {
  const references = (count: number) => ({
    kind: 'references',
    id: 'references',
    label: 'Customer references',
    count,
    evidence: 'Proof of it',
    help: 'How to count it.',
  });
  const rules = makeRules(
    {
      title: 'Endpoint Management',
      businessModels: ['integrate'],
      expertIncludesPrincipal: false,
      requirements: { expert: { integrate: [references(2)] } },
      announced: {
        version: '1.1',
        effective: '2027-07-01',
        published: '2026-12-01',
        provenance: 'illustrative',
        summary: 'Expert asks for a third customer reference.',
        requirements: { expert: { integrate: [references(3)] } },
      },
    },
    'endpoint-management',
  );
  const record = {
    ...emptyRecord(),
    references: {
      r1: { competency: 'endpoint-management', customer: 'A', date: '2026-09-01' },
      r2: { competency: 'endpoint-management', customer: 'B', date: '2026-10-01' },
    },
  };
  const on = (day: string) =>
    recordDayView(
      input({
        record,
        catalogue: [rules],
        tiers: [],
        choices: [{ slug: 'endpoint-management', context: integrate, typed: {} }],
        day,
      }),
    );

  test('scores a day under the rules in force on it, and says which', () => {
    expect(on('2027-06-30').rows.map((r) => [r.held, r.rules])).toEqual([['expert', null]]);
    expect(on('2027-07-01').rows.map((r) => [r.held, r.rules])).toEqual([
      [null, { text: 'Scored under the rules in force from 1 July 2027 (version 1.1)', illustrative: true }],
    ]);
    // The forecast from the day before says the same lapse.
    expect(on('2027-06-30').lapses.map((l) => [l.day, l.what])).toEqual([
      ['2027-07-01', 'Expert in Endpoint Management'],
    ]);
  });
});
