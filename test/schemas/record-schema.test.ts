import { describe, expect, test } from 'vitest';
import { emptyRecord } from '../../src/schemas/record.ts';
import {
  isIsoDay,
  isQuarter,
  isRecordId,
  MAX_RECORD_ENTRIES,
  readPartnerRecord,
} from '../../src/schemas/record-schema.ts';
import { recordWith, sampleRecord } from '../helpers/record.ts';

describe('isIsoDay', () => {
  test.each(['2026-02-28', '2028-02-29', '1900-01-01', '2199-12-31'])('takes %s', (day) => {
    expect(isIsoDay(day)).toBe(true);
  });
  test.each([
    '2026-02-30',
    '2027-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-1-1',
    '1899-12-31',
    '2200-01-01',
    ' 2026-01-01',
    20260101,
  ])('refuses %s', (day) => {
    expect(isIsoDay(day)).toBe(false);
  });
});

describe('isQuarter', () => {
  test('takes a quarter of a year the record may hold, nothing else', () => {
    expect(['2026-Q1', '2026-Q4', '2026-Q0', '2026-Q5', '2026Q1', '1800-Q1', 4].map(isQuarter)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('isRecordId', () => {
  test('takes lower-case words joined by hyphens, never a name of Object.prototype', () => {
    expect(
      [
        'p-1',
        'k3j2h1',
        '__proto__',
        'constructor',
        'P-1',
        'a--b',
        '-a',
        '',
        'a'.repeat(64),
        'a'.repeat(65),
      ].map(isRecordId),
    ).toEqual([true, true, false, false, false, false, false, false, true, false]);
  });
});

describe('readPartnerRecord', () => {
  test('reads a whole record as it is', () => {
    expect(readPartnerRecord(JSON.parse(JSON.stringify(sampleRecord())))).toEqual({
      ok: true,
      record: sampleRecord(),
      dropped: [],
      unknownSections: 0,
    });
  });

  test('reads missing sections as empty ones', () => {
    expect(readPartnerRecord({ people: { 'p-1': { label: 'AK' } } })).toEqual({
      ok: true,
      record: recordWith({ people: { 'p-1': { label: 'AK' } } }),
      dropped: [],
      unknownSections: 0,
    });
  });

  test.each([null, 'record', 3, [], [{}], new Date()])('is not ok for %s, which is no record', (input) => {
    expect(readPartnerRecord(input)).toEqual({ ok: false });
  });

  test('leaves out each bad entry, naming its section and id, and reads the rest', () => {
    const input = {
      people: {
        'p-1': { label: 'AK' },
        'p-2': { label: '' },
        'p-3': { label: ' \t ' },
        'p-4': { label: 'A\u0000B' },
      },
      credentials: {
        'c-1': { person: 'p-1', name: 'Exam', passed: '2026-02-30' },
        'c-2': { person: 'constructor', name: 'Exam', passed: '2026-02-03' },
        'c-3': { person: 'p-1', name: 'Exam', passed: '2026-02-03' },
      },
      bookings: {
        'b-1': { competency: 'x', quarter: '2026-Q1', amount: -1 },
        'b-2': { competency: 'x', quarter: '2026-Q1', amount: 1e13 },
        'b-3': { competency: 'x', quarter: '2026-Q5', amount: 1 },
        'b-4': { competency: 'x', quarter: '2026-Q1', amount: '5' },
      },
      surveys: { 's-1': { competency: 'x', score: Infinity, date: '2026-01-01' } },
      evidence: {
        'e-1': { competency: 'x', requirement: 'r', status: 'done' },
        'e-2': { competency: 'x', requirement: 'r', status: 'todo', links: ['javascript:alert(1)'] },
        'e-3': {
          competency: 'x',
          requirement: 'r',
          status: 'todo',
          links: ['https://a.example/'],
          note: 'a\nb',
        },
      },
      allocations: { 'p-1': { competencies: ['x', 'x'] } },
    };

    const read = readPartnerRecord(input);

    expect(read).toEqual({
      ok: true,
      record: recordWith({
        people: { 'p-1': { label: 'AK' } },
        credentials: { 'c-3': { person: 'p-1', name: 'Exam', passed: '2026-02-03' } },
        evidence: {
          'e-3': {
            competency: 'x',
            requirement: 'r',
            status: 'todo',
            links: ['https://a.example/'],
            note: 'a\nb',
          },
        },
      }),
      dropped: [
        { section: 'people', id: 'p-2' },
        { section: 'people', id: 'p-3' },
        { section: 'people', id: 'p-4' },
        { section: 'credentials', id: 'c-1' },
        { section: 'credentials', id: 'c-2' },
        { section: 'bookings', id: 'b-1' },
        { section: 'bookings', id: 'b-2' },
        { section: 'bookings', id: 'b-3' },
        { section: 'bookings', id: 'b-4' },
        { section: 'surveys', id: 's-1' },
        { section: 'evidence', id: 'e-1' },
        { section: 'evidence', id: 'e-2' },
        { section: 'allocations', id: 'p-1' },
      ],
      unknownSections: 0,
    });
  });

  test('leaves out an entry that is no object, or whose optional field is there but wrong', () => {
    const evidence = (more: Record<string, unknown>) => ({
      competency: 'x',
      requirement: 'r',
      status: 'todo' as const,
      ...more,
    });
    const read = readPartnerRecord({
      people: { 'p-1': ['AK'], 'p-2': 'AK', 'p-3': null, 'p-4': { label: 7 } },
      surveys: { 's-1': { competency: 'x', score: Number.NaN, date: '2026-01-01' } },
      evidence: {
        'e-1': evidence({ owner: 'P 1' }),
        'e-2': evidence({ due: '2026-02-30' }),
        'e-3': evidence({ note: 'a\u0007b' }),
        'e-4': evidence({ links: 'https://a.example/' }),
        'e-5': evidence({ links: Array.from({ length: 21 }, () => 'https://a.example/') }),
        'e-6': evidence({ note: 'x'.repeat(2001) }),
        'e-7': evidence({ owner: 'p-1', due: '2026-02-28', note: '', links: [] }),
      },
    });

    expect(read).toEqual({
      ok: true,
      record: recordWith({
        evidence: { 'e-7': evidence({ owner: 'p-1', due: '2026-02-28', note: '', links: [] }) },
      }),
      dropped: [
        ...['p-1', 'p-2', 'p-3', 'p-4'].map((id) => ({ section: 'people', id })),
        { section: 'surveys', id: 's-1' },
        ...['e-1', 'e-2', 'e-3', 'e-4', 'e-5', 'e-6'].map((id) => ({ section: 'evidence', id })),
      ],
      unknownSections: 0,
    });
  });

  test('leaves out entries under ids that are not the record’s, __proto__ among them, without touching prototypes', () => {
    const input: unknown = JSON.parse(
      '{"people":{"__proto__":{"label":"X","polluted":true},"constructor":{"label":"Y"},"P 1":{"label":"Z"}}}',
    );

    const read = readPartnerRecord(input);

    expect(read).toMatchObject({
      ok: true,
      record: emptyRecord(),
      dropped: [
        { section: 'people', id: '__proto__' },
        { section: 'people', id: 'constructor' },
        { section: 'people', id: 'P 1' },
      ],
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('drops the fields an entry does not have and counts sections a record does not have', () => {
    const read = readPartnerRecord({
      people: { 'p-1': { label: 'AK', email: 'ak@example.com' } },
      invoices: {},
      __proto__: null,
    });

    expect(read).toEqual({
      ok: true,
      record: recordWith({ people: { 'p-1': { label: 'AK' } } }),
      dropped: [],
      unknownSections: 1,
    });
  });

  test('names a section that is no map with an empty id', () => {
    expect(readPartnerRecord({ people: [{ label: 'AK' }] })).toMatchObject({
      ok: true,
      dropped: [{ section: 'people', id: '' }],
    });
  });

  test(`reads at most ${MAX_RECORD_ENTRIES} entries of a section and names the rest`, () => {
    const people: Record<string, unknown> = {};
    for (let i = 0; i < MAX_RECORD_ENTRIES + 3; i += 1) people[`p-${i}`] = { label: 'AK' };

    const read = readPartnerRecord({ people });

    expect(read.ok && [Object.keys(read.record.people).length, read.dropped.length]).toEqual([
      MAX_RECORD_ENTRIES,
      3,
    ]);
  });

  test('is not ok, rather than throwing, for an input whose getters throw', () => {
    const input = {
      get people(): never {
        throw new Error('boom');
      },
    };

    expect(readPartnerRecord(input)).toEqual({ ok: false });
  });
});
