import { describe, expect, test } from 'vitest';
import { emptyRecord, type PartnerRecord } from '../../src/schemas/record.ts';
import { isInstant, readPartnerRecord, readSource } from '../../src/schemas/record-schema.ts';
import { mergeRecords, readRecord, RECORD_KEY, writeRecord } from '../../src/persistence/record-storage.ts';
import { readRecordFile, writeRecordFile } from '../../src/persistence/record-file.ts';
import { translator } from '../../src/text/text.ts';
import { memoryStorage } from '../../src/persistence/storage-access.ts';

const BY = { name: 'Dana (Finance)', at: '2026-12-07T10:00:00.000Z' };
const booking = { competency: 'gateway-security', quarter: '2026-Q3', amount: 120000 };

describe('who entered an entry (by)', () => {
  test('isInstant takes an ISO moment in UTC a Date can hold, nothing else', () => {
    expect(
      [
        '2026-12-07T10:00:00.000Z',
        '2026-12-07T10:00:00Z',
        '2026-02-30T10:00:00Z',
        '2026-12-07T10:00:00+01:00',
        '2026-12-07',
        ' 2026-12-07T10:00:00Z',
        1,
      ].map(isInstant),
    ).toEqual([true, true, false, false, false, false, false]);
  });

  test('readSource keeps a name and a moment, and leaves out anything crafted', () => {
    expect(readSource(BY)).toEqual(BY);
    expect(readSource({ ...BY, extra: 1 })).toEqual(BY);
    for (const crafted of [
      null,
      [],
      'Dana',
      { name: '', at: BY.at },
      { name: 'x'.repeat(81), at: BY.at },
      { name: 'Da\u0000na', at: BY.at },
      { name: 'Dana', at: 'yesterday' },
      { name: 'Dana' },
      JSON.parse('{"__proto__":{"name":"Dana","at":"2026-12-07T10:00:00Z"}}'),
    ])
      expect(readSource(crafted)).toBeUndefined();
  });

  test('the reader keeps an entry with its by, and one with a crafted by without it', () => {
    const read = readPartnerRecord({
      bookings: { 'b-1': { ...booking, by: BY }, 'b-2': { ...booking, quarter: '2026-Q2', by: { name: 7 } } },
      references: { 'r-1': { competency: 'gateway-security', customer: 'A', date: '2026-10-01', by: BY } },
      surveys: { 's-1': { competency: 'gateway-security', score: 4, date: '2026-10-01', by: BY } },
      credentials: { 'c-1': { person: 'p-1', name: 'Exam', passed: '2026-10-01', by: BY } },
      evidence: {
        'e-1': { competency: 'gateway-security', requirement: 'references', status: 'todo', by: BY },
      },
    });
    expect(read.ok && read.dropped).toEqual([]);
    const record = read.ok ? read.record : emptyRecord();
    expect(record.bookings).toEqual({
      'b-1': { ...booking, by: BY },
      'b-2': { ...booking, quarter: '2026-Q2' },
    });
    expect([record.references['r-1']?.by, record.surveys['s-1']?.by, record.credentials['c-1']?.by]).toEqual([
      BY,
      BY,
      BY,
    ]);
    expect(record.evidence['e-1']?.by).toEqual(BY);
  });

  test('storage keeps it through a save and a merge, and reads a version 1 record as version 2', () => {
    const store = memoryStorage();
    store.setItem(
      RECORD_KEY,
      JSON.stringify({ v: 1, record: { bookings: { 'b-0': booking } }, savedAt: '' }),
    );
    const first = readRecord(store);
    expect(first.status).toBe('ok');
    const base = first.status === 'ok' ? first.state : null;
    const draft: PartnerRecord = {
      ...emptyRecord(),
      bookings: { 'b-0': booking, 'b-1': { ...booking, by: BY } },
    };
    const wrote = writeRecord(store, base, draft, new Date('2026-12-07T11:00:00Z'));
    expect(wrote.ok).toBe(true);
    const stored = JSON.parse(store.getItem(RECORD_KEY) ?? '{}') as { v: number; record: PartnerRecord };
    expect(stored.v).toBe(2);
    expect(stored.record.bookings['b-1']?.by).toEqual(BY);
    const other = { record: { ...emptyRecord(), bookings: { 'b-2': booking } }, changed: {} };
    const merged = mergeRecords(wrote.ok && wrote.state ? wrote.state : other, other);
    expect(merged.record.bookings['b-1']?.by).toEqual(BY);
  });

  test('the record file carries it out and back in; a version 1 file is still read', () => {
    const t = translator('en');
    const record: PartnerRecord = { ...emptyRecord(), bookings: { 'b-1': { ...booking, by: BY } } };
    const text = writeRecordFile(record, new Date('2026-12-07T12:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ v: 2, record: { bookings: { 'b-1': { by: BY } } } });
    const back = readRecordFile(t, text);
    expect(back.ok && back.record.bookings['b-1']?.by).toEqual(BY);
    const v1 = readRecordFile(
      t,
      JSON.stringify({ format: 'competency-record', v: 1, record: { bookings: { 'b-1': booking } } }),
    );
    expect(v1.ok && v1.record.bookings['b-1']).toEqual(booking);
  });
});
