import { describe, expect, test } from 'vitest';
import { emptyRecord } from '../../src/schemas/record.ts';
import {
  applyRecordImport,
  diffCounts,
  diffRecords,
  entriesText,
  entryLabel,
  importQuestion,
  MAX_RECORD_FILE_BYTES,
  readRecordFile,
  recordImportedNote,
  recordLeftOutNote,
  recordUndoneNote,
  sameRecord,
  savedRecordNote,
  undoRecordImport,
  writeRecordFile,
} from '../../src/persistence/record-file.ts';
import { translator } from '../../src/text/text.ts';
import { recordWith, sampleRecord } from '../helpers/record.ts';

const EN = translator('en');
const DE = translator('de');
const JA = translator('ja');
const AT = new Date('2026-12-07T10:00:00.000Z');
const AK = { label: 'AK' };
const BT = { label: 'BT' };

describe('writeRecordFile', () => {
  test('writes canonical JSON: the format, version, time and record, keys sorted', () => {
    const text = writeRecordFile(recordWith({ people: { 'p-2': BT, 'p-1': AK } }), AT);

    expect(text).toBe(
      '{"exportedAt":"2026-12-07T10:00:00.000Z","format":"competency-record","record":{"allocations":{},"bookings":{},"credentials":{},"evidence":{},"people":{"p-1":{"label":"AK"},"p-2":{"label":"BT"}},"references":{},"surveys":{}},"v":2}\n',
    );
  });

  test('gives the same text for the same record, whatever the order it was built in', () => {
    const a = sampleRecord();
    const b = { ...emptyRecord(), ...Object.fromEntries(Object.entries(a).reverse()) };

    expect(writeRecordFile(b, AT)).toBe(writeRecordFile(a, AT));
  });
});

describe('readRecordFile', () => {
  test('reads back what writeRecordFile wrote', () => {
    expect(readRecordFile(EN, writeRecordFile(sampleRecord(), AT))).toEqual({
      ok: true,
      record: sampleRecord(),
      dropped: [],
      note: null,
    });
  });

  test('reads the record a portfolio export carries, and a stored record offered as a file', () => {
    const portfolio = JSON.stringify({
      format: 'competency-portfolio',
      v: 1,
      competencies: [],
      record: sampleRecord(),
    });
    const stored = JSON.stringify({ v: 1, record: sampleRecord(), changed: {}, savedAt: '' });

    expect([readRecordFile(EN, portfolio), readRecordFile(EN, stored)]).toMatchObject([
      { ok: true, record: sampleRecord() },
      { ok: true, record: sampleRecord() },
    ]);
  });

  test('counts what it left out, in the site’s words', () => {
    const text = JSON.stringify({
      format: 'competency-record',
      v: 1,
      record: {
        people: { 'p-1': AK, 'p-2': { label: '' }, 'p-3': {} },
        bookings: { 'b-1': { amount: -5 } },
        extra: {},
      },
    });

    expect(readRecordFile(EN, text)).toEqual({
      ok: true,
      record: recordWith({ people: { 'p-1': AK } }),
      dropped: [
        { section: 'people', id: 'p-2' },
        { section: 'people', id: 'p-3' },
        { section: 'bookings', id: 'b-1' },
      ],
      note: 'Left out, as they could not be read: 2 people and 1 booking. 1 part of the file that a record does not have was left out.',
    });
  });

  test.each([
    ['too large', ' '.repeat(MAX_RECORD_FILE_BYTES + 1), 'it is too large to be an exported record.'],
    ['not JSON', '{"format":', 'it is not valid JSON.'],
    ['another format', '{"format":"other","v":1,"record":{}}', 'it is not a record exported from this site.'],
    [
      'a newer version',
      '{"format":"competency-record","v":3,"record":{}}',
      'it comes from a newer version of the site, which this page cannot read.',
    ],
    [
      'answers',
      '{"format":"competency-self-assessment","v":1,"slug":"x"}',
      'it holds self-assessment answers, not a record: import it on a competency page or the portfolio.',
    ],
    [
      'no entry read',
      '{"format":"competency-record","v":1,"record":{"people":{"p-1":{}}}}',
      'none of its entries could be read.',
    ],
  ])('refuses %s, saying the record is unchanged', (_, text, why) => {
    expect(readRecordFile(EN, text)).toEqual({
      ok: false,
      message: `The file was not imported: ${why} Your record is unchanged.`,
    });
  });
});

describe('entriesText', () => {
  test('counts entries by section in each language', () => {
    const counts = { people: 2, bookings: 1, surveys: 0 };

    expect([entriesText(EN, counts), entriesText(DE, counts), entriesText(JA, counts)]).toEqual([
      '2 people and 1 booking',
      '2 Personen und 1 Umsatzbuchung',
      '担当者2人、売上の計上1件',
    ]);
  });
});

describe('entryLabel', () => {
  test('names each kind of entry by the partner’s own words, competencies by their titles when known', () => {
    const record = sampleRecord();
    const titleOf = (slug: string) => (slug === 'gateway-security' ? 'Gateway Security' : undefined);

    expect([
      entryLabel(record, 'people', 'p-1'),
      entryLabel(record, 'credentials', 'c-1'),
      entryLabel(record, 'bookings', 'b-1', titleOf),
      entryLabel(record, 'references', 'r-1'),
      entryLabel(record, 'surveys', 's-1', titleOf),
      entryLabel(record, 'evidence', 'e-1', titleOf),
      entryLabel(record, 'allocations', 'p-1'),
      entryLabel(record, 'people', 'p-9'),
    ]).toEqual([
      'AK',
      'AK · Gateway Security Technical Specialist · 2026-03-14',
      'Gateway Security · 2026-Q1',
      'gateway-security · Customer A · 2026-05-02',
      'Gateway Security · 2026-06-30',
      'Gateway Security · references',
      'AK',
      'p-9',
    ]);
  });
});

describe('diffRecords, importQuestion and sameRecord', () => {
  const current = recordWith({
    people: { 'p-1': AK, 'p-2': BT },
    bookings: { 'b-1': { competency: 'x', quarter: '2026-Q1', amount: 5 } },
  });
  const incoming = recordWith({
    people: { 'p-1': { label: 'AK2' }, 'p-3': BT, 'p-4': BT },
    bookings: { 'b-1': { competency: 'x', quarter: '2026-Q1', amount: 5 } },
  });

  test('lists what an import adds, changes and removes in each section, with labels and counts', () => {
    const diff = diffRecords(current, incoming);

    expect([diff.people, diff.bookings, diffCounts(diff)]).toEqual([
      {
        added: [
          { id: 'p-3', label: 'BT' },
          { id: 'p-4', label: 'BT' },
        ],
        changed: [{ id: 'p-1', label: 'AK2' }],
        removed: [{ id: 'p-2', label: 'BT' }],
      },
      { added: [], changed: [], removed: [] },
      { added: { people: 2 }, changed: { people: 1 }, removed: { people: 1 } },
    ]);
  });

  test('asks in counts, in each language', () => {
    const diff = diffRecords(current, incoming);

    expect([importQuestion(EN, diff), importQuestion(DE, diff), importQuestion(JA, diff)]).toEqual([
      'Using this file adds 2 people, changes 1 person and removes 1 person, which the file does not hold.',
      'Die Übernahme dieser Datei fügt 2 Personen hinzu, ändert 1 Person und entfernt 1 Person (in der Datei nicht enthalten).',
      'このファイルを使うと、次のとおりになります：担当者2人を追加、担当者1人を変更、担当者1人を削除（ファイルにないため）。',
    ]);
  });

  test('says when the file holds the same record', () => {
    const diff = diffRecords(current, current);

    expect([sameRecord(diff), sameRecord(diffRecords(current, incoming)), importQuestion(EN, diff)]).toEqual([
      true,
      false,
      'This file holds the same record as this browser.',
    ]);
  });
});

describe('applyRecordImport and undoRecordImport', () => {
  const current = recordWith({ people: { 'p-1': AK, 'p-2': BT } });
  const incoming = recordWith({ people: { 'p-1': { label: 'AK2' }, 'p-3': BT } });

  test('gives the file’s record, and undoing it gives back the record before', () => {
    const { record, replacement } = applyRecordImport(current, incoming);

    expect([record, undoRecordImport(record, replacement)]).toEqual([incoming, current]);
  });

  test('undo puts back only what the import changed and nobody changed since', () => {
    const { record, replacement } = applyRecordImport(current, incoming);
    const edited = recordWith({
      people: { 'p-1': { label: 'AK3' }, 'p-3': BT, 'p-5': AK },
      bookings: { 'b-1': { competency: 'x', quarter: '2026-Q1', amount: 1 } },
    });
    void record;

    expect(undoRecordImport(edited, replacement)).toEqual(
      recordWith({
        people: { 'p-1': { label: 'AK3' }, 'p-2': BT, 'p-5': AK },
        bookings: { 'b-1': { competency: 'x', quarter: '2026-Q1', amount: 1 } },
      }),
    );
  });

  test('undo leaves an entry the import added and someone deleted since, and one it removed and someone added since', () => {
    const { replacement } = applyRecordImport(current, incoming);
    const since = recordWith({ people: { 'p-1': { label: 'AK2' }, 'p-2': { label: 'new' } } });

    expect(undoRecordImport(since, replacement)).toEqual(
      recordWith({ people: { 'p-1': AK, 'p-2': { label: 'new' } } }),
    );
  });
});

describe('notes', () => {
  test('say what a read left out, why a stored record is left alone, an import and an undo', () => {
    expect([
      recordLeftOutNote(EN, []),
      recordLeftOutNote(EN, [], 2),
      savedRecordNote(EN, { status: 'empty' }),
      savedRecordNote(EN, { status: 'invalid', why: 'newer', text: '' }),
      savedRecordNote(EN, {
        status: 'ok',
        state: { record: emptyRecord(), changed: {} },
        savedAt: '',
        dropped: [{ section: 'surveys', id: 's-1' }],
      }),
      savedRecordNote(EN, {
        status: 'ok',
        state: { record: emptyRecord(), changed: {} },
        savedAt: '',
        dropped: [],
      }),
      recordImportedNote(EN, 'record.json'),
      recordUndoneNote(EN),
    ]).toEqual([
      null,
      '2 parts of the file that a record does not have were left out.',
      null,
      'The record saved in this browser comes from a newer version of the site, so it is left as it is: what you enter is kept in this tab only, until you export it.',
      'Some entries of the record saved in this browser could not be read: 1 survey result. They are not shown and stay saved as they are.',
      null,
      'Imported the record from record.json.',
      'Undone: the entries the import changed are back as they were, and what you changed since stays as you changed it.',
    ]);
  });
});
