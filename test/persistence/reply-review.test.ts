import { describe, expect, test } from 'vitest';
import { emptyRecord, type PartnerRecord } from '../../src/schemas/record.ts';
import { itemKey, reviewReply, takeItems } from '../../src/persistence/reply-review.ts';
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
