import { describe, expect, test } from 'vitest';
import { forgetPending, keepPending, readPending } from '../../src/persistence/pending-text.ts';
import {
  clearSaved,
  memoryStorage,
  pendingKey,
  type StorageLike,
} from '../../src/persistence/storage-access.ts';

describe('pending text', () => {
  test('returns the text kept for each field, one field written at a time', () => {
    const store = memoryStorage();

    keepPending(store, 'archiving', 'revenue', '185.000');
    keepPending(store, 'archiving', 'references', '7,5');
    keepPending(store, 'archiving', 'revenue', undefined);

    expect(readPending(store, 'archiving')).toEqual({ references: '7,5' });
    expect(JSON.parse(store.getItem(pendingKey('archiving')) ?? '')).toEqual({
      v: 1,
      texts: { references: '7,5' },
    });
  });

  test('removes the entry once no text is left, and with the saved answers on reset', () => {
    const store = memoryStorage();
    keepPending(store, 'archiving', 'revenue', 'lots');

    keepPending(store, 'archiving', 'revenue', undefined);
    expect(store.getItem(pendingKey('archiving'))).toBeNull();
    keepPending(store, 'archiving', 'revenue', 'lots');
    clearSaved(store, 'archiving');
    expect(store.getItem(pendingKey('archiving'))).toBeNull();
    keepPending(store, 'archiving', 'revenue', 'lots');
    forgetPending(store, 'archiving');
    expect(readPending(store, 'archiving')).toEqual({});
  });

  test('returns no text for a damaged entry or one of another version, and only strings', () => {
    const store = memoryStorage();
    for (const stored of ['{', '[]', '{"v":2,"texts":{"a":"1"}}', '{"v":1,"texts":[]}']) {
      store.setItem(pendingKey('archiving'), stored);

      expect(readPending(store, 'archiving')).toEqual({});
    }
    store.setItem(
      pendingKey('archiving'),
      JSON.stringify({ v: 1, texts: { a: 1, b: ' ', c: 'x'.repeat(300) } }),
    );
    expect(readPending(store, 'archiving')).toEqual({ c: 'x'.repeat(200) });
  });

  test('returns false when the browser refuses, never throwing', () => {
    const refusing: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };

    expect(readPending(refusing, 'archiving')).toEqual({});
    expect(keepPending(refusing, 'archiving', 'revenue', 'lots')).toBe(false);
    expect(keepPending(refusing, 'archiving', 'revenue', undefined)).toBe(true);
    expect(forgetPending(refusing, 'archiving')).toBe(false);
  });
});
