import { afterAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { options } from 'preact';

// Frames run by hand: `paint` runs the callbacks of the next frame, as the browser does before it paints.
let frames: FrameRequestCallback[] = [];
const paint = () => {
  for (const run of frames.splice(0)) run(0);
};
vi.stubGlobal('requestAnimationFrame', (run: FrameRequestCallback) => frames.push(run));
// The page's listeners, as the module adds them to the window: `dispatch` runs those of an event's type.
const listeners: Record<string, ((e: { type: string; target: unknown }) => void)[]> = {};
vi.stubGlobal('addEventListener', (type: string, listener: (e: { type: string; target: unknown }) => void) =>
  (listeners[type] ??= []).push(listener),
);
vi.stubGlobal('HTMLInputElement', class {});
const dispatch = (type: string) => {
  for (const listener of listeners[type] ?? []) listener({ type, target: null });
};

const { firstThenRest, nextPaint, renderNow } = await import('../../src/islands/shared/paint-first.ts');
const schedule = (process: () => void) => options.debounceRendering?.(process);
/** A keystroke in a number box: its input event. */
const keystroke = () => dispatch('input');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  // Whatever an earlier test left held is let go: a frame, then its task.
  paint();
  vi.advanceTimersByTime(200);
  frames = [];
});
afterAll(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('paint first', () => {
  test('renders in a microtask, as Preact does, when nothing is held', async () => {
    const process = vi.fn();
    schedule(process);

    expect(process).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(process).toHaveBeenCalledTimes(1);
  });

  test.each([
    ['input', 'a keystroke'],
    ['change', 'a pick or a tick'],
  ])(
    'holds the renders its %s event asks for (%s) until the next frame is painted, then renders once',
    async (type) => {
      const process = vi.fn();
      dispatch(type);
      schedule(process);

      await Promise.resolve();
      vi.advanceTimersByTime(0);
      expect(process).not.toHaveBeenCalled();
      paint();
      expect(process).not.toHaveBeenCalled();
      vi.advanceTimersByTime(0);
      expect(process).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(500);
      expect(process).toHaveBeenCalledTimes(1);
    },
  );

  test('renders in a microtask again once the frame after the edit is painted', async () => {
    keystroke();
    paint();
    vi.advanceTimersByTime(0);
    const process = vi.fn();
    schedule(process);

    await Promise.resolve();
    expect(process).toHaveBeenCalledTimes(1);
  });

  test('holds nothing for a click (a button that answers a question): it has shown nothing yet', async () => {
    const process = vi.fn();
    dispatch('click');
    schedule(process);

    await Promise.resolve();
    expect(process).toHaveBeenCalledTimes(1);
  });

  test('renders what waits within a tenth of a second when no frame comes (a tab in the background)', () => {
    const process = vi.fn();
    keystroke();
    schedule(process);

    vi.advanceTimersByTime(99);
    expect(process).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(process).toHaveBeenCalledTimes(1);
  });

  test('resolves a wait for the next paint in a task after that frame, not before', async () => {
    let painted = false;
    void nextPaint().then(() => (painted = true));

    vi.advanceTimersByTime(0);
    await Promise.resolve();
    expect(painted).toBe(false);
    paint();
    vi.advanceTimersByTime(0);
    await Promise.resolve();
    expect(painted).toBe(true);
  });

  test('renders what waits at once for a page going away, and not again after the paint', () => {
    const process = vi.fn();
    keystroke();
    schedule(process);

    expect(renderNow()).toBe(true);
    expect(process).toHaveBeenCalledTimes(1);
    paint();
    vi.advanceTimersByTime(200);
    expect(process).toHaveBeenCalledTimes(1);
    expect(renderNow()).toBe(false);
  });

  test('renders what a click shows first at once, and what follows from it only after that frame is painted', async () => {
    const first = vi.fn();
    const rest = vi.fn();
    firstThenRest(
      () => schedule(first),
      () => schedule(rest),
    );

    expect(first).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    vi.advanceTimersByTime(0);
    expect(rest).not.toHaveBeenCalled();
    paint();
    vi.advanceTimersByTime(0);
    expect(rest).toHaveBeenCalledTimes(1);
    expect(first).toHaveBeenCalledTimes(1);
  });

  test('renders at once, for a page going away, what would render in a microtask', () => {
    const process = vi.fn();
    schedule(process);

    expect(renderNow()).toBe(true);
    expect(process).toHaveBeenCalledTimes(1);
  });
});
