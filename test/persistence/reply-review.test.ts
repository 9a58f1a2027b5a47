import { describe, expect, test } from 'vitest';
import { emptyRecord, type PartnerRecord } from '../../src/schemas/record.ts';
import { itemKey, outsideRecord, reviewReply, takeItems } from '../../src/persistence/reply-review.ts';
import { applyRecordImport, undoRecordImport } from '../../src/persistence/record-file.ts';
import type { RecordReply } from '../../src/persistence/request-link.ts';

const BY = { name: 'Dana', at: '2026-12-07T10:00:00.000Z' };
const GS = 'gateway-security';
const mine: PartnerRecord = {
  ...emptyRecord(),
  bookings: {
    'b-mine': { competency: GS, quarter: '2026-Q3', amount: 50000 },
    'b-same': { competency: GS, quarter: '2026-Q1', amount: 10000 },
  },
  references: { 'r-mine': { competency: GS, customer: 'Customer A', date: '2026-01-01' } },
};
const reply: RecordReply = {
  request: 'req-1',
  from: 'Alex',
  ask: {
    bookings: { competencies: [GS], quarters: ['2026-Q1', '2026-Q2', '2026-Q3'] },
    references: { competencies: [GS] },
  },
  by: BY,
  record: {
    ...emptyRecord(),
    bookings: {
      'b-mine': { competency: GS, quarter: '2026-Q2', amount: 40000, by: BY },
      'b-2': { competency: GS, quarter: '2026-Q3', amount: 60000, by: BY },
      'b-3': { competency: GS, quarter: '2026-Q1', amount: 10000, by: BY },
    },
    references: { 'r-2': { competency: GS, customer: ' customer a ', date: '2026-02-01', by: BY } },
  },
};

describe('reviewing a reply', () => {
  test('matches each entry with the field it fills: new, the same, or differing', () => {
    const items = reviewReply(mine, reply);
    expect(items.map((i) => [itemKey(i), i.state, i.current?.id])).toEqual([
      ['bookings/b-3', 'same', 'b-same'],
      ['bookings/b-mine', 'new', undefined],
      ['bookings/b-2', 'differs', 'b-mine'],
      ['references/r-2', 'differs', 'r-mine'],
    ]);
  });

  test('takes only what is chosen, over the matching entry or under a fresh id, with who entered it; undone', () => {
    const items = reviewReply(mine, reply);
    const next = takeItems(mine, items, new Set(['bookings/b-mine', 'bookings/b-2']));
    // The conflict replaces the record's entry for the quarter; the new one cannot take an id in use.
    expect(next.bookings['b-mine']).toEqual({ competency: GS, quarter: '2026-Q3', amount: 60000, by: BY });
    const added = Object.entries(next.bookings).filter(([id]) => !['b-mine', 'b-same'].includes(id));
    expect(added.map(([, b]) => b)).toEqual([{ competency: GS, quarter: '2026-Q2', amount: 40000, by: BY }]);
    expect(next.references).toEqual(mine.references);
    const { replacement } = applyRecordImport(mine, next);
    expect(undoRecordImport(next, replacement)).toEqual(mine);
  });

  test('takes nothing when nothing is chosen', () => {
    expect(takeItems(mine, reviewReply(mine, reply), new Set())).toEqual(mine);
  });
});

describe('reviewing a reply with passes', () => {
  const EXAM = 'Gateway Security Technical Specialist';
  const COURSE = 'Gateway Security Foundations';
  const record: PartnerRecord = {
    ...emptyRecord(),
    people: { 'p-ak': { label: 'AK' }, 'p-bm': { label: 'BM' } },
    credentials: {
      // AK took the exam twice: a pass sent is held against the one of its day, else the latest.
      'c-old': { person: 'p-ak', name: EXAM, passed: '2023-05-02' },
      'c-new': { person: 'p-ak', name: EXAM, passed: '2025-05-02' },
      'c-bm': { person: 'p-bm', name: COURSE, passed: '2026-01-10' },
    },
  };
  const passes: RecordReply = {
    request: 'req-2',
    from: 'Alex',
    ask: {
      credentials: {
        people: [
          { id: 'p-ak', label: 'AK' },
          { id: 'p-bm', label: 'BM' },
          { id: 'p-gone', label: 'CX' },
        ],
      },
    },
    by: BY,
    record: {
      ...emptyRecord(),
      credentials: {
        'c-1': { person: 'p-ak', name: EXAM, passed: '2023-05-02', by: BY },
        'c-2': { person: 'p-ak', name: EXAM, passed: '2026-11-20', by: BY },
        'c-3': { person: 'p-bm', name: EXAM, passed: '2026-10-01', by: BY },
        // A person the request named but the record no longer holds: not reviewed, counted.
        'c-4': { person: 'p-gone', name: EXAM, passed: '2026-10-01', by: BY },
      },
    },
  };

  test('matches each pass with the person’s pass of that course or exam: same day, else the latest', () => {
    const items = reviewReply(record, passes);
    expect(items.map((i) => [itemKey(i), i.state, i.current?.id])).toEqual([
      ['credentials/c-1', 'same', 'c-old'],
      ['credentials/c-2', 'differs', 'c-new'],
      ['credentials/c-3', 'new', undefined],
    ]);
    expect(outsideRecord(record, passes)).toBe(1);
  });

  test('takes the chosen passes with who entered them, never a pass of someone not in the record; undone', () => {
    const items = reviewReply(record, passes);
    // As the page takes them: what differs or is new; the same pass stays as the record has it.
    const next = takeItems(record, items, new Set(items.filter((i) => i.state !== 'same').map(itemKey)));
    expect(next.credentials['c-new']).toEqual({ person: 'p-ak', name: EXAM, passed: '2026-11-20', by: BY });
    expect(next.credentials['c-3']).toEqual({ person: 'p-bm', name: EXAM, passed: '2026-10-01', by: BY });
    expect(next.credentials['c-old']).toEqual(record.credentials['c-old']);
    expect(Object.values(next.credentials).map((c) => c.person)).not.toContain('p-gone');
    expect(next.people).toBe(record.people);
    const { replacement } = applyRecordImport(record, next);
    expect(undoRecordImport(next, replacement)).toEqual(record);
  });

  test('takes two passes sent for one field both, the second as a pass of its own', () => {
    const twice: RecordReply = {
      ...passes,
      record: {
        ...emptyRecord(),
        credentials: {
          'c-a': { person: 'p-bm', name: COURSE, passed: '2026-02-01', by: BY },
          'c-b': { person: 'p-bm', name: COURSE, passed: '2026-03-01', by: BY },
        },
      },
    };
    const items = reviewReply(record, twice);
    const next = takeItems(record, items, new Set(items.map(itemKey)));
    expect(
      Object.values(next.credentials)
        .filter((c) => c.person === 'p-bm')
        .map((c) => c.passed)
        .sort(),
    ).toEqual(['2026-02-01', '2026-03-01']);
  });
});
