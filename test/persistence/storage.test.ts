import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseAnswers } from '../../src/engine/answers.ts';
import type { Verdicts } from '../../src/engine/versioning.ts';
import { asVerdicts, makeEnvelope, readSaved, writeSaved } from '../../src/persistence/storage.ts';
import {
  clearSaved,
  hasSaved,
  memoryStorage,
  readLastContext,
  storageKey,
  writeLastContext,
  type StorageLike,
} from '../../src/persistence/storage-access.ts';

const context = { model: 'integrate', region: 'emea' };
const savedAt = new Date('2026-02-01T10:00:00.000Z');
const verdicts: Verdicts = {
  offered: true,
  achieved: 'principal',
  levels: {
    principal: { met: true, requirements: { revenue: { status: 'met', label: 'Archiving revenue' } } },
    expert: { met: false, requirements: { revenue: { status: 'partial', label: 'Archiving revenue' } } },
  },
};

function throwing(): StorageLike {
  const fail = (): never => {
    throw new DOMException('blocked', 'SecurityError');
  };
  return { getItem: fail, setItem: fail, removeItem: fail };
}

describe('readSaved', () => {
  test('returns empty when nothing is saved', () => {
    const store = memoryStorage();

    expect(readSaved(store, 'archiving', parseAnswers)).toEqual({ status: 'empty' });
  });

  test('returns what writeSaved saved', () => {
    const store = memoryStorage();
    const envelope = makeEnvelope(
      'archiving',
      '1.0',
      context,
      { revenue: 120000, 'sales-training': true },
      verdicts,
      savedAt,
    );

    writeSaved(store, envelope);

    expect(readSaved(store, 'archiving', parseAnswers)).toEqual({ status: 'ok', envelope, migrated: false });
  });

  test('returns a version 0 entry migrated, its text read as figures and what reads as none or two kept as texts', () => {
    const store = memoryStorage();
    store.setItem(
      storageKey('archiving'),
      JSON.stringify({
        model: 'resell',
        region: 'apj',
        rules: '0.9',
        answers: {
          revenue: 'USD 80,000.00',
          references: '2',
          'sales-training': true,
          growth: '',
          satisfaction: '8,2',
          'technical-exam': '1,500',
          training: 'lots',
        },
        t: savedAt.getTime(),
      }),
    );

    const result = readSaved(store, 'archiving', parseAnswers);

    expect(result).toMatchInlineSnapshot(`
      {
        "envelope": {
          "answers": {
            "references": 2,
            "revenue": 80000,
            "sales-training": true,
            "satisfaction": 8.2,
          },
          "context": {
            "model": "resell",
            "region": "apj",
          },
          "rulesVersion": "0.9",
          "savedAt": "2026-02-01T10:00:00.000Z",
          "slug": "archiving",
          "v": 1,
          "verdicts": undefined,
        },
        "migrated": true,
        "status": "ok",
        "texts": {
          "technical-exam": "1,500",
          "training": "lots",
        },
      }
    `);
  });

  test('returns every valid answer of an entry and the ids of those that fail, keeping it stored', () => {
    const store = memoryStorage();
    const text = JSON.stringify({
      ...makeEnvelope('archiving', '1.0', context, {}, undefined, savedAt),
      answers: { revenue: -5, references: 'two', 'sales-training': true, growth: 12 },
    });
    store.setItem(storageKey('archiving'), text);

    const result = readSaved(store, 'archiving', parseAnswers);

    expect(result).toMatchObject({
      status: 'ok',
      envelope: { answers: { 'sales-training': true, growth: 12 } },
      dropped: ['revenue', 'references'],
    });
    expect(store.getItem(storageKey('archiving'))).toBe(text);
  });

  test('returns a version 0 entry whose time is beyond what a date holds, with no time', () => {
    const store = memoryStorage();
    const old = { model: 'integrate', region: 'na', rules: 'x', answers: { revenue: '60000' } };
    for (const t of [1e20, -1e20, Number.MAX_VALUE]) {
      store.setItem(storageKey('archiving'), JSON.stringify({ ...old, t }));

      const result = readSaved(store, 'archiving', parseAnswers);

      expect(result).toMatchObject({ status: 'ok', envelope: { savedAt: '', answers: { revenue: 60000 } } });
    }
  });

  test('returns the figures of a version 0 entry as the figure reader reads them, and the rest as text', () => {
    const store = memoryStorage();
    const answers = { revenue: '40,000', growth: '7.5', references: ' 3 ', satisfaction: 'lots', x: '' };
    store.setItem(storageKey('archiving'), JSON.stringify({ model: 'integrate', region: 'na', answers }));

    const result = readSaved(store, 'archiving', parseAnswers);

    expect(result).toMatchObject({
      status: 'ok',
      envelope: { answers: { growth: 7.5, references: 3 } },
      texts: { revenue: '40,000', satisfaction: 'lots' },
    });
  });

  test('returns when each field changed, leaving out times that are not numbers', () => {
    const store = memoryStorage();
    const envelope = makeEnvelope('archiving', '1.0', context, { revenue: 1 }, undefined, savedAt);
    store.setItem(
      storageKey('archiving'),
      JSON.stringify({ ...envelope, changed: { revenue: 5, ':model': 7, growth: 'soon', references: null } }),
    );

    const result = readSaved(store, 'archiving', parseAnswers);

    expect(result).toMatchObject({ status: 'ok', envelope: { changed: { revenue: 5, ':model': 7 } } });
  });

  test.each([
    ['text that is not JSON', '{not json'],
    ['JSON that is not an object', '[1,2]'],
    ['a newer version', JSON.stringify({ v: 2, slug: 'archiving' })],
    ['another competency', JSON.stringify(makeEnvelope('mobility', '1.0', context, {}, undefined, savedAt))],
    [
      'a context without a region',
      JSON.stringify({ ...makeEnvelope('archiving', '1.0', context, {}), context: { model: 'x' } }),
    ],
  ])('rejects %s', (_, text) => {
    const store = memoryStorage();
    store.setItem(storageKey('archiving'), text);

    const result = readSaved(store, 'archiving', parseAnswers);

    expect(result).toMatchObject({ status: 'invalid', why: expect.stringMatching(/^(unreadable|newer)$/) });
  });

  test('rejects without throwing when the browser blocks storage', () => {
    expect(readSaved(throwing(), 'archiving', parseAnswers).status).toBe('invalid');
  });

  test.each([
    ['a newer version', JSON.stringify({ v: 2, slug: 'archiving' }), 'newer'],
    ['a saved null', 'null', 'unreadable'],
    ['version 0 declared', JSON.stringify({ v: 0, slug: 'archiving' }), 'unreadable'],
  ])('rejects %s with its own reason and the stored text to offer as a file', (_, text, reason) => {
    const store = memoryStorage();
    store.setItem(storageKey('archiving'), text);

    const result = readSaved(store, 'archiving', parseAnswers);

    expect(result).toMatchObject({ status: 'invalid', why: reason, text });
  });

  test('rejects a read fault with a reason and no text', () => {
    const result = readSaved(throwing(), 'archiving', parseAnswers);

    expect(result).toEqual({ status: 'invalid', why: 'read' });
  });

  test('returns valid answers or a message with the stored text for any stored text, never throwing', () => {
    const envelopes = fc
      .record({
        v: fc.oneof(fc.constant(1), fc.integer()),
        answers: fc.dictionary(fc.string(), fc.jsonValue()),
      })
      .map((e) => JSON.stringify({ ...makeEnvelope('archiving', '1.0', context, {}), ...e }));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), envelopes), (text) => {
        const store = memoryStorage();
        store.setItem(storageKey('archiving'), text);

        const result = readSaved(store, 'archiving', parseAnswers);

        if (result.status === 'ok') expect(parseAnswers(result.envelope.answers).ok).toBe(true);
        if (result.status === 'ok')
          expect(Object.keys(result.envelope.answers)).not.toContain(result.dropped?.[0]);
        else
          expect(result).toMatchObject({
            status: 'invalid',
            text,
            why: expect.stringMatching(/^(unreadable|newer)$/),
          });
        expect(store.getItem(storageKey('archiving'))).toBe(text);
      }),
      { seed: 12 },
    );
  });
});

describe('asVerdicts', () => {
  test('returns verdicts of the right shape and undefined for anything else', () => {
    const damaged = { ...verdicts, levels: { expert: { met: 'yes', requirements: {} } } };

    expect([
      asVerdicts(verdicts),
      asVerdicts(damaged),
      asVerdicts({ ...verdicts, achieved: 'gold' }),
      asVerdicts(null),
    ]).toEqual([verdicts, undefined, undefined, undefined]);
  });

  test('returns a read without verdicts when the stored ones are damaged', () => {
    const store = memoryStorage();
    const envelope = makeEnvelope('archiving', '1.0', context, { revenue: 1 }, undefined, savedAt);
    store.setItem(storageKey('archiving'), JSON.stringify({ ...envelope, verdicts: { offered: 'maybe' } }));

    const result = readSaved(store, 'archiving', parseAnswers);

    expect(result).toEqual({ status: 'ok', envelope, migrated: false });
  });
});

describe('writeSaved', () => {
  test('returns false when the browser refuses the write', () => {
    expect(writeSaved(throwing(), makeEnvelope('archiving', '1.0', context, {}))).toBe(false);
  });
});

describe('hasSaved', () => {
  test('returns whether an entry exists, null when the browser will not say', () => {
    const store = memoryStorage();
    const before = hasSaved(store, 'archiving');
    writeSaved(store, makeEnvelope('archiving', '1.0', context, {}));

    expect([before, hasSaved(store, 'archiving'), hasSaved(throwing(), 'archiving')]).toEqual([
      false,
      true,
      null,
    ]);
  });
});

describe('clearSaved', () => {
  test('returns true and forgets only the given competency', () => {
    const store = memoryStorage();
    writeSaved(store, makeEnvelope('archiving', '1.0', context, {}));
    writeSaved(store, makeEnvelope('mobility', '1.0', context, {}));

    const cleared = clearSaved(store, 'archiving');

    expect(cleared).toBe(true);
    expect(readSaved(store, 'archiving', parseAnswers).status).toBe('empty');
    expect(readSaved(store, 'mobility', parseAnswers).status).toBe('ok');
  });
});

describe('readLastContext', () => {
  test('returns the context last written, or null when none or damaged', () => {
    const store = memoryStorage();
    const before = readLastContext(store);
    writeLastContext(store, context);
    const after = readLastContext(store);
    store.setItem('competency-assessment:context', '{"model":1}');

    expect([before, after, readLastContext(store)]).toEqual([null, context, null]);
  });

  test('returns null when the browser blocks storage', () => {
    expect(readLastContext(throwing())).toBeNull();
  });
});
