import { describe, expect, test } from 'vitest';
import { changeDays, forecast, type ForecastChoice } from '../../src/engine/forecast.ts';
import { emptyRecord, type PartnerRecord } from '../../src/schemas/record.ts';
import { translator } from '../../src/text/text.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { kinds, makeDesignation, makeRules } from '../helpers/fixtures.ts';
import { catalogue, gateway, sampleRecord, tiers, TODAY } from '../helpers/partner-record.ts';

const EN = translator('en');
const integrate = { businessModel: 'integrate', region: 'na' } as const;

/** Every competency of the sample catalogue, Archiving's revenue typed. */
const chosen: ForecastChoice[] = catalogue.map((c) => ({
  slug: c.slug,
  context: integrate,
  typed: c.slug === 'archiving' ? { revenue: 60000 } : {},
}));

const common = { evidence: 'Proof of it', help: 'How to count it.' };

/** Gateway Security with other Expert requirements. */
function gatewayWith(expert: Record<string, unknown>[]): CompetencyRules {
  return makeRules(
    {
      title: 'Gateway Security',
      group: 'security',
      order: 30,
      businessModels: ['integrate'],
      expertIncludesPrincipal: false,
      requirements: { expert: { integrate: expert } },
    },
    'gateway-security',
  );
}

describe('changeDays', () => {
  test('lists the days passes expire, records enter or leave their window and quarters end', () => {
    const days = changeDays(sampleRecord(), catalogue, TODAY, '2027-12-31');
    expect(days).toEqual([
      '2026-12-31',
      '2027-01-20',
      '2027-03-14',
      '2027-03-31',
      '2027-05-01',
      '2027-05-02',
      '2027-06-01',
      '2027-06-10',
      '2027-06-20',
      '2027-06-30',
      '2027-09-15',
      '2027-09-30',
      '2027-10-01',
      '2027-12-01',
      '2027-12-31',
    ]);
  });

  test('adds the days records are dated after the first day, and leaves out unreadable days', () => {
    const record: PartnerRecord = {
      ...emptyRecord(),
      people: { p1: { label: 'AK' } },
      credentials: {
        c1: { person: 'p1', name: 'Gateway Specialist', passed: '2027-02-01' },
        c2: { person: 'p1', name: 'Gateway Specialist', passed: 'soon' },
      },
      references: {
        r1: { competency: 'gateway-security', customer: 'A', date: '2027-01-05' },
        r2: { competency: 'not-in-the-catalogue', customer: 'B', date: '2027-01-06' },
      },
      surveys: { s1: { competency: 'gateway-security', score: 9, date: '2027-13-01' } },
    };
    expect(changeDays(record, [gateway], TODAY, '2027-02-28')).toEqual([
      '2026-12-31',
      '2027-01-05',
      '2027-01-06',
      '2027-02-01',
    ]);
  });
});

describe('forecast', () => {
  test('follows nothing it cannot score: a competency not offered in the region, or not in the catalogue', () => {
    const elsewhere = [
      { slug: 'gateway-security', context: { businessModel: 'integrate', region: 'apj' }, typed: {} },
      { slug: 'no-such-competency', context: integrate, typed: {} },
    ] as const;
    const result = forecast(sampleRecord(), elsewhere, catalogue, tiers, TODAY, EN, { until: '2027-06-30' });
    expect(result.lapses).toEqual([]);
  });

  test('says growth has nothing to compare with once the earlier quarters hold no booking, in plain figures without a revenue requirement', () => {
    const rules = gatewayWith([
      { kind: 'growth', id: 'growth', label: 'Growth', percent: 10, periodMonths: 6, ...common },
    ]);
    const record: PartnerRecord = {
      ...emptyRecord(),
      bookings: {
        b1: { competency: 'gateway-security', quarter: '2026-Q1', amount: 100 },
        b3: { competency: 'gateway-security', quarter: '2026-Q4', amount: 300 },
      },
    };
    const choice = [{ slug: 'gateway-security', context: integrate, typed: {} }];
    const gone = forecast(record, choice, [rules], [], '2026-12-31', EN, { until: '2027-03-31' });
    expect(gone.lapses.map((l) => [l.day, l.text])).toEqual([
      [
        '2027-03-31',
        'Expert in Gateway Security lapses on 31 March 2027: nothing is left in the record to count for Growth',
      ],
    ]);
    record.bookings.b2 = { competency: 'gateway-security', quarter: '2026-Q3', amount: 280 };
    const plain = forecast(record, choice, [rules], [], '2026-12-31', EN, { until: '2027-03-31' });
    expect(plain.lapses[0]?.actions.map((a) => a.text)).toEqual(['book 8 more']);
  });

  test('lists each lapse of a level or the tier in order, with why and the fewest actions that keep it', () => {
    const result = forecast(sampleRecord(), chosen, catalogue, tiers, TODAY, EN);
    expect(result.from).toBe(TODAY);
    expect(result.until).toBe('2028-12-07');
    expect(result.lapses.map((l) => [l.day, l.subject, l.id, l.from, l.to])).toEqual([
      ['2027-03-14', 'level', 'gateway-security', 'expert', 'principal'],
      ['2027-03-14', 'tier', 'gold', 'gold', 'silver'],
      ['2027-05-02', 'level', 'gateway-security', 'principal', null],
      ['2028-10-01', 'level', 'archiving', 'principal', null],
      ['2028-10-01', 'tier', 'silver', 'silver', 'registered'],
    ]);
    expect(result.lapses.map((l) => l.text)).toEqual([
      'Expert in Gateway Security lapses on 14 March 2027: 2 of 3 certifications expire; renew 1 Gateway Specialist certification by then',
      'The Gold tier lapses on 14 March 2027: Expert in Gateway Security lapses; renew 1 Gateway Specialist certification by then',
      'Principal in Gateway Security lapses on 2 May 2027: Sales training is no longer current; renew Gateway Sales by then',
      'Principal in Archiving lapses on 1 October 2028: 1 of 1 certifications expires; renew 1 Archiving Specialist certification by then',
      'The Silver tier lapses on 1 October 2028: Principal in Archiving lapses; renew 1 Archiving Specialist certification by then',
    ]);
    const [first] = result.lapses;
    expect(first?.reasons).toEqual([
      {
        competency: 'gateway-security',
        requirement: 'technical-exam',
        label: 'Certified engineers',
        kind: 'exam',
        before: 3,
        after: 1,
        threshold: 2,
        // A threshold without a provenance is an example.
        illustrative: true,
        text: '2 of 3 certifications expire',
      },
    ]);
    expect(first?.actions).toEqual([
      {
        competency: 'gateway-security',
        requirement: 'technical-exam',
        kind: 'exam',
        count: 1,
        by: '2027-03-14',
        text: 'renew 1 Gateway Specialist certification',
      },
    ]);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  test('says it in German and Japanese, dates included', () => {
    const de = forecast(sampleRecord(), chosen, catalogue, tiers, TODAY, translator('de'));
    expect(de.lapses[0]?.text).toBe(
      'Stufe Expert in Gateway Security erlischt am 14. März 2027: 2 von 3 Zertifizierungen laufen ab; halten Sie sie, indem Sie bis dahin 1 Zertifizierung Gateway Specialist erneuern',
    );
    const ja = forecast(sampleRecord(), chosen, catalogue, tiers, TODAY, translator('ja'));
    expect(ja.lapses[0]?.text).toBe(
      'Gateway SecurityのExpertは2027年3月14日に失効します。理由：認定3件のうち2件の期限切れ。維持するには、それまでにGateway Specialistの認定1件の更新が必要です。',
    );
    expect(ja.lapses[0]?.date).toBe('2027年3月14日');
  });

  test('a typed answer does not lapse, and the horizon ends the forecast', () => {
    const typed = chosen.map((c) =>
      c.slug === 'gateway-security' ? { ...c, typed: { 'technical-exam': 2, 'sales-training': true } } : c,
    );
    const result = forecast(sampleRecord(), typed, catalogue, tiers, TODAY, EN, { until: '2028-01-01' });
    expect(result.until).toBe('2028-01-01');
    expect(result.checked.at(-1)).toBe('2028-01-01');
    expect(result.lapses.map((l) => [l.day, l.id, l.from, l.to])).toEqual([
      ['2027-06-30', 'gateway-security', 'expert', 'principal'],
      ['2027-06-30', 'gold', 'gold', 'silver'],
      ['2027-12-31', 'gateway-security', 'principal', null],
    ]);
    expect(result.lapses[0]?.text).toBe(
      'Expert in Gateway Security lapses on 30 June 2027: Area revenue falls to USD 115,000, below USD 160,000 in the trailing 12 months and Growth falls to 0%, below 12% growth over the trailing 12 months; book USD 69,800 more by then',
    );
  });

  test('keeps growth, references and satisfaction with the fewest bookings, references and survey results', () => {
    const rules = gatewayWith([
      {
        kind: 'revenue',
        id: 'revenue',
        label: 'Area revenue',
        amount: 1,
        currency: 'EUR',
        periodMonths: 12,
        ...common,
      },
      { kind: 'growth', id: 'growth', label: 'Growth', percent: 10, periodMonths: 6, ...common },
      {
        kind: 'references',
        id: 'references',
        label: 'References',
        count: 2,
        counting: { withinMonths: 12 },
        ...common,
      },
      {
        kind: 'satisfaction',
        id: 'satisfaction',
        label: 'Satisfaction',
        threshold: 8,
        scale: { min: 0, max: 10, name: 'Survey' },
        counting: { withinMonths: 12 },
        ...common,
      },
    ]);
    const record: PartnerRecord = {
      ...emptyRecord(),
      bookings: {
        b1: { competency: 'gateway-security', quarter: '2026-Q1', amount: 100 },
        b2: { competency: 'gateway-security', quarter: '2026-Q2', amount: 100 },
        b3: { competency: 'gateway-security', quarter: '2026-Q3', amount: 110 },
        b4: { competency: 'gateway-security', quarter: '2026-Q4', amount: 111 },
      },
      references: {
        r1: { competency: 'gateway-security', customer: 'A', date: '2026-02-01' },
        r2: { competency: 'gateway-security', customer: 'B', date: '2026-03-01' },
        r3: { competency: 'gateway-security', customer: 'C', date: '2026-06-01' },
      },
      surveys: {
        s1: { competency: 'gateway-security', score: 10, date: '2026-01-15' },
        s2: { competency: 'gateway-security', score: 7, date: '2026-04-01' },
        s3: { competency: 'gateway-security', score: 7, date: '2026-05-01' },
      },
    };
    const choice = [{ slug: 'gateway-security', context: integrate, typed: {} }];
    const result = forecast(record, choice, [rules], [], '2026-12-31', EN, { until: '2027-03-31' });
    expect(result.lapses.map((l) => [l.day, l.to])).toEqual([['2027-01-15', null]]);
    expect(result.lapses[0]?.text).toBe(
      'Expert in Gateway Security lapses on 15 January 2027: Satisfaction falls to 7 on the 0–10 scale, below 8 or more on a 0–10 scale (Survey); collect 1 more survey result of 10 by then',
    );
    const later = forecast(record, choice, [rules], [], '2027-01-15', EN, {
      until: '2027-06-30',
    });
    expect(later.lapses).toEqual([]);
    // From the first day it does not hold, nothing can lapse.
    const record2: PartnerRecord = {
      ...record,
      surveys: { s1: { competency: 'gateway-security', score: 10, date: '2026-12-01' } },
    };
    const held = forecast(record2, choice, [rules], [], '2026-12-31', EN, { until: '2027-12-31' });
    expect(
      held.lapses.map((l) => [l.day, l.reasons.map((r) => r.requirement), l.actions.map((a) => a.text)]),
    ).toEqual([['2027-03-01', ['references'], ['add 1 more customer reference']]]);
    expect(held.lapses[0]?.reasons[0]?.text).toBe('1 of 2 customer references becomes too old to count');
  });

  test('scores each day under the rules in force on it: a level lapses the day announced rules ask more', () => {
    const references = (count: number) => ({
      kind: 'references',
      id: 'references',
      label: 'Customer references',
      count,
      counting: { withinMonths: 24 },
      ...common,
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
          summary: 'Expert asks for a third customer reference.',
          requirements: { expert: { integrate: [references(3)] } },
        },
      },
      'endpoint-management',
    );
    const record: PartnerRecord = {
      ...emptyRecord(),
      references: {
        r1: { competency: 'endpoint-management', customer: 'A', date: '2026-09-01' },
        r2: { competency: 'endpoint-management', customer: 'B', date: '2026-10-01' },
      },
    };
    const choice = [{ slug: 'endpoint-management', context: integrate, typed: {} }];

    expect(changeDays(record, [rules], '2027-01-01', '2027-12-31')).toContain('2027-07-01');
    const result = forecast(record, choice, [rules], [], '2027-01-01', EN, { until: '2027-12-31' });
    expect(result.lapses.map((l) => [l.day, l.from, l.to])).toEqual([['2027-07-01', 'expert', null]]);
    expect(result.lapses[0]?.reasons.map((r) => [r.requirement, r.before, r.after, r.threshold])).toEqual([
      ['references', 2, 2, 3],
    ]);
    expect(result.lapses[0]?.text).toBe(
      'Expert in Endpoint Management lapses on 1 July 2027: under the rules in force from then (version 1.1), Customer references asks for 3 customer references, and you have 2 customer references; add 1 more customer reference by then',
    );
    // A third reference keeps it; from the day the new rules apply, nothing lapses for them.
    const kept: PartnerRecord = {
      ...record,
      references: {
        ...record.references,
        r3: { competency: 'endpoint-management', customer: 'C', date: '2027-02-01' },
      },
    };
    expect(forecast(kept, choice, [rules], [], '2027-01-01', EN, { until: '2027-12-31' }).lapses).toEqual([]);
    expect(forecast(record, choice, [rules], [], '2027-07-01', EN, { until: '2027-12-31' }).lapses).toEqual(
      [],
    );
  });

  test('says a requirement the new rules add, which nothing counts toward yet', () => {
    const rules = makeRules(
      {
        title: 'Endpoint Management',
        businessModels: ['integrate'],
        expertIncludesPrincipal: false,
        requirements: { expert: { integrate: [{ ...kinds.training }] } },
        announced: {
          version: '1.1',
          effective: '2027-07-01',
          published: '2026-12-01',
          summary: 'Expert asks for a customer reference.',
          requirements: {
            expert: {
              integrate: [
                { ...kinds.training },
                { kind: 'references', id: 'references', label: 'Customer references', count: 1, ...common },
              ],
            },
          },
        },
      },
      'endpoint-management',
    );
    const choice = [
      { slug: 'endpoint-management', context: integrate, typed: { [kinds.training.id]: true } },
    ];
    const result = forecast(emptyRecord(), choice, [rules], [], '2027-01-01', EN, { until: '2027-12-31' });

    expect(result.lapses.map((l) => l.day)).toEqual(['2027-07-01']);
    expect(result.lapses[0]?.reasons.map((r) => r.text)).toEqual([
      'under the rules in force from then (version 1.1), Customer references asks for 1 customer reference, which nothing counts toward yet',
    ]);
    expect(result.lapses[0]?.actions.map((a) => a.text)).toEqual(['add 1 more customer reference']);
  });

  test('books what growth needs, in the currency of the revenue', () => {
    const rules = gatewayWith([
      {
        kind: 'revenue',
        id: 'revenue',
        label: 'Area revenue',
        amount: 1,
        currency: 'EUR',
        periodMonths: 3,
        ...common,
      },
      { kind: 'growth', id: 'growth', label: 'Growth', percent: 10, periodMonths: 3, ...common },
    ]);
    const record: PartnerRecord = {
      ...emptyRecord(),
      bookings: {
        b1: { competency: 'gateway-security', quarter: '2026-Q3', amount: 1000 },
        b2: { competency: 'gateway-security', quarter: '2026-Q4', amount: 1100 },
        b3: { competency: 'gateway-security', quarter: '2027-Q1', amount: 1150 },
      },
    };
    const choice = [{ slug: 'gateway-security', context: integrate, typed: {} }];
    const result = forecast(record, choice, [rules], [], '2026-12-31', EN, { until: '2027-03-31' });
    expect(result.lapses[0]?.actions.map((a) => [a.requirement, a.count, a.text])).toEqual([
      ['growth', 60, 'book EUR 60 more'],
    ]);
    expect(result.lapses[0]?.reasons[0]?.text).toBe(
      'Growth falls to 4.5%, below 10% growth over the trailing 3 months',
    );
  });

  test('says so when nothing is left to count, and offers no action it cannot name', () => {
    const rules = gatewayWith([
      {
        kind: 'satisfaction',
        id: 'satisfaction',
        label: 'Satisfaction',
        threshold: 10,
        scale: { min: 0, max: 10, name: 'Survey' },
        counting: { withinMonths: 1 },
        ...common,
      },
    ]);
    const record: PartnerRecord = {
      ...emptyRecord(),
      surveys: { s1: { competency: 'gateway-security', score: 10, date: '2026-12-01' } },
    };
    const choice = [{ slug: 'gateway-security', context: integrate, typed: {} }];
    const result = forecast(record, choice, [rules], [], TODAY, EN, { until: '2027-03-31' });
    expect(result.lapses[0]?.text).toBe(
      'Expert in Gateway Security lapses on 1 January 2027: nothing is left in the record to count for Satisfaction',
    );
    expect(result.lapses[0]?.actions).toEqual([]);
  });

  test('names an interim designation by its title, and leaves it out of the tier', () => {
    const designation = makeDesignation({
      requirements: {
        expert: {
          integrate: [
            {
              kind: 'references',
              id: 'references',
              label: 'References',
              count: 1,
              counting: { withinMonths: 12 },
              ...common,
            },
          ],
        },
      },
    });
    const record: PartnerRecord = {
      ...emptyRecord(),
      references: { r1: { competency: 'services-expert', customer: 'A', date: '2026-06-01' } },
    };
    const choice = [
      { slug: 'services-expert', context: integrate, typed: {} },
      { slug: 'no-such', context: integrate, typed: {} },
    ];
    const result = forecast(record, choice, [designation], tiers, TODAY, EN);
    expect(result.lapses.map((l) => [l.subject, l.what, l.to])).toEqual([['level', 'Services Expert', null]]);
    expect(result.lapses[0]?.text).toBe(
      'Services Expert lapses on 1 June 2027: 1 of 1 customer references becomes too old to count; add 1 more customer reference by then',
    );
  });

  test('keeps a tier with the lapses that need the fewest actions, as many as the tier needs', () => {
    const second = makeRules({ ...withoutIds(gateway), title: 'Mobility', order: 40 }, 'mobility');
    const record = sampleRecord();
    const twice: PartnerRecord = {
      ...record,
      bookings: {
        ...record.bookings,
        ...Object.fromEntries(
          Object.entries(record.bookings).map(([id, b]) => [`m-${id}`, { ...b, competency: 'mobility' }]),
        ),
      },
      references: {
        ...record.references,
        ...Object.fromEntries(
          Object.entries(record.references).map(([id, r]) => [`m-${id}`, { ...r, competency: 'mobility' }]),
        ),
      },
      surveys: {
        ...record.surveys,
        ...Object.fromEntries(
          Object.entries(record.surveys).map(([id, s]) => [`m-${id}`, { ...s, competency: 'mobility' }]),
        ),
      },
    };
    const designation = makeDesignation();
    const both = [gateway, second, designation];
    const choice = both.map((c) => ({
      slug: c.slug,
      context: integrate,
      typed: { 'technical-exam': 2, 'master-specialist': true, references: 2 },
    }));
    const gold = tiers.filter((x) => x.id === 'gold');
    const result = forecast(twice, choice, both, gold, TODAY, EN, { until: '2027-07-01' });
    const tier = result.lapses.find((l) => l.subject === 'tier');
    expect(tier?.to).toBeNull();
    // Both lose their training on 2 May 2027, and with it Expert.
    expect(tier?.day).toBe('2027-05-02');
    expect(tier?.reasons.map((r) => r.label)).toEqual(['Expert in Gateway Security', 'Expert in Mobility']);
    // Gold needs one Expert: keeping one of the two is enough.
    expect(tier?.actions.map((a) => a.competency)).toEqual(['gateway-security']);
  });
});

/** A competency's frontmatter without its slug and file, to make it again under another slug. */
function withoutIds(rules: CompetencyRules): Record<string, unknown> {
  const { slug: _slug, file: _file, ...data } = rules;
  return data;
}
