/**
 * The browser paints first: a figure typed or a choice picked already shows in its own control, so the
 * renders that edit asks for (its reading, the verdict, every view it changes) wait until that frame is on
 * screen, in a task of their own, instead of holding the keystroke's frame back (docs/benchmarks.md,
 * Interaction latency). Installed as the islands' lazy parts load, before the partner's first edit where the
 * page can (the widget's scoring code and the portfolio's code are fetched once the page is idle): it takes
 * over Preact's render scheduling for the whole page, and renders as soon as a microtask allows, as Preact
 * does, whenever nothing is held.
 *
 * Every render of the page waits in the one queue meanwhile, so no render shows a control's older value
 * over what the partner just typed; what waits runs at once for a click, and for a page that is going away.
 */
import { options } from 'preact';

type Run = () => void;

/** Longest wait for a frame that never comes (a tab in the background paints none), in milliseconds. */
const FRAME_WAIT_MS = 100;

// Whether renders asked for now wait for the next paint, and the render queue waiting for it, if any.
let holding = false;
let waiting: { process: Run } | null = null;

/** Runs `run` once, in a task after the next frame is painted, or after FRAME_WAIT_MS without a frame. */
function afterPaint(run: Run): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, FRAME_WAIT_MS);
}

// Preact's own default: the next microtask.
const asPreactDoes = (process: Run): void => void Promise.resolve().then(process);

options.debounceRendering = (process) => {
  const queue = { process };
  waiting = queue;
  (holding ? afterPaint : asPreactDoes)(() => {
    if (waiting !== queue) return;
    waiting = null;
    process();
  });
};

/** Resolves in a task after the next frame is painted: long work split there is no longer one frame. */
export const nextPaint = (): Promise<void> => new Promise((done) => afterPaint(done));

/** Holds every render asked for from now until the next frame is painted. */
function hold(): void {
  if (holding) return;
  holding = true;
  afterPaint(() => (holding = false));
}

// An input or change event's control already shows the edit (a keystroke in a number box, a pick in a list, a
// box ticked): every render asked for until the next frame waits until that frame is painted. Only these: a
// button that answers a question, or text brought back from storage, has shown nothing yet, and renders at once.
for (const type of ['input', 'change']) globalThis.addEventListener?.(type, hold, { capture: true });

/**
 * For a click whose own control answers it (a banner that closes as its choice is taken): `first` asks for
 * that answer, rendered at once, in the click's frame; the renders `rest` asks for (what the choice changes
 * everywhere else, which shows nothing new in that frame) wait until that frame is painted.
 */
export function firstThenRest(first: () => void, rest: () => void): void {
  first();
  renderNow();
  hold();
  rest();
}

// A click right after a keystroke, before the frame its render waits for, acts on what was typed: what waits
// renders first, so the click's handlers are those of a render that has it (a share link, an export, a reset).
// Not for a box: it has ticked itself by the time its click is dispatched, and that render would untick it.
globalThis.addEventListener?.('click', (e) => void (e.target instanceof HTMLInputElement || renderNow()), {
  capture: true,
});

/**
 * Renders now what waits, for a paint or for a microtask, for a page going away that saves what its last
 * render shows; true when something was rendered.
 */
export function renderNow(): boolean {
  const queue = waiting;
  waiting = null;
  queue?.process();
  return queue !== null;
}
