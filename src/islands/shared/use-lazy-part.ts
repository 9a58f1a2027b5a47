/**
 * The part of an island loaded on demand (its scoring code, its storage gateway, its exports), once the
 * partner acts or has something saved or shared. Every caller waits for the same load, and a failed load is
 * tried again on the next call. The island starts the same way on every load that succeeds: `open` (the
 * storage gateway), then what was set to run first (reading what is saved or shared), then `after` (edits
 * that waited for the code).
 */
import { useRef, useState } from 'preact/hooks';

/** The lazy part of an island, as the hook hands it out. */
export interface LazyPart<T> {
  /** The part once loaded, for rendering its components; null before. */
  readonly part: T | null;
  /** How many loads failed in a row: more than 0 while the island says it could not load (`msg.scoringUnavailable`). */
  readonly failed: number;
  /** Loads the part, starts the island with it and returns it; rejects while it cannot be loaded. */
  load: () => Promise<T>;
  /** Sets what the next load that succeeds runs before anything else, once. */
  first: (read: (part: T) => void) => void;
}

/**
 * The lazy part `fetchPart` loads (made with loadOnce, so that every caller shares one load); `open` and
 * `after` run on every load that succeeds, around the one `first` set.
 */
export function useLazyPart<T>(
  fetchPart: () => Promise<T>,
  open: (part: T) => void,
  after: () => void,
): LazyPart<T> {
  const [part, setPart] = useState<T | null>(null);
  // Counted, not flagged: each failure renders again, so a box ticked meanwhile shows what counts.
  const [failed, setFailed] = useState(0);
  const firstReadRef = useRef<((part: T) => void) | null>(null);

  async function load(): Promise<T> {
    const loaded = await fetchPart().catch((e: unknown) => {
      setFailed((n) => n + 1);
      throw e;
    });
    open(loaded);
    setFailed(0);
    // A function state is taken as an updater: the part goes in wrapped.
    setPart(() => loaded);
    const read = firstReadRef.current;
    firstReadRef.current = null;
    read?.(loaded);
    after();
    return loaded;
  }

  return {
    part,
    failed,
    load,
    first(read) {
      firstReadRef.current = read;
    },
  };
}
