/**
 * Keeping a snapshot once the partner's changes settle (snapshot-keep.ts): a page calls the function it gets
 * after every change it saved, and hears what to tell the partner when a snapshot was kept. The code that
 * keeps one comes with the portfolio's lazy part (tools.ts), as on the progress page, loaded only then, when
 * the browser is idle, with the rules file it needs: the competency page and the partner record's page load
 * nothing more before that.
 */
import { settle } from './settle.ts';
import type { KeepWith } from './snapshot-keep.ts';

/** How long after the last change saved a snapshot is considered, in milliseconds. */
export const SETTLE_MS = 1500;

/** The code that keeps a snapshot. */
export interface KeepCode {
  keepWith: (page: KeepWith) => Promise<string | null>;
}

/**
 * The function a page calls after each change it saved: once they settle, a snapshot is kept with what
 * `page` gives then (null: nothing to keep with yet) if a level or the tier moved, and `show` gets what to
 * say. Nothing happens when the code (`load`) cannot be loaded.
 */
export function snapshotSoon(
  load: () => Promise<KeepCode>,
  page: () => KeepWith | null,
  show: (note: string) => void,
): () => void {
  return settle(() => {
    const now = page();
    if (now === null) return;
    load()
      .then((code) => code.keepWith(now))
      .then(
        (note) => void (note && show(note)),
        () => {},
      );
  }, SETTLE_MS);
}
