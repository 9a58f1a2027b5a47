/**
 * Runs something once a burst of changes settles: a while after the last change, when the browser is next
 * idle. A partner typing a figure saves at every keystroke; what follows the saves runs once, after them.
 */

/** The timers a settle waits with: the browser's, or a test's. */
export interface Timers {
  /** Runs `run` after `ms`; returns what `clear` takes. */
  set: (run: () => void, ms: number) => unknown;
  clear: (waiting: unknown) => void;
  /** Runs `run` when the browser is next idle. */
  idle: (run: () => void) => void;
}

const browserTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (waiting) => clearTimeout(waiting as ReturnType<typeof setTimeout>),
  // Safari has no requestIdleCallback: the next task then.
  idle: (run) => void (self.requestIdleCallback ?? setTimeout)(() => run()),
};

/**
 * A function to call at every change: `run` follows once, `ms` after the last call, when the browser is
 * idle; a call meanwhile starts the wait again.
 */
export function settle(run: () => void, ms: number, timers: Timers = browserTimers): () => void {
  let waiting: unknown;
  return () => {
    if (waiting !== undefined) timers.clear(waiting);
    waiting = timers.set(() => {
      waiting = undefined;
      timers.idle(run);
    }, ms);
  };
}
