import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { emptyRecord, type PartnerRecord, type RecordSection } from '../../src/schemas/record.ts';
import {
  changeKey,
  mergeRecords,
  readRecord,
  sameState,
  writeRecord,
  type RecordState,
} from '../../src/persistence/record-storage.ts';
import { memoryStorage } from '../../src/persistence/storage-access.ts';
import { entryOf, idArb, sectionArb } from '../helpers/record.ts';

// Properties of merging two copies of the record entry by entry, and of tabs saving through writeRecord.

const RUNS = { seed: 20261207, numRuns: 300 };

/** One entry's slot in a state: held with a time, held untimed, deleted (a tombstone), or unknown. */
const slot = (section: RecordSection) =>
  fc.oneof(
    fc.record({
      entry: entryOf[section],
      time: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    }),
    fc.record({ entry: fc.constant(undefined), time: fc.integer({ min: 0, max: 20 }) }),
  );

const stateArb: fc.Arbitrary<RecordState> = fc
  .array(
    sectionArb.chain((section) => fc.tuple(fc.constant(section), idArb, slot(section))),
    { maxLength: 12 },
  )
  .map((slots) => {
    const state: RecordState = { record: emptyRecord(), changed: {} };
    for (const [section, id, { entry, time }] of slots) {
      const out = state.record[section] as Record<string, unknown>;
      if (entry === undefined) delete out[id];
      else out[id] = entry;
      if (time === undefined) delete state.changed[changeKey(section, id)];
      else state.changed[changeKey(section, id)] = time;
    }
    return state;
  });

const entryIn = (state: RecordState, section: RecordSection, id: string): unknown =>
  (state.record[section] as Record<string, unknown>)[id];

describe('mergeRecords (300 runs each)', () => {
  test('is commutative', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        expect(sameState(mergeRecords(a, b), mergeRecords(b, a))).toBe(true);
      }),
      RUNS,
    );
  });

  test('is idempotent', () => {
    fc.assert(
      fc.property(stateArb, (a) => {
        expect(sameState(mergeRecords(a, a), a)).toBe(true);
      }),
      RUNS,
    );
  });

  test('is associative, so tabs may merge in any order', () => {
    fc.assert(
      fc.property(stateArb, stateArb, stateArb, (a, b, c) => {
        expect(sameState(mergeRecords(mergeRecords(a, b), c), mergeRecords(a, mergeRecords(b, c)))).toBe(
          true,
        );
      }),
      RUNS,
    );
  });

  test('keeps every entry only one side knows, so merging entries changed apart loses none', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = mergeRecords(a, b);
        for (const [mine, theirs] of [
          [a, b],
          [b, a],
        ] as const) {
          for (const section of Object.keys(mine.record) as RecordSection[]) {
            for (const id of Object.keys(mine.record[section])) {
              const key = changeKey(section, id);
              if (entryIn(theirs, section, id) === undefined && theirs.changed[key] === undefined)
                expect(entryIn(merged, section, id)).toEqual(entryIn(mine, section, id));
            }
          }
        }
      }),
      RUNS,
    );
  });

  test('the later change always wins, and its time is kept', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = mergeRecords(a, b);
        for (const key of new Set([...Object.keys(a.changed), ...Object.keys(b.changed)])) {
          const [section, id] = key.split('/') as [RecordSection, string];
          // An entry without a time counts as changed at time 0.
          const ta = a.changed[key] ?? 0;
          const tb = b.changed[key] ?? 0;
          if (ta === tb) continue;
          const later = ta > tb ? a : b;
          const laterKnown = entryIn(later, section, id) !== undefined || later.changed[key] !== undefined;
          if (!laterKnown) continue;
          expect(entryIn(merged, section, id)).toEqual(entryIn(later, section, id));
          expect(merged.changed[key]).toBe(Math.max(ta, tb));
        }
      }),
      RUNS,
    );
  });

  test('a tombstone is never brought back by an entry changed at or before it', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = mergeRecords(a, b);
        for (const [dead, other] of [
          [a, b],
          [b, a],
        ] as const) {
          for (const [key, time] of Object.entries(dead.changed)) {
            const [section, id] = key.split('/') as [RecordSection, string];
            if (entryIn(dead, section, id) !== undefined) continue;
            if ((other.changed[key] ?? 0) <= time) expect(entryIn(merged, section, id)).toBeUndefined();
          }
        }
      }),
      RUNS,
    );
  });
});

describe('two tabs saving through writeRecord (300 runs)', () => {
  type Op = { tab: 0 | 1; section: RecordSection; id: string; entry: unknown; sync: boolean };
  const opArb: fc.Arbitrary<Op> = sectionArb.chain((section) =>
    fc.record({
      tab: fc.constantFrom(0 as const, 1 as const),
      section: fc.constant(section),
      id: idArb,
      entry: fc.option(entryOf[section], { nil: undefined }),
      sync: fc.boolean(),
    }),
  );

  test('end, once both tabs have synced, with the last change of every entry, deletions included', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 25 }), (ops) => {
        const store = memoryStorage();
        const tabs = [0, 1].map(() => ({ base: null as RecordState | null, draft: emptyRecord() }));
        const last = new Map<string, unknown>();
        let now = Date.UTC(2026, 11, 7);
        const save = (tab: (typeof tabs)[number], draft: PartnerRecord | null) => {
          now += 1;
          const written = writeRecord(store, tab.base, draft, new Date(now));
          if (!written.ok) throw new Error('the store became unreadable');
          if (written.state) {
            tab.base = written.state;
            tab.draft = written.state.record;
          }
        };
        for (const op of ops) {
          const tab = tabs[op.tab]!;
          // A tab shows what it last read; another tab's saves reach it only when it syncs.
          if (op.sync) save(tab, null);
          const draft = structuredClone(tab.draft);
          const out = draft[op.section] as Record<string, unknown>;
          if (op.entry === undefined) delete out[op.id];
          else out[op.id] = op.entry;
          const changes =
            JSON.stringify(out[op.id]) !==
            JSON.stringify((tab.draft[op.section] as Record<string, unknown>)[op.id]);
          save(tab, draft);
          if (changes) last.set(changeKey(op.section, op.id), op.entry);
        }
        save(tabs[0]!, null);
        save(tabs[1]!, null);
        const read = readRecord(store);
        const record = read.status === 'ok' ? read.state.record : emptyRecord();
        for (const [key, entry] of last) {
          const [section, id] = key.split('/') as [RecordSection, string];
          expect((record[section] as Record<string, unknown>)[id]).toEqual(entry);
        }
        expect(tabs[0]!.draft).toEqual(tabs[1]!.draft);
      }),
      RUNS,
    );
  });
});
