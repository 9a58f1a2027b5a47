/**
 * The browser storage an island saves into. It is set up once, in an effect after the server-rendered HTML
 * is in place: localStorage when it works, else memory that lasts as long as the page (with `memoryOnly`
 * set, so the island can say so). In a frame of another website it is memory from the start (with `framed`
 * set): nothing saved is read, changed or cleared there, whatever a click there does. Every write goes through `save`, which falls back to memory when the
 * browser refuses one, so the islands never handle storage faults themselves.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { memoryStorage, usableStorage, type StorageLike } from '../../persistence/storage-access.ts';
import { inForeignFrame } from './frame.ts';

/** The storage of one island, as the hook hands it out. */
export interface IslandStorage {
  /** Where answers are kept now. Read it in effects and handlers only, never while rendering. */
  readonly current: StorageLike;
  /** True when answers are kept only in memory: the browser blocks storage or refused a write. */
  readonly memoryOnly: boolean;
  /** True when the page is shown in a frame of another website, so the saved answers are left alone. */
  readonly framed: boolean;
  /** Why answers are kept in memory though storage works (what is stored cannot be read), or null. */
  readonly held: ComponentChildren;
  /** Keeps answers in memory for the rest of the visit, so nothing stored is written over, saying why. */
  hold(reason: ComponentChildren): void;
  /**
   * Runs a write. When the browser refuses it (a falsy result: quota, privacy settings), the island keeps
   * going in memory for the rest of the visit and the write is made there. Returns the write's result,
   * or null when the browser refused it.
   */
  save<T>(write: (store: StorageLike) => T): T | null;
}

/** Listens to an event of the window (another tab's save, a new fragment, the page going away) until the island goes away. */
export type Listen = <K extends keyof WindowEventMap>(
  type: K,
  handler: (e: WindowEventMap[K]) => void,
) => void;

/**
 * Sets up the island's storage once and then calls `start` with it, to read what is saved and listen to the
 * window's events, which stop when the island goes away.
 */
export function useIslandStorage(start: (store: StorageLike, listen: Listen) => void): IslandStorage {
  const store = useRef<StorageLike>(memoryStorage());
  const [memoryOnly, setMemoryOnly] = useState(false);
  const [framed, setFramed] = useState(false);
  const [held, setHeld] = useState<ComponentChildren>(null);

  useEffect(() => {
    const foreign = inForeignFrame();
    const usable = !foreign && usableStorage(() => window.localStorage);
    if (usable) store.current = usable;
    else setMemoryOnly(true);
    setFramed(foreign);
    const gone = new AbortController();
    start(store.current, (type, handler) => addEventListener(type, handler, { signal: gone.signal }));
    return () => gone.abort();
  }, []);

  return {
    get current() {
      return store.current;
    },
    memoryOnly,
    framed,
    held,
    hold(reason) {
      store.current = memoryStorage();
      setMemoryOnly(true);
      setHeld(reason);
    },
    save(write) {
      const result = write(store.current);
      if (result) return result;
      store.current = memoryStorage();
      setMemoryOnly(true);
      write(store.current);
      return null;
    },
  };
}
