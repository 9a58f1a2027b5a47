/**
 * A module loaded on demand, once, and kept. Calls made while it loads share that load. A repeated `import()`
 * of a loaded module may settle only in a later task, after a reload's `pagehide`; the kept module is handed
 * out within the same task. A failed load is tried again on the next call.
 */
export const loadOnce = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let kept: T | undefined;
  let loading: Promise<T> | undefined;
  return async () => {
    if (kept === undefined) {
      loading ??= load().finally(() => (loading = undefined));
      kept = await loading;
    }
    return kept;
  };
};
