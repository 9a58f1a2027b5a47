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

/**
 * An `import()` that a browser will try again: some keep refusing a module whose fetch failed once, without
 * asking the server, until the page is reloaded. After a failure, the next call asks for the same file under
 * an address the browser has not seen (its URL, from the error, with a query).
 */
export const importAgain = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let failed: string | undefined;
  let tries = 0;
  return () =>
    (failed ? (import(/* @vite-ignore */ `${failed}?try=${++tries}`) as Promise<T>) : load()).catch(
      (e: unknown) => {
        failed ??= /https?:\/\/\S+?\.js/.exec(String(e))?.[0];
        throw e;
      },
    );
};
