import { describe, expect, test } from 'vitest';
import { memoryStorage, type StorageLike } from '../../src/persistence/storage-access.ts';
import { openGateway } from '../../src/persistence/storage-gateway.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

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

describe('openGateway', () => {
  test('returns a store that reads and writes the browser, saying nothing, when it works', () => {
    const store = memoryStorage();
    const said: string[] = [];

    const gateway = openGateway(
      () => store,
      (m) => said.push(m),
      EN,
    );
    gateway.setItem('k', 'v');

    expect([gateway.fault, store.getItem('k'), said]).toEqual([null, 'v', []]);
  });

  test('returns what is stored and keeps writes in this tab, saying so once, when writes are refused', () => {
    const store = memoryStorage();
    store.setItem('k', 'saved');
    const said: string[] = [];

    const gateway = openGateway(
      () => refusing(['setItem'], store),
      (m) => said.push(m),
      EN,
    );
    const before = gateway.getItem('k');
    gateway.setItem('k', 'typed');
    gateway.setItem('k', 'typed again');

    expect([gateway.fault, before, gateway.getItem('k'), store.getItem('k')]).toEqual([
      'write',
      'saved',
      'typed again',
      'saved',
    ]);
    expect(said).toEqual([EN('msg.storage.write')]);
  });

  test('returns a store that switches to this tab when a later write is refused, saying so once', () => {
    const store = memoryStorage();
    let full = false;
    const said: string[] = [];
    const browser: StorageLike = {
      ...store,
      getItem: (k) => store.getItem(k),
      setItem: (k, v) => {
        if (full) throw new DOMException('full', 'QuotaExceededError');
        store.setItem(k, v);
      },
    };

    const gateway = openGateway(
      () => browser,
      (m) => said.push(m),
      EN,
    );
    gateway.setItem('k', 'one');
    full = true;
    gateway.setItem('k', 'two');
    gateway.setItem('k', 'three');

    expect([gateway.getItem('k'), store.getItem('k'), said]).toEqual([
      'three',
      'one',
      [EN('msg.storage.write')],
    ]);
  });

  test('returns nothing stored and writes nothing to the browser when reads are refused', () => {
    const store = memoryStorage();
    store.setItem('k', 'saved');
    const said: string[] = [];

    const gateway = openGateway(
      () => refusing(['getItem'], store),
      (m) => said.push(m),
      EN,
    );
    const read = gateway.getItem('k');
    gateway.setItem('k', 'typed');

    expect([gateway.fault, read, gateway.getItem('k'), store.getItem('k')]).toEqual([
      'read',
      null,
      'typed',
      'saved',
    ]);
    expect(said).toEqual([EN('msg.storage.read')]);
  });

  test('returns a store in this tab only when the browser blocks storage', () => {
    const said: string[] = [];

    const gateway = openGateway(
      () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      (m) => said.push(m),
      EN,
    );
    gateway.setItem('k', 'typed');

    expect([gateway.fault, gateway.getItem('k'), said]).toEqual([
      'blocked',
      'typed',
      [EN('msg.storage.blocked')],
    ]);
  });

  test('throws when the browser refuses a removal, keeping what it holds', () => {
    const store = memoryStorage();
    store.setItem('k', 'saved');
    const gateway = openGateway(
      () => refusing(['removeItem'], store),
      () => {},
      EN,
    );

    expect(() => gateway.removeItem('k')).toThrow();
    expect([gateway.fault, gateway.getItem('k')]).toEqual([null, 'saved']);
  });

  test('removes from the browser and from this tab when writes are refused', () => {
    const store = memoryStorage();
    store.setItem('k', 'saved');
    const gateway = openGateway(
      () => refusing(['setItem'], store),
      () => {},
      EN,
    );
    gateway.setItem('k', 'typed');

    gateway.removeItem('k');

    expect([gateway.getItem('k'), store.getItem('k')]).toEqual([null, null]);
  });
});
