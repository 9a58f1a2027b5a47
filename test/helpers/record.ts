import fc from 'fast-check';
import {
  emptyRecord,
  RECORD_SECTIONS,
  type PartnerRecord,
  type RecordSection,
} from '../../src/schemas/record.ts';

/** A small record with one entry in every section. */
export function sampleRecord(): PartnerRecord {
  return {
    people: { 'p-1': { label: 'AK' }, 'p-2': { label: 'E-1042' } },
    credentials: {
      'c-1': { person: 'p-1', name: 'Gateway Security Technical Specialist', passed: '2026-03-14' },
    },
    bookings: { 'b-1': { competency: 'gateway-security', quarter: '2026-Q1', amount: 50000 } },
    references: { 'r-1': { competency: 'gateway-security', customer: 'Customer A', date: '2026-05-02' } },
    surveys: { 's-1': { competency: 'gateway-security', score: 4.5, date: '2026-06-30' } },
    evidence: {
      'e-1': {
        competency: 'gateway-security',
        requirement: 'references',
        owner: 'p-1',
        status: 'doing',
        due: '2026-12-31',
        note: 'Two signed,\none to go.',
        links: ['https://drive.example.com/refs'],
      },
    },
    allocations: { 'p-1': { competencies: ['gateway-security', 'archiving'] } },
  };
}

/** A record with the given entries only. */
export function recordWith(entries: Partial<PartnerRecord>): PartnerRecord {
  return { ...emptyRecord(), ...entries };
}

/** An arbitrary valid entry for a section. */
const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const slug = fc.constantFrom('gateway-security', 'archiving', 'email-security');
export const entryOf: Record<RecordSection, fc.Arbitrary<unknown>> = {
  people: fc.record({ label: fc.constantFrom('AK', 'BT', 'E-1042', 'CD') }),
  credentials: fc.record({
    person: fc.constantFrom('p-1', 'p-2'),
    name: fc.constantFrom('Exam A', 'Course B'),
    passed: day,
  }),
  bookings: fc.record({
    competency: slug,
    quarter: fc
      .tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 4 }))
      .map(([y, q]) => `${y}-Q${q}`),
    amount: fc.integer({ min: 0, max: 1e9 }),
  }),
  references: fc.record({
    competency: slug,
    customer: fc.constantFrom('Customer A', 'Customer B'),
    date: day,
  }),
  surveys: fc.record({ competency: slug, score: fc.integer({ min: 1, max: 5 }), date: day }),
  evidence: fc.record({
    competency: slug,
    requirement: fc.constantFrom('revenue', 'references'),
    status: fc.constantFrom('todo', 'doing', 'ready'),
  }),
  allocations: fc.record({ competencies: fc.uniqueArray(slug, { maxLength: 3 }) }),
};

export const sectionArb = fc.constantFrom(...RECORD_SECTIONS);
export const idArb = fc.constantFrom('a-1', 'a-2', 'b-1', 'b-2', 'c-3');
