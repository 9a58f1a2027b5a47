import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { emptyRecord, RECORD_SECTIONS, type PartnerRecord } from '../../src/schemas/record.ts';
import { MAX_RECORD_ENTRIES, readPartnerRecord } from '../../src/schemas/record-schema.ts';
import {
  diffRecords,
  importQuestion,
  MAX_RECORD_FILE_BYTES,
  readRecordFile,
  writeRecordFile,
} from '../../src/persistence/record-file.ts';
import {
  readRecord,
  RECORD_KEY,
  writeRecord,
  type RecordState,
} from '../../src/persistence/record-storage.ts';
import { memoryStorage, type StorageLike } from '../../src/persistence/storage-access.ts';
import { openGateway } from '../../src/persistence/storage-gateway.ts';
import { translator } from '../../src/text/text.ts';
import { recordWith, sampleRecord } from '../helpers/record.ts';

// The partner record fed what a crafted file, a damaged or refusing storage and two tabs can give it: every
// reader returns a record or a message, never throws, never repeats the input's words in a message, never
// touches a prototype, and never loses an entry a tab or the store holds.

const LANGS = [translator('en'), translator('de'), translator('ja')];
const EN = translator('en');
/** Text that marks what came from the input: no message may contain it. */
const MARK = 'QQ';
const AT = new Date('2026-12-07T10:00:00.000Z');

const exported = (record: unknown, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ format: 'competency-record', v: 1, exportedAt: AT.toISOString(), record, ...extra });
const people = (n: number): Record<string, unknown> =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`p-${i}`, { label: 'AK' }]));
const whole = writeRecordFile(sampleRecord(), AT);

/** A crafted file, and what reading it must give: refused, or read with the given entries kept and left out. */
type Case = [name: string, text: string, expected: 'refused' | { kept: number; dropped: number }];

const CRAFTED: Case[] = [
  ['an empty file', '', 'refused'],
  ['null', 'null', 'refused'],
  ['a list', '[{"format":"competency-record"}]', 'refused'],
  ['a string', `"${MARK} call this number"`, 'refused'],
  ['a truncated export', whole.slice(0, Math.floor(whole.length / 2)), 'refused'],
  ['a file over the size limit', `${whole.slice(0, -2)}${' '.repeat(MAX_RECORD_FILE_BYTES)}}`, 'refused'],
  ['JSON nested a hundred thousand deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'refused'],
  ['another format', exported({}, { format: `${MARK}-format` }), 'refused'],
  ['a newer version', exported(sampleRecord(), { v: 3 }), 'refused'],
  ['a version as text', exported(sampleRecord(), { v: '1' }), 'refused'],
  ['no version', JSON.stringify({ format: 'competency-record', record: sampleRecord() }), 'refused'],
  ['a record that is null', exported(null), 'refused'],
  ['a record that is a list', exported([sampleRecord()]), 'refused'],
  [
    'one competency’s answers',
    JSON.stringify({ format: 'competency-self-assessment', v: 1, slug: MARK }),
    'refused',
  ],
  [
    'a portfolio export without a record',
    JSON.stringify({ format: 'competency-portfolio', v: 1, competencies: [] }),
    'refused',
  ],
  ['a newer stored record', JSON.stringify({ v: 9, record: {}, savedAt: '' }), 'refused'],
  ['only entries that cannot be read', exported({ people: { 'p-1': { label: 5 } } }), 'refused'],
  [
    '__proto__ and constructor at every level',
    `{"format":"competency-record","v":1,"__proto__":{"polluted":"${MARK}"},"record":{"__proto__":{"people":{"p-9":{"label":"X"}}},"people":{"__proto__":{"label":"X","polluted":"${MARK}"},"constructor":{"label":"X"},"p-1":{"label":"AK","__proto__":{"polluted":"${MARK}"}}}}}`,
    { kept: 1, dropped: 2 },
  ],
  [
    'ids that are no ids',
    exported({
      people: { 'P-1': { label: 'A' }, 'a b': { label: 'B' }, '': { label: 'C' }, 'p-1': { label: 'D' } },
    }),
    { kept: 1, dropped: 3 },
  ],
  [
    'days that are not days',
    exported({
      credentials: {
        'c-1': { person: 'p-1', name: 'Exam', passed: '2026-02-30' },
        'c-2': { person: 'p-1', name: 'Exam', passed: '2026-2-3' },
        'c-3': { person: 'p-1', name: 'Exam', passed: '9999-01-01' },
        'c-4': { person: 'p-1', name: 'Exam', passed: '2026-02-28' },
      },
    }),
    { kept: 1, dropped: 3 },
  ],
  [
    'amounts out of range',
    exported({
      bookings: {
        'b-1': { competency: 'x', quarter: '2026-Q1', amount: -1 },
        'b-2': { competency: 'x', quarter: '2026-Q1', amount: 'OVERFLOW' },
        'b-3': { competency: 'x', quarter: '2026-Q1', amount: 1e12 + 1 },
        'b-4': { competency: 'x', quarter: '2026-Q9', amount: 1 },
        'b-5': { competency: 'x', quarter: '2026-Q1', amount: 0 },
      },
    }).replace('"OVERFLOW"', '1e400'),
    { kept: 1, dropped: 4 },
  ],
  [
    'scores that are not finite',
    exported({
      surveys: {
        's-1': { competency: 'x', score: 'OVERFLOW', date: '2026-01-01' },
        's-2': { competency: 'x', score: 4, date: '2026-01-01' },
      },
    }).replace('"OVERFLOW"', '-1e400'),
    { kept: 1, dropped: 1 },
  ],
  [
    'links that are not web addresses',
    exported({
      evidence: {
        'e-1': { competency: 'x', requirement: 'r', status: 'todo', links: ['javascript:alert(1)'] },
        'e-2': { competency: 'x', requirement: 'r', status: 'todo', links: ['data:text/html,hi'] },
        'e-3': { competency: 'x', requirement: 'r', status: 'todo', links: ['https://ok.example/'] },
      },
    }),
    { kept: 1, dropped: 2 },
  ],
  [
    'texts too long or with control characters',
    exported({
      people: {
        'p-1': { label: 'A'.repeat(81) },
        'p-2': { label: 'A\u202eB\u0007' },
        'p-3': { label: 'A'.repeat(80) },
      },
      evidence: { 'e-1': { competency: 'x', requirement: 'r', status: 'todo', note: 'n'.repeat(2001) } },
    }),
    { kept: 1 + 0, dropped: 3 },
  ],
  [
    'unknown sections and fields',
    exported({ people: { 'p-1': { label: 'AK', salary: 1 } }, invoices: { 'i-1': {} } }, { extra: MARK }),
    { kept: 1, dropped: 0 },
  ],
  [
    'a section over the limit of entries',
    exported({ people: people(MAX_RECORD_ENTRIES + 5) }),
    { kept: MAX_RECORD_ENTRIES, dropped: 5 },
  ],
  ['a section that is no map', exported({ people: [{ label: 'AK' }], bookings: 'all' }), 'refused'],
  ['a byte order mark before the JSON', `\uFEFF${whole}`, { kept: 8, dropped: 0 }],
];

const countEntries = (record: PartnerRecord): number =>
  RECORD_SECTIONS.reduce((sum, s) => sum + Object.keys(record[s]).length, 0);

describe(`readRecordFile on ${CRAFTED.length} crafted files`, () => {
  test.each(CRAFTED)(
    '%s: read or refused as expected, in every language, never repeating the file',
    (_, text, expected) => {
      for (const t of LANGS) {
        const read = readRecordFile(t, text);
        if (expected === 'refused') {
          expect(read.ok).toBe(false);
          if (!read.ok) expect(read.message).not.toContain(MARK);
        } else {
          expect(read.ok).toBe(true);
          if (read.ok) {
            expect([countEntries(read.record), read.dropped.length]).toEqual([
              expected.kept,
              expected.dropped,
            ]);
            expect(read.note ?? '').not.toContain(MARK);
          }
        }
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('people');
    },
  );

  test('a section without an entry read holds no prototype of its own', () => {
    const read = readRecordFile(EN, CRAFTED.find(([name]) => name.startsWith('__proto__'))![1]);

    expect(read.ok && [Object.getPrototypeOf(read.record.people), Object.keys(read.record.people)]).toEqual([
      Object.prototype,
      ['p-1'],
    ]);
  });

  test('the import question over a crafted record counts, never quoting a label or id', () => {
    const planted = recordWith({
      people: { 'p-1': { label: `${MARK} your account is suspended` } },
      references: { 'r-1': { competency: 'x', customer: `${MARK} call us`, date: '2026-01-01' } },
    });

    for (const t of LANGS) {
      expect(importQuestion(t, diffRecords(sampleRecord(), planted))).not.toContain(MARK);
      expect(importQuestion(t, diffRecords(planted, sampleRecord()))).not.toContain(MARK);
    }
  });
});

describe('readRecordFile and readPartnerRecord on 400 generated inputs', () => {
  const planted = fc.string({ maxLength: 8 }).map((s) => `${MARK}${s}`);
  const sectionish = fc.oneof(fc.constantFrom(...RECORD_SECTIONS), planted, fc.constant('__proto__'));
  const inputs = fc.oneof(
    fc.jsonValue(),
    fc.dictionary(
      sectionish,
      fc.dictionary(fc.oneof(planted, fc.constantFrom('p-1', '__proto__', 'constructor')), fc.jsonValue()),
    ),
  );

  test('returns a record or a message for any file, never throwing or repeating it', () => {
    fc.assert(
      fc.property(inputs, fc.boolean(), (record, wrap) => {
        const text = wrap ? exported(record) : (JSON.stringify(record) ?? '');
        const read = readRecordFile(EN, text);
        expect(read.ok ? (read.note ?? '') : read.message).not.toContain(MARK);
        if (read.ok) expect(readPartnerRecord(read.record)).toMatchObject({ ok: true, dropped: [] });
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });

  test('reads any text at all without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const read = readRecordFile(EN, text);
        expect(read.ok ? (read.note ?? '') : read.message).not.toContain(MARK);
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });
});

/** A store whose given methods throw, as a full, refused or damaged browser storage does. */
function refusing(methods: readonly (keyof StorageLike)[], store = memoryStorage()): StorageLike {
  const refused = (): never => {
    throw new DOMException('refused', 'QuotaExceededError');
  };
  return {
    getItem: methods.includes('getItem') ? refused : (k) => store.getItem(k),
    setItem: methods.includes('setItem') ? refused : (k, v) => store.setItem(k, v),
    removeItem: methods.includes('removeItem') ? refused : (k) => store.removeItem(k),
  };
}

const stateOf = (written: ReturnType<typeof writeRecord>): RecordState | null =>
  written.ok ? written.state : null;

describe('the stored record under 8 storage faults', () => {
  test('getItem throwing: the read says so, and nothing is written', () => {
    const inner = memoryStorage();
    inner.setItem(RECORD_KEY, 'kept');
    const store = refusing(['getItem'], inner);

    expect([
      readRecord(store),
      writeRecord(store, null, sampleRecord(), AT).ok,
      inner.getItem(RECORD_KEY),
    ]).toEqual([{ status: 'invalid', why: 'read' }, false, 'kept']);
  });

  test('setItem throwing: the write says the browser refused, and what was stored stays', () => {
    const inner = memoryStorage();
    writeRecord(inner, null, recordWith({ people: { 'p-1': { label: 'AK' } } }), AT);
    const before = inner.getItem(RECORD_KEY);

    expect(writeRecord(refusing(['setItem'], inner), null, sampleRecord(), AT)).toMatchObject({
      ok: true,
      refused: true,
    });
    expect(inner.getItem(RECORD_KEY)).toBe(before);
  });

  test('quota exceeded through the gateway: the record is kept in the tab and read back there', () => {
    const said: string[] = [];
    const gateway = openGateway(
      () => refusing(['setItem']),
      (m) => said.push(m),
      EN,
    );

    const written = writeRecord(gateway, null, sampleRecord(), AT);

    expect([written.ok && written.refused, gateway.fault, said.length]).toEqual([false, 'write', 1]);
    expect(readRecord(gateway)).toMatchObject({ status: 'ok', state: { record: sampleRecord() } });
  });

  test('storage blocked through the gateway: nothing read, the record kept in the tab', () => {
    const gateway = openGateway(
      () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      () => undefined,
      EN,
    );

    writeRecord(gateway, null, sampleRecord(), AT);

    expect([gateway.fault, readRecord(gateway).status]).toEqual(['blocked', 'ok']);
  });

  test('corrupt JSON: left as it is, offered as text, never written over', () => {
    const store = memoryStorage();
    store.setItem(RECORD_KEY, `{"v":1,"record":{"people":{"p-1":{"label":"${MARK}"`);

    const read = readRecord(store);
    writeRecord(store, null, sampleRecord(), AT);

    expect(read).toMatchObject({ status: 'invalid', why: 'unreadable' });
    expect(store.getItem(RECORD_KEY)).toContain(MARK);
  });

  test('a newer version: left alone and said', () => {
    const store = memoryStorage();
    const text = JSON.stringify({ v: 3, record: {}, changed: {}, savedAt: '', future: true });
    store.setItem(RECORD_KEY, text);

    expect([
      readRecord(store),
      writeRecord(store, null, sampleRecord(), AT).ok,
      store.getItem(RECORD_KEY),
    ]).toEqual([{ status: 'invalid', why: 'newer', text }, false, text]);
  });

  test('one damaged entry: the rest are read and saved, the damaged one kept as it was', () => {
    const store = memoryStorage();
    const damaged = { label: { nested: MARK } };
    store.setItem(
      RECORD_KEY,
      JSON.stringify({
        v: 1,
        record: { people: { 'p-1': damaged, 'p-2': { label: 'BT' } } },
        changed: {},
        savedAt: '',
      }),
    );
    const read = readRecord(store);

    writeRecord(
      store,
      read.status === 'ok' ? read.state : null,
      recordWith({ people: { 'p-2': { label: 'BT' }, 'p-3': { label: 'CD' } } }),
      AT,
    );

    expect(read).toMatchObject({ status: 'ok', dropped: [{ section: 'people', id: 'p-1' }] });
    expect(JSON.parse(store.getItem(RECORD_KEY) ?? '')).toMatchObject({
      record: { people: { 'p-1': damaged, 'p-2': { label: 'BT' }, 'p-3': { label: 'CD' } } },
    });
  });

  test('the record removed in another tab: what this tab last knew is not written back, its own new entry is', () => {
    const store = memoryStorage();
    const base = stateOf(writeRecord(store, null, recordWith({ people: { 'p-1': { label: 'AK' } } }), AT));
    store.removeItem(RECORD_KEY);

    writeRecord(
      store,
      base,
      recordWith({ people: { 'p-1': { label: 'AK' }, 'p-2': { label: 'BT' } } }),
      new Date(AT.getTime() + 1),
    );

    expect(readRecord(store)).toMatchObject({
      status: 'ok',
      state: { record: recordWith({ people: { 'p-2': { label: 'BT' } } }) },
    });
  });
});

/** A tab: what it last read or wrote (`base`) and what it shows (`draft`). */
class Tab {
  base: RecordState | null = null;
  draft: PartnerRecord = emptyRecord();
  constructor(private readonly store: StorageLike) {}
  load(): this {
    const read = readRecord(this.store);
    this.base = read.status === 'ok' ? read.state : null;
    this.draft = this.base?.record ?? emptyRecord();
    return this;
  }
  edit(change: (record: PartnerRecord) => void): this {
    const next = structuredClone(this.draft);
    change(next);
    this.draft = next;
    return this;
  }
  save(at: number): this {
    const written = writeRecord(this.store, this.base, this.draft, new Date(at));
    if (written.ok && written.state) {
      this.base = written.state;
      this.draft = written.state.record;
    }
    return this;
  }
  /** Saves what it last knew, no edit of its own: a stale tab writing back (the `storage` event, a page hide). */
  sync(at: number): this {
    const written = writeRecord(this.store, this.base, null, new Date(at));
    if (written.ok && written.state) {
      this.base = written.state;
      this.draft = written.state.record;
    }
    return this;
  }
}

describe('two tabs in 6 interleavings', () => {
  const T = AT.getTime();
  const twoTabs = () => {
    const store = memoryStorage();
    writeRecord(
      store,
      null,
      recordWith({ people: { 'p-1': { label: 'AK' }, 'p-2': { label: 'BT' } } }),
      new Date(T),
    );
    return { store, a: new Tab(store).load(), b: new Tab(store).load() };
  };
  const stored = (store: StorageLike) => {
    const read = readRecord(store);
    return read.status === 'ok' ? read.state.record.people : null;
  };

  test('edits of different entries both stay', () => {
    const { store, a, b } = twoTabs();
    a.edit((r) => (r.people['p-1'] = { label: 'AK2' })).save(T + 1);
    b.edit((r) => (r.people['p-2'] = { label: 'BT2' })).save(T + 2);
    a.sync(T + 3);

    expect([stored(store), a.draft.people, b.draft.people]).toEqual([
      { 'p-1': { label: 'AK2' }, 'p-2': { label: 'BT2' } },
      { 'p-1': { label: 'AK2' }, 'p-2': { label: 'BT2' } },
      { 'p-1': { label: 'AK2' }, 'p-2': { label: 'BT2' } },
    ]);
  });

  test('edits of the same entry: the later one wins, whichever tab saves last', () => {
    const { store, a, b } = twoTabs();
    b.edit((r) => (r.people['p-1'] = { label: 'later' }));
    a.edit((r) => (r.people['p-1'] = { label: 'earlier' })).save(T + 1);
    b.save(T + 2);
    a.sync(T + 3);

    expect(stored(store)?.['p-1']).toEqual({ label: 'later' });
  });

  test('a delete in one tab and an earlier edit in the other: the entry stays deleted', () => {
    const { store, a, b } = twoTabs();
    b.edit((r) => (r.people['p-1'] = { label: 'edited' })).save(T + 1);
    a.edit((r) => delete r.people['p-1']).save(T + 2);
    b.sync(T + 3);

    expect(stored(store)).toEqual({ 'p-2': { label: 'BT' } });
  });

  test('a delete in one tab and a later edit in the other: the edit wins, as the later change', () => {
    const { store, a, b } = twoTabs();
    a.edit((r) => delete r.people['p-1']).save(T + 1);
    b.edit((r) => (r.people['p-1'] = { label: 'edited' })).save(T + 2);

    expect(stored(store)?.['p-1']).toEqual({ label: 'edited' });
  });

  test('a stale tab writing what it last knew does not bring back a deleted entry nor undo an edit', () => {
    const { store, a, b } = twoTabs();
    a.edit((r) => {
      delete r.people['p-1'];
      r.people['p-2'] = { label: 'BT2' };
    }).save(T + 1);
    b.sync(T + 5);
    b.save(T + 6);

    expect(stored(store)).toEqual({ 'p-2': { label: 'BT2' } });
  });

  test('a write by another tab lost between two of this tab’s saves is written back', () => {
    const { store, a, b } = twoTabs();
    a.edit((r) => (r.people['p-3'] = { label: 'CD' })).save(T + 1);
    // Another script writes over the record with an older copy (a tab that wrote its own copy without merging).
    const older = JSON.parse(store.getItem(RECORD_KEY) ?? '') as RecordState;
    delete older.record.people['p-3'];
    delete older.changed['people/p-3'];
    store.setItem(RECORD_KEY, JSON.stringify(older));
    b.edit((r) => (r.people['p-4'] = { label: 'EF' })).save(T + 2);
    a.sync(T + 3);

    expect(Object.keys(stored(store) ?? {}).sort()).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
  });
});
