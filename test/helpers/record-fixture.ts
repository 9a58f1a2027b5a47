/**
 * A partner record for the tests of the figures pages work out from it: 5 people whose passes expire on
 * staggered days, 6 quarters of bookings for each of three competencies (Gateway Security, Archiving,
 * Enterprise Backup and Recovery), 4 dated references across them, one survey and the evidence of one
 * requirement.
 * Read on TODAY and on two later days (ON_LATER), its figures move as passes expire and windows move.
 */
import type { PartnerRecord } from '../../src/schemas/record.ts';

/** The day the tests call today (passed as `?on=` to every page, so no test depends on the clock). */
export const TODAY = '2026-12-07';
/** Two later days: after the first passes expire, and after most have. */
export const ON_LATER = ['2027-06-15', '2028-03-01'] as const;

/** The three competencies the record feeds. */
export const FED = ['gateway-security', 'archiving', 'enterprise-backup-and-recovery'] as const;

const QUARTERS = ['2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'] as const;

/** Revenue per quarter of each competency, oldest first. */
const BOOKED: Record<(typeof FED)[number], readonly number[]> = {
  'gateway-security': [30_000, 30_000, 40_000, 40_000, 45_000, 50_000],
  archiving: [10_000, 10_000, 15_000, 15_000, 15_000, 20_000],
  'enterprise-backup-and-recovery': [50_000, 50_000, 60_000, 60_000, 70_000, 80_000],
};

const pass = (person: string, name: string, passed: string) => ({ person, name, passed });

export const RECORD: PartnerRecord = {
  people: {
    p1: { label: 'AK' },
    p2: { label: 'BM' },
    p3: { label: 'CL' },
    p4: { label: 'DN' },
    p5: { label: 'EO' },
  },
  credentials: {
    // Gateway Security engineers: their passes lapse one after another.
    c01: pass('p1', 'Gateway Security Technical Specialist', '2025-03-14'),
    c02: pass('p2', 'Gateway Security Technical Specialist', '2025-09-01'),
    c03: pass('p3', 'Gateway Security Technical Specialist', '2026-06-10'),
    c04: pass('p4', 'Gateway Security Sales Foundations', '2025-04-01'),
    c05: pass('p4', 'Messaging and Web Security Essentials', '2025-04-01'),
    // Archiving
    c06: pass('p4', 'Archiving Technical Specialist', '2025-05-20'),
    c07: pass('p5', 'Archiving Technical Specialist', '2026-02-01'),
    c08: pass('p5', 'Archiving Sales Foundations', '2025-08-01'),
    c09: pass('p5', 'Archiving Solution Positioning', '2025-08-01'),
    // Enterprise Backup and Recovery
    c10: pass('p2', 'Enterprise Backup Technical Specialist', '2025-11-15'),
    c11: pass('p3', 'Enterprise Backup Technical Specialist', '2026-04-01'),
    c12: pass('p5', 'Enterprise Backup Technical Specialist', '2025-08-01'),
    c13: pass('p1', 'Backup and Recovery Sales Foundations', '2026-01-20'),
    c14: pass('p1', 'Enterprise Data Protection Positioning', '2026-01-20'),
  },
  bookings: Object.fromEntries(
    FED.flatMap((slug, s) =>
      QUARTERS.map((quarter, q) => [
        `b${s}${q}`,
        { competency: slug, quarter, amount: BOOKED[slug][q] ?? 0 },
      ]),
    ),
  ),
  references: {
    r1: { competency: 'gateway-security', customer: 'Customer A', date: '2025-02-01' },
    r2: { competency: 'gateway-security', customer: 'Customer B', date: '2026-05-10' },
    r3: { competency: 'archiving', customer: 'Customer C', date: '2025-10-01' },
    r4: { competency: 'enterprise-backup-and-recovery', customer: 'Customer D', date: '2026-09-15' },
  },
  surveys: {
    s1: { competency: 'gateway-security', score: 8.5, date: '2026-10-01' },
  },
  evidence: {
    e1: {
      competency: 'gateway-security',
      requirement: 'technical-exam',
      owner: 'p1',
      status: 'doing',
      due: '2027-02-28',
    },
  },
  allocations: {},
};

/** The record as the browser stores it (src/persistence/record-storage.ts). */
export const STORED_RECORD = JSON.stringify({
  v: 1,
  record: RECORD,
  changed: {},
  savedAt: '2026-12-01T10:00:00.000Z',
});
