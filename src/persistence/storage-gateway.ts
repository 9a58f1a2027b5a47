/**
 * The one way the islands reach the browser's storage once they load their code: it finds out once
 * whether the browser reads and writes, says so once, and keeps going in this tab when it does not.
 *
 * - Blocked (reading `localStorage` throws: cookies or site data blocked): nothing is read or written.
 * - Reads refused: nothing is read, so nothing is written either (it could be written over what is there).
 * - Writes refused (storage full, privacy settings): what is stored is still read and shown; what the
 *   page saves is kept in this tab, over what is stored, until it goes away.
 * A write that the browser refuses later switches to the last mode then. Removing an entry always asks the
 * browser, since the partner asked for it, and throws when the browser refuses, so that the page can say so.
 * What each mode says is `msg.storage.*` in the site's dictionary.
 */
import type { StorageLike } from './storage-access.ts';
import type { Translate } from '../text/translate.ts';

/** What the browser refuses. */
export type StorageFault = 'blocked' | 'read' | 'write';

/** The browser's storage as the islands use it, with what it refuses. */
export interface StorageGateway extends StorageLike {
  /** What the browser refuses, or null while it reads and writes. */
  readonly fault: StorageFault | null;
}

const PROBE = 'competency-assessment:probe';

/**
 * Opens the browser's storage (`get` returns it, and may throw), trying a read and a write once; `say`
 * gets what to tell the partner, once, when the browser refuses something, now or later. Never throws
 * but on a refused removal.
 */
export function openGateway(
  get: () => StorageLike,
  say: (message: string) => void,
  t: Translate,
): StorageGateway {
  // What this tab saved while the browser would not: read back before what the browser holds.
  const kept = new Map<string, string>();
  let fault: StorageFault | null = null;
  let store: StorageLike | null = null;
  const refuse = (what: StorageFault): void => {
    if (fault !== null) return;
    fault = what;
    say(t(`msg.storage.${what}`));
  };
  try {
    store = get();
    store.getItem(PROBE);
  } catch {
    refuse(store ? 'read' : 'blocked');
  }
  try {
    store?.setItem(PROBE, '1');
  } catch {
    refuse('write');
  }
  try {
    store?.removeItem(PROBE);
  } catch {
    // A refused removal is said when the partner asks for one; a leftover probe harms nothing.
  }
  return {
    get fault() {
      return fault;
    },
    getItem(key) {
      const mine = kept.get(key);
      if (mine !== undefined) return mine;
      return store && fault !== 'read' && fault !== 'blocked' ? store.getItem(key) : null;
    },
    setItem(key, value) {
      if (store && fault === null) {
        try {
          return store.setItem(key, value);
        } catch {
          refuse('write');
        }
      }
      kept.set(key, value);
    },
    removeItem(key) {
      if (store && fault !== 'blocked') store.removeItem(key);
      kept.delete(key);
    },
  };
}
