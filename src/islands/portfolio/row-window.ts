/**
 * The rows of a long grid worth rendering: those on screen, a screenful either side and the row holding the
 * focus; the others are stood in for by empty rows of about their height. A tick then lays out and paints a
 * few dozen rows instead of every one (1,000 at 4x CPU took most of a second). Grids under WINDOW_FROM rows,
 * every real catalogue among them, render every row, and so does a long grid while it prints. Find in page
 * finds only the rows rendered in a long grid; the page as served, and so without JavaScript, has them all.
 */
import { useEffect, useRef, useState, type MutableRef } from 'preact/hooks';

/** From this many rows on, the grid renders only the rows near the screen. */
export const WINDOW_FROM = 60;
/** Rows rendered beyond each edge of the screen, so scrolling and tabbing find them already there. */
const OVERSCAN = 15;
/**
 * Rows that must stay rendered beyond each edge of the screen before the rows rendered change. Rendering other
 * rows moves what is on screen by the difference between their heights and the gaps' (scroll anchoring keeps
 * the row in view in place): with no slack, that move could call for other rows again, and the page would
 * shake between two sets of rows for as long as it is open.
 */
const SLACK = 5;

/** The rows rendered, as ranges [from, to) in order, and the height each gap between them stands for. */
export interface RowSpans {
  /** Index ranges rendered, ascending, not overlapping. */
  spans: [number, number][];
  /** Average row height in px, for the gaps. */
  rowHeight: number;
}

/** Every row: what is rendered before the island has measured anything, and while printing. */
const all = (count: number): RowSpans => ({ spans: [[0, count]], rowHeight: 0 });

/**
 * The ranges to render for a screen showing rows `from` to `to` (fractional indices) and the row with the
 * focus (-1: none in the grid), with OVERSCAN rows either side.
 */
export function spansFor(count: number, from: number, to: number, focused: number): [number, number][] {
  const start = Math.max(0, Math.floor(from) - OVERSCAN);
  const end = Math.min(count, Math.max(start, Math.ceil(to) + OVERSCAN));
  const spans: [number, number][] = [[start, end]];
  if (focused >= 0 && focused < count && (focused < start || focused >= end)) {
    spans[focused < start ? 'unshift' : 'push']([focused, focused + 1]);
  }
  return spans;
}

/**
 * The rows to render next for a screen showing rows `from` to `to` (fractional indices) and the row with the
 * focus (-1: none), rows `rowHeight` tall: those rendered now (`was`) while they cover the screen with SLACK
 * rows to spare either side and the focused row, and are measured at that height; else spansFor's.
 */
export function nextSpans(
  was: RowSpans,
  count: number,
  from: number,
  to: number,
  focused: number,
  rowHeight: number,
): RowSpans {
  // Whether rows `first` to `end` (not included) are rendered, in one range.
  const rendered = (first: number, end: number) => was.spans.some(([a, b]) => a <= first && end <= b);
  return was.rowHeight === rowHeight &&
    rendered(Math.max(0, Math.floor(from) - SLACK), Math.min(count, Math.ceil(to) + SLACK)) &&
    (focused < 0 || rendered(focused, focused + 1))
    ? was
    : { spans: spansFor(count, from, to, focused), rowHeight };
}

/**
 * Which of `count` rows of the table body `body` to render, following scrolling, resizing, the focus and
 * printing. Each rendered row carries `data-row` (its index); stand-in rows carry the class `pf-gap`. The
 * rows' height is measured again only when what they show changes (`shows`, e.g. the view) or the width
 * does, never because of a scroll: measuring the rows a scroll brought in would resize the gaps, move the
 * page and bring in other rows, over and over.
 */
export function useRowWindow(
  count: number,
  body: MutableRef<HTMLTableSectionElement | null>,
  shows: unknown,
): RowSpans {
  const windowed = count >= WINDOW_FROM;
  const [spans, setSpans] = useState<RowSpans>(() => all(count));
  // The rows' height, kept from one subscription to the next (a change of `shows` subscribes again).
  const heightRef = useRef(0);
  useEffect(() => {
    if (!windowed) {
      setSpans(all(count));
      return;
    }
    let printing = false;
    let frame = 0;
    let stale = true;
    const measure = () => {
      frame = 0;
      const el = body.current;
      if (!el || printing) return;
      if (stale) {
        stale = false;
        const rows = el.querySelectorAll<HTMLElement>(':scope > tr[data-row]');
        let sum = 0;
        for (const row of rows) sum += row.getBoundingClientRect().height;
        if (sum > 0) heightRef.current = sum / rows.length;
      }
      const height = heightRef.current;
      if (height <= 0) return;
      const top = el.getBoundingClientRect().top;
      const focusedRow = el.querySelector<HTMLElement>(':scope > tr[data-row]:focus-within');
      const focused = focusedRow ? Number(focusedRow.dataset['row']) : -1;
      setSpans((was) => nextSpans(was, count, -top / height, (innerHeight - top) / height, focused, height));
    };
    const later = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    let width = innerWidth;
    const resized = () => {
      if (innerWidth !== width) stale = true;
      width = innerWidth;
      later();
    };
    // The whole grid while printing: print shows every row. Preact renders before the page is laid out for it.
    const beforePrint = () => {
      printing = true;
      setSpans(all(count));
    };
    const afterPrint = () => {
      printing = false;
      later();
    };
    const body_ = body.current;
    addEventListener('scroll', later, { passive: true });
    addEventListener('resize', resized, { passive: true });
    addEventListener('beforeprint', beforePrint);
    addEventListener('afterprint', afterPrint);
    body_?.addEventListener('focusin', later);
    later();
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', later);
      removeEventListener('resize', resized);
      removeEventListener('beforeprint', beforePrint);
      removeEventListener('afterprint', afterPrint);
      body_?.removeEventListener('focusin', later);
    };
  }, [windowed, count, body, shows]);
  return spans;
}
