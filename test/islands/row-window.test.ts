import { describe, expect, test } from 'vitest';
import { shallowEqual } from '../../src/islands/shared/memo.ts';
import { spansFor, WINDOW_FROM } from '../../src/islands/portfolio/row-window.ts';

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

describe('shallowEqual', () => {
  test('compares keys and values one level deep', () => {
    const o = {};
    expect(shallowEqual({ a: 1, b: o }, { a: 1, b: o })).toBe(true);
    expect(shallowEqual({ a: 1, b: o }, { a: 1, b: {} })).toBe(false);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(shallowEqual({ a: NaN }, { a: NaN })).toBe(true);
  });
});
