import { describe, expect, test } from 'vitest';
import { emptyRecord } from '../../src/schemas/record.ts';
import {
  changedEntries,
  changeKey,
  clearRecord,
  mergeRecords,
  parseChangeKey,
  readRecord,
  RECORD_KEY,
  recordToSave,
  sameState,
  writeRecord,
  type RecordState,
} from '../../src/persistence/record-storage.ts';
import { memoryStorage, type StorageLike } from '../../src/persistence/storage-access.ts';
import { recordWith, sampleRecord } from '../helpers/record.ts';

const T0 = new Date('2026-12-07T10:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const AK = { label: 'AK' };
const BT = { label: 'BT' };

function stored(store: StorageLike): unknown {
  return JSON.parse(store.getItem(RECORD_KEY) ?? 'null');
}

function saved(store: StorageLike): RecordState {
  const read = readRecord(store);
  if (read.status !== 'ok') throw new Error(`expected a record, found ${read.status}`);
  return read.state;
}

describe('changeKey and parseChangeKey', () => {
  test('name an entry and read it back; other keys name none', () => {
    expect([
      changeKey('people', 'p-1'),
      parseChangeKey('people/p-1'),
      parseChangeKey('invoices/p-1'),
      parseChangeKey('people/__proto__'),
      parseChangeKey('people'),
    ]).toEqual(['people/p-1', { section: 'people', id: 'p-1' }, null, null, null]);
  });
});

describe('readRecord', () => {
  test('returns empty when nothing is stored', () => {
    expect(readRecord(memoryStorage())).toEqual({ status: 'empty' });
  });

  test('reads what writeRecord wrote, with its times', () => {
    const store = memoryStorage();
    writeRecord(store, null, sampleRecord(), T0);

    const read = readRecord(store);

    expect(read).toMatchObject({ status: 'ok', savedAt: T0.toISOString(), dropped: [] });
    expect(read.status === 'ok' && read.state.record).toEqual(sampleRecord());
    expect(read.status === 'ok' && read.state.changed['people/p-1']).toBe(T0.getTime());
  });

  test('says the browser would not read, when getItem throws', () => {
    const store = {
      ...memoryStorage(),
      getItem: () => {
        throw new DOMException('no', 'SecurityError');
      },
    };

    expect(readRecord(store)).toEqual({ status: 'invalid', why: 'read' });
  });

  test.each([
    ['not JSON', '{"v":1,'],
    ['no envelope', '[]'],
    ['no version', '{"record":{},"changed":{},"savedAt":""}'],
    ['an older unknown version', '{"v":0,"record":{},"changed":{},"savedAt":""}'],
    ['no savedAt', '{"v":1,"record":{},"changed":{}}'],
    ['no record', '{"v":1,"changed":{},"savedAt":""}'],
    ['a section that is no map', '{"v":1,"record":{"people":[]},"changed":{},"savedAt":""}'],
  ])('leaves %s as it is, handing its text back', (_, text) => {
    const store = memoryStorage();
    store.setItem(RECORD_KEY, text);

    expect(readRecord(store)).toEqual({ status: 'invalid', why: 'unreadable', text });
  });

  test('says a newer version wrote it', () => {
    const store = memoryStorage();
    const text = '{"v":3,"people":[]}';
    store.setItem(RECORD_KEY, text);

    expect(readRecord(store)).toEqual({ status: 'invalid', why: 'newer', text });
  });

  test('leaves out times that name no entry or hold no time', () => {
    const store = memoryStorage();
    store.setItem(
      RECORD_KEY,
      JSON.stringify({
        v: 1,
        record: { people: { 'p-1': AK } },
        changed: { 'people/p-1': 5, 'people/p-2': -1, 'x/p-1': 5, 'people/p-3': '5', 'people/p-4': 1e20 },
        savedAt: '',
      }),
    );

    expect(saved(store)).toEqual({
      record: recordWith({ people: { 'p-1': AK } }),
      changed: { 'people/p-1': 5 },
    });
  });

  test('leaves out an entry it cannot read and names it, reading the rest', () => {
    const store = memoryStorage();
    store.setItem(
      RECORD_KEY,
      JSON.stringify({
        v: 1,
        record: { people: { 'p-1': AK, 'p-2': { label: 7 } } },
        changed: {},
        savedAt: '',
      }),
    );

    expect(readRecord(store)).toMatchObject({
      status: 'ok',
      state: { record: recordWith({ people: { 'p-1': AK } }) },
      dropped: [{ section: 'people', id: 'p-2' }],
    });
  });
});

describe('mergeRecords', () => {
  const state = (
    people: Record<string, { label: string }>,
    changed: Record<string, number>,
  ): RecordState => ({
    record: recordWith({ people }),
    changed,
  });

  test('takes the later change of each entry', () => {
    const mine = state({ 'p-1': AK, 'p-2': AK }, { 'people/p-1': 5, 'people/p-2': 1 });
    const theirs = state({ 'p-1': BT, 'p-2': BT }, { 'people/p-1': 3, 'people/p-2': 2 });

    expect(mergeRecords(mine, theirs)).toEqual(
      state({ 'p-1': AK, 'p-2': BT }, { 'people/p-1': 5, 'people/p-2': 2 }),
    );
  });

  test('keeps a later deletion and drops an earlier one', () => {
    const mine = state({ 'p-2': AK }, { 'people/p-1': 5, 'people/p-2': 1 });
    const theirs = state({ 'p-1': BT }, { 'people/p-1': 3, 'people/p-2': 2 });

    expect(mergeRecords(mine, theirs)).toEqual(state({}, { 'people/p-1': 5, 'people/p-2': 2 }));
  });

  test('takes an entry only one side knows, and lets a deletion win a tie', () => {
    const mine = state({ 'p-1': AK }, { 'people/p-2': 4 });
    const theirs = state({ 'p-2': BT, 'p-3': BT }, { 'people/p-2': 4 });

    expect(mergeRecords(mine, theirs)).toEqual(state({ 'p-1': AK, 'p-3': BT }, { 'people/p-2': 4 }));
  });

  test('settles a tie between two entries the same way in either order', () => {
    const mine = state({ 'p-1': AK }, { 'people/p-1': 4 });
    const theirs = state({ 'p-1': BT }, { 'people/p-1': 4 });

    expect([mergeRecords(mine, theirs), mergeRecords(theirs, mine)]).toEqual([
      state({ 'p-1': BT }, { 'people/p-1': 4 }),
      state({ 'p-1': BT }, { 'people/p-1': 4 }),
    ]);
  });
});

describe('changedEntries', () => {
  test('lists the entries added, changed and deleted, by section and id', () => {
    const before = recordWith({
      people: { 'p-1': AK, 'p-2': AK },
      bookings: { 'b-1': sampleRecord().bookings['b-1']! },
    });
    const after = recordWith({
      people: { 'p-1': AK, 'p-3': AK },
      bookings: { 'b-1': { ...before.bookings['b-1']!, amount: 1 } },
    });

    expect(changedEntries(before, after)).toEqual([
      ['people', 'p-2'],
      ['people', 'p-3'],
      ['bookings', 'b-1'],
    ]);
  });
});

describe('recordToSave', () => {
  test('times each entry the page changed since it read, over what is stored', () => {
    const base: RecordState = { record: recordWith({ people: { 'p-1': AK } }), changed: { 'people/p-1': 1 } };
    const stored: RecordState = {
      record: recordWith({ people: { 'p-1': AK, 'p-2': BT } }),
      changed: { 'people/p-1': 1, 'people/p-2': 2 },
    };

    const next = recordToSave(base, recordWith({ people: { 'p-3': BT } }), stored, 9);

    expect(next).toEqual({
      record: recordWith({ people: { 'p-2': BT, 'p-3': BT } }),
      changed: { 'people/p-1': 9, 'people/p-2': 2, 'people/p-3': 9 },
    });
  });

  test('keeps only the page’s own changes when the record was removed since it read', () => {
    const base: RecordState = { record: recordWith({ people: { 'p-1': AK } }), changed: { 'people/p-1': 1 } };

    const next = recordToSave(base, recordWith({ people: { 'p-1': AK, 'p-2': BT } }), null, 9);

    expect(next).toEqual({ record: recordWith({ people: { 'p-2': BT } }), changed: { 'people/p-2': 9 } });
  });
});

describe('writeRecord', () => {
  test('writes the envelope with its version, times and savedAt', () => {
    const store = memoryStorage();

    const written = writeRecord(store, null, recordWith({ people: { 'p-1': AK } }), T0);

    expect(written).toMatchObject({ ok: true, savedAt: T0.toISOString(), refused: false });
    expect(stored(store)).toEqual({
      v: 2,
      record: { ...emptyRecord(), people: { 'p-1': AK } },
      changed: { 'people/p-1': T0.getTime() },
      savedAt: T0.toISOString(),
    });
  });

  test('writes nothing when nothing changed', () => {
    const store = memoryStorage();
    const first = writeRecord(store, null, recordWith({ people: { 'p-1': AK } }), T0);
    const base = first.ok ? first.state : null;

    const again = writeRecord(store, base, recordWith({ people: { 'p-1': AK } }), at(1));

    expect(again).toMatchObject({ ok: true, savedAt: '' });
    expect(stored(store)).toMatchObject({ savedAt: T0.toISOString() });
  });

  test('keeps a deleted entry’s time, so that a tab still holding it does not write it back', () => {
    const store = memoryStorage();
    const first = writeRecord(store, null, recordWith({ people: { 'p-1': AK } }), T0);
    const base = first.ok ? first.state : null;
    writeRecord(store, base, emptyRecord(), at(1));

    // Another tab that read before the deletion saves what it last knew.
    writeRecord(store, base, null, at(2));

    expect(saved(store)).toEqual({ record: emptyRecord(), changed: { 'people/p-1': at(1).getTime() } });
  });

  test('never writes over what it cannot read', () => {
    const store = memoryStorage();
    store.setItem(RECORD_KEY, '{"v":1,');

    expect(writeRecord(store, null, sampleRecord(), T0)).toEqual({
      ok: false,
      read: { status: 'invalid', why: 'unreadable', text: '{"v":1,' },
    });
    expect(store.getItem(RECORD_KEY)).toBe('{"v":1,');
  });

  test('says the browser refused, without throwing', () => {
    const store = {
      ...memoryStorage(),
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };

    expect(writeRecord(store, null, sampleRecord(), T0)).toMatchObject({
      ok: true,
      savedAt: '',
      refused: true,
    });
  });

  test('writes an entry it could not read back as it was, unless the page changed it', () => {
    const store = memoryStorage();
    const bad = { label: 7, kept: 'as it was' };
    store.setItem(
      RECORD_KEY,
      JSON.stringify({
        v: 1,
        record: { people: { 'p-1': AK, 'p-9': bad } },
        changed: { 'people/p-9': 3 },
        savedAt: '',
      }),
    );
    const base = saved(store);

    writeRecord(store, base, recordWith({ people: { 'p-1': BT } }), T0);
    const afterEdit = stored(store);
    writeRecord(store, saved(store), recordWith({ people: { 'p-1': BT, 'p-9': AK } }), at(1));

    expect(afterEdit).toMatchObject({ record: { people: { 'p-1': BT, 'p-9': bad } } });
    expect(saved(store).record.people).toEqual({ 'p-1': BT, 'p-9': AK });
  });

  test('returns what is stored without writing when there is no draft', () => {
    const store = memoryStorage();
    expect(writeRecord(store, null, null, T0)).toEqual({
      ok: true,
      state: null,
      savedAt: '',
      refused: false,
    });
    expect(store.getItem(RECORD_KEY)).toBeNull();
  });
});

describe('sameState and clearRecord', () => {
  test('compare states whatever the order of keys, and remove the record', () => {
    const store = memoryStorage();
    writeRecord(store, null, sampleRecord(), T0);
    const a: RecordState = {
      record: recordWith({ people: { 'p-1': AK, 'p-2': BT } }),
      changed: { 'people/p-1': 1 },
    };
    const b: RecordState = {
      record: recordWith({ people: { 'p-2': BT, 'p-1': AK } }),
      changed: { 'people/p-1': 1 },
    };

    expect([
      sameState(a, b),
      sameState(a, { ...b, changed: {} }),
      clearRecord(store),
      readRecord(store),
    ]).toEqual([true, false, true, { status: 'empty' }]);
  });

  test('clearRecord says when the browser refuses', () => {
    const store = {
      ...memoryStorage(),
      removeItem: () => {
        throw new DOMException('no', 'SecurityError');
      },
    };

    expect(clearRecord(store)).toBe(false);
  });
});
