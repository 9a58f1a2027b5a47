import { describe, expect, test } from 'vitest';
import { shallowEqual } from '../../src/islands/shared/memo.ts';
import { nextSpans, spansFor, WINDOW_FROM, type RowSpans } from '../../src/islands/portfolio/row-window.ts';

describe('spansFor', () => {
  test('renders the rows on screen and a margin either side, within the grid', () => {
    expect(spansFor(1000, 100.5, 110.2, -1)).toEqual([[85, 126]]);
    expect(spansFor(1000, -3, 4, -1)).toEqual([[0, 19]]);
    expect(spansFor(1000, 995, 1003, -1)).toEqual([[980, 1000]]);
  });

  test('keeps the row holding the focus, wherever it is', () => {
    expect(spansFor(1000, 500, 510, 3)).toEqual([
      [3, 4],
      [485, 525],
    ]);
    expect(spansFor(1000, 500, 510, 990)).toEqual([
      [485, 525],
      [990, 991],
    ]);
    expect(spansFor(1000, 500, 510, 500)).toEqual([[485, 525]]);
  });

  test('leaves a grid of the real catalogue whole', () => {
    expect(WINDOW_FROM).toBeGreaterThan(12);
  });
});

describe('nextSpans', () => {
  const was: RowSpans = { spans: [[485, 525]], rowHeight: 300 };

  test('keeps the rows rendered while they cover the screen with rows to spare, so a small move changes nothing', () => {
    for (const from of [490, 499.6, 500, 500.4, 510]) {
      expect(nextSpans(was, 1000, from, from + 3, -1, 300)).toBe(was);
    }
    expect(nextSpans(was, 1000, 500, 503, 486, 300)).toBe(was);
  });

  test('renders other rows once the screen comes near the edge of those rendered', () => {
    expect(nextSpans(was, 1000, 488, 491, -1, 300)).toEqual({ spans: [[473, 506]], rowHeight: 300 });
    expect(nextSpans(was, 1000, 518, 521, -1, 300)).toEqual({ spans: [[503, 536]], rowHeight: 300 });
  });

  test('renders other rows for the focus, and for rows of another height', () => {
    expect(nextSpans(was, 1000, 500, 503, 700, 300).spans).toEqual([
      [485, 518],
      [700, 701],
    ]);
    expect(nextSpans(was, 1000, 500, 503, -1, 280)).toEqual({ spans: [[485, 518]], rowHeight: 280 });
  });

  test('never settles into a back-and-forth: once moved, a move back by a row keeps the new rows', () => {
    let spans = was;
    const seen = new Set<RowSpans>();
    for (let i = 0; i < 20; i++) {
      const from = i % 2 === 0 ? 517.4 : 516.6;
      spans = nextSpans(spans, 1000, from, from + 3, -1, 300);
      seen.add(spans);
    }
    expect(seen.size).toBe(1);
  });
});

describe('shallowEqual', () => {
  test('compares keys and values one level deep', () => {
    const o = {};
    expect(shallowEqual({ a: 1, b: o }, { a: 1, b: o })).toBe(true);
    expect(shallowEqual({ a: 1, b: o }, { a: 1, b: {} })).toBe(false);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(shallowEqual({ a: NaN }, { a: NaN })).toBe(true);
  });
});
