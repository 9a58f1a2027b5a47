import { describe, expect, test } from 'vitest';
import {
  answersOn,
  countedPeople,
  figuresOn,
  growthPercent,
  isWithin,
  lastQuarterEnded,
  leavesWindowOn,
  portfolioAnswersOn,
  quarterWindow,
  requirementsOn,
  standingOn,
} from '../../src/engine/record-figures.ts';
import { heldLevel, portfolioView } from '../../src/engine/portfolio.ts';
import { checkDesignation } from '../../src/engine/designation.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { emptyRecord, type PartnerRecord } from '../../src/schemas/record.ts';
import { translator } from '../../src/text/text.ts';
import { makeDesignation, makeRules } from '../helpers/fixtures.ts';
import {
  archiving,
  catalogue,
  endpoint,
  gateway,
  sampleRecord,
  tiers,
  TODAY,
} from '../helpers/partner-record.ts';

const EN = translator('en');

/** Rules made again from others, with some fields changed. */
function remake(rules: CompetencyRules, overrides: Record<string, unknown>): CompetencyRules {
  const { slug, file: _file, ...data } = rules;
  return makeRules({ ...data, ...overrides }, slug);
}
const integrate = { businessModel: 'integrate', region: 'na' } as const;

const figures = (record: PartnerRecord, day: string, rules = gateway) =>
  figuresOn(record, rules, 'integrate', day, countedPeople(record, catalogue, day));

const values = (record: PartnerRecord, day: string, rules = gateway) =>
  Object.fromEntries(Object.entries(figures(record, day, rules)).map(([id, f]) => [id, f.value]));

describe('the days a record counts on', () => {
  test('a pass counts from the day it was passed until the day before its expiry', () => {
    const record = sampleRecord();
    expect(values(record, '2025-03-13')['technical-exam']).toBe(0);
    expect(values(record, '2025-03-14')['technical-exam']).toBe(2);
    expect(values(record, '2027-03-13')['technical-exam']).toBe(3);
    expect(values(record, '2027-03-14')['technical-exam']).toBe(1);
  });

  test('a record in a window of months counts after the day that many months before, up to the day', () => {
    expect(isWithin('2025-01-20', 24, '2027-01-19')).toBe(true);
    expect(isWithin('2025-01-20', 24, '2027-01-20')).toBe(false);
    expect(isWithin('2027-01-21', 24, '2027-01-20')).toBe(false);
    expect(isWithin('2001-01-01', undefined, '2027-01-20')).toBe(true);
    expect(leavesWindowOn('2025-01-20', 24)).toBe('2027-01-20');
    // 29 February two years on is 28 February, still less than the window: it leaves on 1 March.
    expect(leavesWindowOn('2024-02-29', 12)).toBe('2025-03-01');
    expect(leavesWindowOn('2026-03-31', 1)).toBe('2026-05-01');
    expect(leavesWindowOn('2026-03-31', undefined)).toBeNull();
  });

  test('revenue counts the whole quarters ended on or before the day', () => {
    expect(lastQuarterEnded('2026-12-07')).toBe('2026-Q3');
    expect(lastQuarterEnded('2026-12-31')).toBe('2026-Q4');
    expect(lastQuarterEnded('2027-01-01')).toBe('2026-Q4');
    expect(quarterWindow('2026-12-07', 12)).toEqual({ first: '2025-Q4', last: '2026-Q3' });
    expect(quarterWindow('2026-12-07', 10)).toEqual({ first: '2025-Q4', last: '2026-Q3' });
    expect(quarterWindow('2026-12-07', 3)).toEqual({ first: '2026-Q3', last: '2026-Q3' });
  });

  test('growth is rounded down to one decimal and never below 0', () => {
    expect(growthPercent(115, 100)).toBe(15);
    expect(growthPercent(190000, 30000)).toBe(533.3);
    expect(growthPercent(100, 115)).toBe(0);
    expect(growthPercent(1001, 1000)).toBe(0.1);
    expect(growthPercent(10009, 10000)).toBe(0);
  });
});

describe('countedPeople', () => {
  test("counts a person toward at most the rule's number of competencies, their own choice first", () => {
    const counted = countedPeople(sampleRecord(), catalogue, TODAY);
    expect(counted).toEqual({
      competencies: {
        archiving: ['p1', 'p4', 'p5'],
        'endpoint-security': ['p4'],
        'gateway-security': ['p1', 'p2', 'p3'],
      },
      people: {
        p1: ['gateway-security', 'archiving'],
        p2: ['gateway-security'],
        p3: ['gateway-security'],
        p4: ['archiving', 'endpoint-security'],
        p5: ['archiving'],
      },
      over: { p1: ['endpoint-security'] },
    });
  });

  test('without an allocation, takes the competencies in catalogue order', () => {
    const record = { ...sampleRecord(), allocations: {} };
    const counted = countedPeople(record, catalogue, TODAY);
    expect(counted.people.p1).toEqual(['archiving', 'endpoint-security']);
    expect(counted.over.p1).toEqual(['gateway-security']);
    expect(counted.competencies['gateway-security']).toEqual(['p2', 'p3']);
  });

  test('an expired pass frees a place for the next competency in order', () => {
    const counted = countedPeople(sampleRecord(), catalogue, '2027-03-14');
    expect(counted.people.p1).toEqual(['archiving', 'endpoint-security']);
    expect(counted.over).toEqual({});
  });

  test('without a limit, a person counts toward every competency whose exam they hold', () => {
    const unlimited = catalogue.map((c) =>
      remake(c, {
        requirements: JSON.parse(
          JSON.stringify(c.requirements).replaceAll(
            '"competenciesPerPerson":2',
            '"competenciesPerPerson":20',
          ),
        ) as unknown,
      }),
    );
    expect(countedPeople(sampleRecord(), unlimited, TODAY).people.p1).toEqual([
      'gateway-security',
      'archiving',
      'endpoint-security',
    ]);
  });

  test('leaves out retired competencies, credentials of people no longer in the record and unreadable days', () => {
    const record = sampleRecord();
    record.credentials.x1 = { person: 'gone', name: 'Gateway Specialist', passed: '2026-01-01' };
    record.credentials.x2 = { person: 'p5', name: 'Gateway Specialist', passed: 'yesterday' };
    record.allocations.p5 = { competencies: ['gateway-security', 'no-such-competency'] };
    const retired = remake(endpoint, { status: 'retired' });
    const counted = countedPeople(record, [gateway, archiving, retired], TODAY);
    expect(counted.competencies['gateway-security']).toEqual(['p1', 'p2', 'p3']);
    expect(counted.people.p4).toEqual(['archiving']);
    expect(counted.people.p5).toEqual(['archiving']);
    expect(Object.keys(counted.competencies)).toEqual(['archiving', 'gateway-security']);
  });
});

describe('figuresOn', () => {
  test('works out every figure of Gateway Security today and says what it counted', () => {
    expect(figures(sampleRecord(), TODAY)).toEqual({
      'sales-training': {
        value: true,
        source: {
          counted: 'people',
          people: ['p1'],
          entries: ['c4', 'c5'],
          window: null,
          previous: null,
          lapsing: [
            { entry: 'c4', person: 'p1', day: '2027-05-02' },
            { entry: 'c5', person: 'p1', day: '2027-06-20' },
          ],
        },
      },
      'technical-exam': {
        value: 3,
        source: {
          counted: 'people',
          people: ['p1', 'p2', 'p3'],
          entries: ['c1', 'c6', 'c7'],
          window: null,
          previous: null,
          lapsing: [
            { entry: 'c1', person: 'p1', day: '2027-03-14' },
            { entry: 'c6', person: 'p2', day: '2027-03-14' },
            { entry: 'c7', person: 'p3', day: '2028-02-20' },
          ],
        },
      },
      revenue: {
        value: 190000,
        source: {
          counted: 'bookings',
          people: [],
          entries: ['b2', 'b3', 'b4', 'b5'],
          window: { first: '2025-10-01', last: '2026-09-30' },
          previous: null,
          lapsing: [],
        },
      },
      growth: {
        value: 533.3,
        source: {
          counted: 'bookings',
          people: [],
          entries: ['b2', 'b3', 'b4', 'b5', 'b1'],
          window: { first: '2025-10-01', last: '2026-09-30' },
          previous: { first: '2024-10-01', last: '2025-09-30' },
          lapsing: [],
        },
      },
      references: {
        value: 3,
        source: {
          counted: 'references',
          people: [],
          entries: ['r3', 'r2', 'r4'],
          window: { first: '2024-12-08', last: TODAY },
          previous: null,
          lapsing: [
            { entry: 'r2', person: null, day: '2027-06-10' },
            { entry: 'r3', person: null, day: '2028-03-01' },
            { entry: 'r4', person: null, day: '2028-09-15' },
          ],
        },
      },
      satisfaction: {
        value: 8.5,
        source: {
          counted: 'surveys',
          people: [],
          entries: ['s1', 's2'],
          window: { first: '2025-12-08', last: TODAY },
          previous: null,
          lapsing: [
            { entry: 's1', person: null, day: '2027-05-01' },
            { entry: 's2', person: null, day: '2027-10-01' },
          ],
        },
      },
    });
  });

  test('moves with the day: a quarter ends, passes expire, references and surveys leave their window', () => {
    const record = sampleRecord();
    expect(values(record, '2026-12-31')).toMatchObject({ revenue: 210000, growth: 200 });
    expect(values(record, '2027-05-02')).toMatchObject({
      'sales-training': false,
      'technical-exam': 1,
      revenue: 165000,
      growth: 43.4,
      references: 3,
      satisfaction: 8,
    });
    expect(values(record, '2027-06-10')).toMatchObject({ references: 2 });
    expect(values(record, '2027-12-31')).toMatchObject({ revenue: 0, growth: 0 });
    // Nothing left in the window: no satisfaction figure, and no earlier revenue to grow from.
    expect(values(record, '2027-10-01').satisfaction).toBeUndefined();
    expect(values(record, '2029-01-01').growth).toBeUndefined();
  });

  test('gives no figure for what the record holds nothing of, and a count of 0 for people', () => {
    expect(values(emptyRecord(), TODAY)).toEqual({ 'sales-training': false, 'technical-exam': 0 });
    expect(values(sampleRecord(), TODAY, archiving)).toEqual({ 'technical-exam': 3 });
    expect(values(sampleRecord(), TODAY, endpoint)).toEqual({ 'technical-exam': 1 });
  });

  test('gives no figure for a status, and counts every pass when one person may count more than once', () => {
    const rules = makeRules(
      {
        businessModels: ['integrate'],
        requirements: {
          principal: {
            integrate: [
              {
                kind: 'status',
                id: 'status',
                label: 'Status',
                status: 'Master',
                evidence: 'Proof',
                help: 'Help.',
              },
              {
                kind: 'exam',
                id: 'exam',
                label: 'Exam',
                exam: 'Gateway Specialist',
                people: 2,
                counting: { onePersonOnce: false },
                evidence: 'Proof',
                help: 'Help.',
              },
            ],
          },
        },
      },
      'gateway-security',
    );
    const record = sampleRecord();
    record.credentials.c13 = { person: 'p2', name: 'Gateway Specialist', passed: '2019-01-01' };
    const found = figuresOn(record, rules, 'integrate', TODAY, countedPeople(record, [rules], TODAY));
    expect(found.status).toBeUndefined();
    expect(found.exam?.value).toBe(4);
    expect(found.exam?.source.entries).toEqual(['c1', 'c6', 'c13', 'c7']);
    expect(found.exam?.source.lapsing).toEqual([]);
  });

  test('counts every reference and survey up to the day when the rules give no window', () => {
    const rules = makeRules(
      {
        businessModels: ['integrate'],
        requirements: {
          principal: {
            integrate: [
              {
                kind: 'references',
                id: 'references',
                label: 'Refs',
                count: 2,
                evidence: 'Proof',
                help: 'Help.',
              },
              {
                kind: 'satisfaction',
                id: 'satisfaction',
                label: 'Survey',
                threshold: 8,
                scale: { min: 0, max: 10, name: 'Survey' },
                evidence: 'Proof',
                help: 'Help.',
              },
            ],
          },
        },
      },
      'gateway-security',
    );
    const found = figuresOn(
      sampleRecord(),
      rules,
      'integrate',
      '2040-01-01',
      countedPeople(emptyRecord(), [], TODAY),
    );
    expect(found.references).toMatchObject({ value: 3, source: { window: null, lapsing: [] } });
    expect(found.satisfaction).toMatchObject({ value: 8.5, source: { window: null, lapsing: [] } });
  });

  test("takes the highest level's rule where levels declare the same id", () => {
    expect(requirementsOn(gateway, 'integrate').map((r) => [r.id, r.from])).toEqual([
      ['sales-training', 'principal'],
      ['technical-exam', 'expert'],
      ['revenue', 'expert'],
      ['growth', 'expert'],
      ['references', 'expert'],
      ['satisfaction', 'expert'],
    ]);
    expect(requirementsOn(gateway, 'resell')).toEqual([]);
  });

  test('reads a crafted record without throwing, leaving out what makes no sense', () => {
    const record = {
      ...emptyRecord(),
      people: { p1: { label: 'AK' } },
      credentials: {
        c1: { person: 'p1', name: 42, passed: '2026-01-01' },
        c2: { person: 'p1', name: 'Gateway Specialist', passed: '2026-01-01' },
      },
      bookings: {
        b1: { competency: 'gateway-security', quarter: '2026-Q9', amount: 5 },
        b2: { competency: 'gateway-security', quarter: '2026-Q1', amount: Number.NaN },
      },
      references: { r1: { competency: 'gateway-security', customer: 'A', date: '2026-02-30' } },
      surveys: undefined,
      allocations: { p1: { competencies: 'gateway-security' } },
    } as unknown as PartnerRecord;
    expect(values(record, TODAY)).toEqual({ 'sales-training': false, 'technical-exam': 1 });
  });
});

describe('answersOn and standingOn', () => {
  test('a typed answer wins over the record and is marked as typed', () => {
    const record = sampleRecord();
    const counted = countedPeople(record, catalogue, TODAY);
    const given = answersOn(record, gateway, 'integrate', TODAY, counted, { references: 1, growth: 5 });
    expect(given.answers).toMatchObject({ references: 1, growth: 5, revenue: 190000, 'technical-exam': 3 });
    expect(given.origin).toEqual({
      'sales-training': 'record',
      'technical-exam': 'record',
      revenue: 'record',
      growth: 'typed',
      references: 'typed',
      satisfaction: 'record',
    });
    expect(given.figures.references?.value).toBe(3);
    expect(answersOn(record, gateway, 'integrate', TODAY, counted).origin.references).toBe('record');
  });

  test('scores the competency on the day with the existing assessment', () => {
    const record = sampleRecord();
    const standing = (day: string, typed = {}) =>
      standingOn(record, gateway, integrate, day, countedPeople(record, catalogue, day), typed, EN);
    const achieved = (day: string, typed = {}) => heldLevel(standing(day, typed).assessment);
    const today = standing(TODAY);
    expect(today.day).toBe(TODAY);
    expect(achieved(TODAY)).toBe('expert');
    expect(achieved('2027-03-14')).toBe('principal');
    expect(achieved('2027-03-14', { 'technical-exam': 2 })).toBe('expert');
    expect(achieved('2027-05-02')).toBe('none');
    expect(JSON.parse(JSON.stringify(today))).toEqual(today);
  });

  test('gives the portfolio and the tier on a day', () => {
    const record = sampleRecord();
    const view = (day: string) => {
      const given = portfolioAnswersOn(record, catalogue, integrate, day, { archiving: { revenue: 60000 } });
      const answers = Object.fromEntries(Object.entries(given).map(([slug, d]) => [slug, d.answers]));
      const chosen = new Set(catalogue.map((c) => c.slug));
      return portfolioView(catalogue, integrate, chosen, answers, tiers, EN);
    };
    const today = view(TODAY);
    expect(today.tier).toBe('Gold');
    expect(today.held).toEqual({
      principal: ['gateway-security', 'archiving'],
      expert: ['gateway-security'],
    });
    const spring = view('2027-03-14');
    expect(spring.tier).toBe('Silver');
    expect(spring.held.expert).toEqual([]);
    // Endpoint Security has no references in the record: not answered, so not held.
    expect(today.entries['endpoint-security']?.achieved).toBeNull();
  });

  test('gives the Services Expert check its figures from the record on its own business model', () => {
    const designation = makeDesignation({
      requirements: {
        expert: {
          integrate: [
            {
              kind: 'status',
              id: 'master-specialist',
              label: 'Master',
              status: 'Master Specialist',
              evidence: 'Proof',
              help: 'Help.',
            },
            {
              kind: 'references',
              id: 'references',
              label: 'Refs',
              count: 2,
              evidence: 'Proof',
              help: 'Help.',
            },
          ],
        },
      },
    });
    const record = sampleRecord();
    record.references.r5 = { competency: 'services-expert', customer: 'D', date: '2026-01-01' };
    record.references.r6 = { competency: 'services-expert', customer: 'E', date: '2026-02-01' };
    const given = portfolioAnswersOn(record, [...catalogue, designation], integrate, TODAY, {
      'services-expert': { 'master-specialist': true },
    });
    const verdict = checkDesignation(designation, 'na', given['services-expert']?.answers ?? {}, EN);
    expect(verdict.held).toBe(true);
    expect(given['services-expert']?.origin).toEqual({ references: 'record', 'master-specialist': 'typed' });
  });
});
