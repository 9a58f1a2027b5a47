import { describe, expect, test } from 'vitest';
import { readEnvelope } from '../../src/persistence/stored-json.ts';

const storeOf = (text: string | null) => ({ getItem: () => text });

describe('readEnvelope', () => {
  test('says what is absent, refused, unparsable, newer or of another shape, and keeps the text', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readEnvelope(storeOf(null), 'k', 2)).toEqual({ status: 'empty' });
    expect(readEnvelope(refusing, 'k', 2)).toEqual({ status: 'invalid', why: 'read' });
    expect(readEnvelope(storeOf('{"v":2'), 'k', 2)).toEqual({
      status: 'invalid',
      why: 'unreadable',
      text: '{"v":2',
    });
    expect(readEnvelope(storeOf('{"v":3}'), 'k', 2)).toEqual({
      status: 'invalid',
      why: 'newer',
      text: '{"v":3}',
    });
    for (const text of ['{"v":1}', '{"v":"3"}', '[2]', 'null', '2'])
      expect(readEnvelope(storeOf(text), 'k', 2)).toEqual({ status: 'invalid', why: 'unreadable', text });
  });

  test('reads the entry under its key, migrated to the current version', () => {
    const store = { getItem: (key: string) => (key === 'k' ? '{"n":1}' : null) };
    const migrate = (raw: unknown) => ({ value: { v: 2, from: raw }, migrated: true });

    expect(readEnvelope(store, 'k', 2, migrate)).toEqual({
      status: 'ok',
      value: { v: 2, from: { n: 1 } },
      text: '{"n":1}',
      migrated: true,
    });
    expect(readEnvelope(store, 'other', 2, migrate)).toEqual({ status: 'empty' });
    expect(readEnvelope(storeOf('{"v":2,"a":1}'), 'k', 2)).toMatchObject({ status: 'ok', migrated: false });
  });
});
