/**
 * The browser storage an island saves into, and what it says about it. The first read happens in an
 * effect after the server-rendered HTML is in place, straight from localStorage (a refusal counts as
 * "something may be saved", so the island loads its code). The island's code, once loaded, opens the
 * storage gateway (src/persistence/storage-gateway.ts), which every later read and write goes through:
 * it says once, here, when the browser refuses to read or write, and the island keeps going in this tab.
 * In a frame of another website (`framed`) nothing saved is read, changed or cleared, whatever a click
 * there does: the gateway then has no storage at all, and the island says why itself (`msg.framed`).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { StorageLike } from '../../persistence/storage-access.ts';
import type { StorageGateway } from '../../persistence/storage-gateway.ts';
import { inForeignFrame } from './frame.ts';

/** Opens the gateway: openGateway in storage-gateway.ts, loaded with the island's code. */
export type OpenGateway = (get: () => StorageLike, say: (message: string) => void) => StorageGateway;

/** The storage of one island, as the hook hands it out. */
export interface IslandStorage {
  /** The gateway. Use it only once `open` was called, in effects and handlers, never while rendering. */
  readonly current: StorageGateway;
  /**
   * Why answers are kept in this tab only (the browser refuses, or what is saved could not be read),
   * shown in place of the saved note and announced once; null while they are saved.
   */
  readonly note: ComponentChildren;
  /** True when the page is shown in a frame of another website, so the saved answers are left alone. */
  readonly framed: boolean;
  /** Opens the gateway, once; later calls do nothing. */
  open(gateway: OpenGateway): void;
  /** Says why what is saved is left as it is (null: it is saved again), unless the browser refuses anyway. */
  say(note: ComponentChildren): void;
}

/** Listens to an event of the window (another tab's save, a new fragment, the page going away) until the island goes away. */
export type Listen = <K extends keyof WindowEventMap>(
  type: K,
  handler: (e: WindowEventMap[K]) => void,
) => void;

/** What the island reads before its code loads: localStorage, each read throwing when the browser refuses. */
const browser = { getItem: (key: string) => localStorage.getItem(key) };
/** What it reads in a frame of another website: nothing. */
const none = { getItem: () => null };
const refuse = (): never => {
  throw new DOMException('framed', 'SecurityError');
};

/**
 * Calls `start` once, after the server-rendered HTML is in place, with localStorage to read what is saved,
 * and a way to listen to the window's events, which stop when the island goes away.
 */
export function useIslandStorage(
  start: (store: Pick<StorageLike, 'getItem'>, listen: Listen) => void,
): IslandStorage {
  const gateway = useRef<StorageGateway | null>(null);
  const [note, setNote] = useState<ComponentChildren>(null);
  const [framed, setFramed] = useState(false);
  // The first render's: called once.
  const startRef = useRef(start);

  useEffect(() => {
    const foreign = inForeignFrame();
    setFramed(foreign);
    const gone = new AbortController();
    startRef.current(foreign ? none : browser, (type, handler) =>
      addEventListener(type, handler, { signal: gone.signal }),
    );
    return () => gone.abort();
  }, []);

  return {
    get current() {
      // Opened by the island's code before any use; the gateway's own module is not loaded before.
      return gateway.current as StorageGateway;
    },
    note,
    framed,
    open(open) {
      gateway.current ??= inForeignFrame() ? open(refuse, () => {}) : open(() => localStorage, setNote);
    },
    say(next) {
      if (!gateway.current?.fault) setNote(next);
    },
  };
}
