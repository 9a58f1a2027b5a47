import { describe, expect, test } from 'vitest';
import { settle, type Timers } from '../../src/islands/shared/settle.ts';

/** Timers run by hand: `tick` fires the waits due, `idle` runs what waits for the browser to be idle. */
function handTimers() {
  let clock = 0;
  let next = 0;
  const waits = new Map<number, { at: number; run: () => void }>();
  const idle: (() => void)[] = [];
  const timers: Timers = {
    set: (run, ms) => {
      waits.set(++next, { at: clock + ms, run });
      return next;
    },
    clear: (id) => void waits.delete(id as number),
    idle: (run) => void idle.push(run),
  };
  return {
    timers,
    tick(ms: number) {
      clock += ms;
      for (const [id, w] of [...waits]) {
        if (w.at > clock) continue;
        waits.delete(id);
        w.run();
      }
    },
    idle() {
      for (const run of idle.splice(0)) run();
    },
  };
}

describe('settle', () => {
  test('runs once after a burst of changes, once they settle and the browser is idle', () => {
    const hand = handTimers();
    let runs = 0;
    const changed = settle(() => runs++, 1000, hand.timers);

    for (let key = 0; key < 6; key++) {
      changed();
      hand.tick(400);
      hand.idle();
    }
    expect(runs).toBe(0);
    hand.tick(600);
    expect(runs).toBe(0);
    hand.idle();

    expect(runs).toBe(1);
  });

  test('runs again for a change after the last run', () => {
    const hand = handTimers();
    let runs = 0;
    const changed = settle(() => runs++, 1000, hand.timers);

    changed();
    hand.tick(1000);
    hand.idle();
    changed();
    hand.tick(1000);
    hand.idle();

    expect(runs).toBe(2);
  });
});
