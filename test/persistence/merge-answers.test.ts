import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseAnswers } from '../../src/engine/answers.ts';
import {
  changedIds,
  entryToSave,
  mergeAnswers,
  mergeEntries,
  saveMerged,
  type Entry,
} from '../../src/persistence/merge-answers.ts';
import { memoryStorage, storageKey } from '../../src/persistence/storage-access.ts';
import { readSaved } from '../../src/persistence/storage.ts';
import type { Answers } from '../../src/schemas/answers.ts';

const ids = fc.constantFrom('revenue', 'references', 'training', 'growth');
const answers: fc.Arbitrary<Answers> = fc.dictionary(ids, fc.oneof(fc.boolean(), fc.nat(1000)));

describe('mergeAnswers', () => {
  test('returns what another tab saved, with the fields this tab changed taken from this tab', () => {
    const base = { revenue: 60000 };
    const ours = { revenue: 70000, training: true };
    const stored = { revenue: 60000, references: 2 };

    const merged = mergeAnswers(base, ours, stored);

    expect(merged).toEqual({ revenue: 70000, training: true, references: 2 });
  });

  test('removes a field this tab emptied and keeps one another tab emptied removed', () => {
    const base = { revenue: 60000, references: 2 };
    const ours = { references: 2 };
    const stored = { revenue: 60000 };

    const merged = mergeAnswers(base, ours, stored);

    expect(merged).toEqual({});
  });

  test('keeps every field this tab did not change as stored, and every field it changed as typed', () => {
    fc.assert(
      fc.property(answers, answers, answers, (base, ours, stored) => {
        const merged = mergeAnswers(base, ours, stored);

        for (const id of new Set([...Object.keys(base), ...Object.keys(ours), ...Object.keys(stored)])) {
          expect(merged[id]).toBe(base[id] === ours[id] ? stored[id] : ours[id]);
        }
      }),
      { seed: 12 },
    );
  });

  test("returns this tab's answers when nothing else was saved since it read the store", () => {
    fc.assert(
      fc.property(answers, answers, (base, ours) => {
        expect(mergeAnswers(base, ours, base)).toEqual(ours);
      }),
      { seed: 12 },
    );
  });
});

describe('changedIds', () => {
  test('returns the ids answered differently, added or removed', () => {
    const before = { revenue: 1, references: 2, training: true };
    const after = { revenue: 1, references: 3, growth: 4 };

    const changed = changedIds(before, after);

    expect(changed.sort()).toEqual(['growth', 'references', 'training']);
  });
});

const ctx = { model: 'integrate', region: 'na' };
const entry = (answers: Answers, changed: Record<string, number> = {}, context = ctx): Entry => ({
  answers,
  context,
  changed,
});

describe('mergeEntries', () => {
  test('returns each field from the copy that changed it last, a cleared one included', () => {
    const known = entry({ revenue: 7, growth: 3 }, { revenue: 20, references: 20, growth: 5 });
    const stored = entry(
      { revenue: 6, references: 2, growth: 4 },
      { revenue: 10, references: 10, growth: 9 },
    );

    const merged = mergeEntries(known, stored);

    expect(merged.answers).toEqual({ revenue: 7, growth: 4 });
    expect(merged.changed).toEqual({ revenue: 20, references: 20, growth: 9 });
  });

  test('returns the context field by field, the later pick winning', () => {
    const known = entry({}, { ':model': 5 }, { model: 'resell', region: 'na' });
    const stored = entry({}, { ':region': 9 }, { model: 'integrate', region: 'emea' });

    expect(mergeEntries(known, stored).context).toEqual({ model: 'resell', region: 'emea' });
  });

  test('returns the same entry whichever tab merges, so tabs agree (any order, ties included)', () => {
    const stamped = fc.record({
      answers,
      changed: fc.dictionary(ids, fc.nat(3)),
    });
    fc.assert(
      fc.property(stamped, stamped, (a, b) => {
        const x = mergeEntries(entry(a.answers, a.changed), entry(b.answers, b.changed));
        const y = mergeEntries(entry(b.answers, b.changed), entry(a.answers, a.changed));

        // Untimed fields (0 on both sides) take what is stored, so only timed ones must agree.
        for (const id of Object.keys({ ...a.changed, ...b.changed })) {
          if ((a.changed[id] ?? 0) > 0 || (b.changed[id] ?? 0) > 0) expect(x.answers[id]).toBe(y.answers[id]);
        }
      }),
      { seed: 12 },
    );
  });
});

describe('entryToSave', () => {
  test('returns what is stored with the fields this page changed timed now', () => {
    const base = entry({ revenue: 1 }, { revenue: 1 });
    const stored = entry({ revenue: 1, references: 2 }, { revenue: 1, references: 5 });

    const next = entryToSave(base, { answers: { revenue: 9 }, context: ctx }, stored, 100);

    expect(next).toEqual(entry({ revenue: 9, references: 2 }, { revenue: 100, references: 5 }));
  });

  test('returns only what this page changed after another tab cleared the entry', () => {
    const base = entry({ revenue: 1, references: 2 }, { revenue: 1 });

    const next = entryToSave(
      base,
      { answers: { revenue: 1, references: 2, growth: 4 }, context: ctx },
      null,
      100,
    );

    expect(next.answers).toEqual({ growth: 4 });
  });

  test('keeps the stored context unless this page picked another since it read it', () => {
    const base = entry({}, {}, ctx);
    const stored = entry({}, { ':model': 50 }, { model: 'resell', region: 'na' });

    const kept = entryToSave(base, { answers: {}, context: ctx }, stored, 100);
    const picked = entryToSave(
      base,
      { answers: {}, context: { model: 'integrate', region: 'emea' } },
      stored,
      100,
    );

    expect(kept.context).toEqual({ model: 'resell', region: 'na' });
    expect(picked.context).toEqual({ model: 'resell', region: 'emea' });
  });
});

describe('saveMerged', () => {
  const competency = { slug: 'archiving', rulesVersion: 'r1', parse: parseAnswers, fit: (a: Answers) => a };

  test('writes what each of two tabs changed, whichever saves first on a stale read', () => {
    const store = memoryStorage();
    const a = saveMerged(store, competency, null, { answers: { revenue: 1 }, context: ctx }, new Date(10));
    // Tab b read nothing, then saves over a's write; a then takes b's write back.
    saveMerged(store, competency, null, { answers: { references: 2 }, context: ctx }, new Date(11));
    store.setItem(
      storageKey('archiving'),
      JSON.stringify({
        ...JSON.parse(store.getItem(storageKey('archiving')) ?? '{}'),
        answers: { references: 2 },
        changed: { references: 11 },
      }),
    );

    const synced = saveMerged(store, competency, a.ok ? a.entry : null, null, new Date(12));

    expect(synced).toMatchObject({ ok: true, entry: { answers: { revenue: 1, references: 2 } } });
    expect(readSaved(store, 'archiving', parseAnswers)).toMatchObject({
      envelope: { answers: { revenue: 1, references: 2 }, changed: { revenue: 10, references: 11 } },
    });
  });

  test('writes nothing over an entry it cannot read, and returns why', () => {
    const store = memoryStorage();
    store.setItem(storageKey('archiving'), '{"v":1,');

    const saved = saveMerged(store, competency, null, { answers: { revenue: 1 }, context: ctx });

    expect(saved).toMatchObject({ ok: false, read: { status: 'invalid' } });
    expect(store.getItem(storageKey('archiving'))).toBe('{"v":1,');
  });

  test('writes nothing when only taking what is stored, or when nothing is', () => {
    const store = memoryStorage();
    const writes: string[] = [];
    const watched = { ...store, setItem: (k: string, v: string) => (writes.push(k), store.setItem(k, v)) };
    saveMerged(watched, competency, null, { answers: { revenue: 1 }, context: ctx }, new Date(10));
    const read = readSaved(store, 'archiving', parseAnswers);

    const again = saveMerged(
      watched,
      competency,
      read.status === 'ok' ? entry(read.envelope.answers, read.envelope.changed) : null,
      null,
    );
    store.removeItem(storageKey('archiving'));
    const cleared = saveMerged(watched, competency, entry({ revenue: 1 }), null);

    expect(writes).toHaveLength(1);
    expect(again).toMatchObject({ ok: true, savedAt: '' });
    expect(cleared).toEqual({ ok: true, entry: null, savedAt: '' });
  });
});
