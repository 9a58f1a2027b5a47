/**
 * A realistic partner record and three competencies with counting rules, for the record engine's tests:
 * 5 people with staggered expiry dates, 6 quarters of bookings, 4 dated references, two surveys.
 * The day the tests call today is TODAY.
 */
import type { CompetencyRules } from '../../src/domain/rules.ts';
import type { RollUpTier } from '../../src/engine/rollup.ts';
import { emptyRecord, type PartnerRecord } from '../../src/schemas/record.ts';
import { makeRules } from './fixtures.ts';

export const TODAY = '2026-12-07';

const common = { evidence: 'Proof of the figure', help: 'Count what the period covers.' };
const examCounting = { validMonths: 24, competenciesPerPerson: 2 };

const training = (courses: string[]) => ({
  kind: 'training',
  id: 'sales-training',
  label: 'Sales training',
  courses,
  counting: { validMonths: 36 },
  ...common,
});
const exam = (name: string, people: number) => ({
  kind: 'exam',
  id: 'technical-exam',
  label: 'Certified engineers',
  exam: name,
  people,
  counting: examCounting,
  ...common,
});
const revenue = (amount: number) => ({
  kind: 'revenue',
  id: 'revenue',
  label: 'Area revenue',
  amount,
  currency: 'USD',
  periodMonths: 12,
  ...common,
});
const growth = { kind: 'growth', id: 'growth', label: 'Growth', percent: 12, periodMonths: 12, ...common };
const references = (count: number) => ({
  kind: 'references',
  id: 'references',
  label: 'Customer references',
  count,
  counting: { withinMonths: 24 },
  ...common,
});
const satisfaction = {
  kind: 'satisfaction',
  id: 'satisfaction',
  label: 'Customer satisfaction',
  threshold: 8,
  scale: { min: 0, max: 10, name: 'Survey' },
  counting: { withinMonths: 12 },
  ...common,
};

/** Gateway Security: training, an exam limited to 2 competencies per person, revenue, growth, references, survey. */
export const gateway: CompetencyRules = makeRules(
  {
    title: 'Gateway Security',
    group: 'security',
    order: 30,
    businessModels: ['integrate'],
    requirements: {
      principal: {
        integrate: [
          training(['Gateway Sales', 'Web Security Essentials']),
          exam('Gateway Specialist', 1),
          revenue(40000),
          references(1),
        ],
      },
      expert: {
        integrate: [exam('Gateway Specialist', 2), revenue(160000), growth, references(2), satisfaction],
      },
    },
  },
  'gateway-security',
);

/** Archiving: first in catalogue order; an exam and revenue. */
export const archiving: CompetencyRules = makeRules(
  {
    title: 'Archiving',
    group: 'information-management',
    order: 10,
    businessModels: ['integrate'],
    requirements: {
      principal: { integrate: [exam('Archiving Specialist', 1), revenue(50000)] },
      expert: { integrate: [exam('Archiving Specialist', 3), revenue(150000)] },
    },
  },
  'archiving',
);

/** Endpoint Security: second in catalogue order; an exam and references. */
export const endpoint: CompetencyRules = makeRules(
  {
    title: 'Endpoint Security',
    group: 'security',
    order: 20,
    businessModels: ['integrate'],
    requirements: {
      principal: { integrate: [exam('Endpoint Specialist', 1), references(1)] },
      expert: { integrate: [exam('Endpoint Specialist', 2), references(3)] },
    },
  },
  'endpoint-security',
);

/** The three, in no particular order: the engine puts them in catalogue order itself. */
export const catalogue: readonly CompetencyRules[] = [gateway, endpoint, archiving];

export const tiers: RollUpTier[] = [
  { id: 'registered', title: 'Registered', rank: 0, needs: { principal: 0, expert: 0 } },
  { id: 'silver', title: 'Silver', rank: 1, needs: { principal: 1, expert: 0 } },
  { id: 'gold', title: 'Gold', rank: 2, needs: { principal: 1, expert: 1 } },
];

/**
 * The record. Gateway Security: p1, p2 and p3 certified (p1 and p2 until 14 March 2027), training held by
 * p1 until 2 May 2027, bookings from 2025-Q3 to 2026-Q4, references from 3 customers (one twice), two
 * surveys. Archiving: p1 (by allocation), p4 and p5 certified, p3's pass expired. Endpoint Security: p4,
 * while p1 holds a pass but already counts toward two competencies.
 */
export function sampleRecord(): PartnerRecord {
  return {
    ...emptyRecord(),
    people: {
      p1: { label: 'AK' },
      p2: { label: 'BM' },
      p3: { label: 'CL' },
      p4: { label: 'DN' },
      p5: { label: 'EO' },
    },
    credentials: {
      c1: { person: 'p1', name: 'Gateway Specialist', passed: '2025-03-14' },
      c2: { person: 'p1', name: 'Archiving Specialist', passed: '2025-06-01' },
      c3: { person: 'p1', name: 'Endpoint Specialist', passed: '2026-01-10' },
      c4: { person: 'p1', name: 'Gateway Sales', passed: '2024-05-02' },
      c5: { person: 'p1', name: 'Web Security Essentials', passed: '2024-06-20' },
      c6: { person: 'p2', name: 'Gateway Specialist', passed: '2025-03-14' },
      c7: { person: 'p3', name: 'gateway specialist ', passed: '2026-02-20' },
      c8: { person: 'p3', name: 'Archiving Specialist', passed: '2024-11-30' },
      c9: { person: 'p4', name: 'Archiving Specialist', passed: '2025-09-15' },
      c10: { person: 'p4', name: 'Endpoint Specialist', passed: '2025-12-01' },
      c11: { person: 'p4', name: 'Gateway Sales', passed: '2025-01-01' },
      c12: { person: 'p5', name: 'Archiving Specialist', passed: '2026-10-01' },
    },
    bookings: {
      b1: { competency: 'gateway-security', quarter: '2025-Q3', amount: 30000 },
      b2: { competency: 'gateway-security', quarter: '2025-Q4', amount: 40000 },
      b3: { competency: 'gateway-security', quarter: '2026-Q1', amount: 45000 },
      b4: { competency: 'gateway-security', quarter: '2026-Q2', amount: 50000 },
      b5: { competency: 'gateway-security', quarter: '2026-Q3', amount: 55000 },
      b6: { competency: 'gateway-security', quarter: '2026-Q4', amount: 60000 },
    },
    references: {
      r1: { competency: 'gateway-security', customer: 'Customer A', date: '2025-01-20' },
      r2: { competency: 'gateway-security', customer: 'Customer B', date: '2025-06-10' },
      r3: { competency: 'gateway-security', customer: ' customer a', date: '2026-03-01' },
      r4: { competency: 'gateway-security', customer: 'Customer C', date: '2026-09-15' },
    },
    surveys: {
      s1: { competency: 'gateway-security', score: 9, date: '2026-05-01' },
      s2: { competency: 'gateway-security', score: 8, date: '2026-10-01' },
    },
    evidence: {
      e1: {
        competency: 'gateway-security',
        requirement: 'references',
        owner: 'p2',
        status: 'doing',
        due: '2027-02-15',
        note: 'Ask Customer C for a call',
      },
      e2: { competency: 'archiving', requirement: 'revenue', status: 'todo', due: '2027-01-31' },
      e3: { competency: 'archiving', requirement: 'technical-exam', status: 'ready' },
    },
    allocations: { p1: { competencies: ['gateway-security', 'archiving'] } },
  };
}
