/**
 * What the portfolio assessment saves of its own. Answers live where each competency's own
 * self-assessment keeps them (storage.ts, one envelope per competency), so the portfolio page and the
 * competency pages show the same answers. What only the portfolio needs is which competencies the partner
 * holds or targets:
 *
 *   key `competency-assessment:portfolio`, version 1: { v: 1, slugs: [<competency slug>, ...] }
 *
 * Share links and the JSON export of a portfolio are in portfolio-file.ts, loaded only when used; the
 * scoring and roll-up in src/engine/portfolio.ts.
 */
import type { StorageLike } from './storage-access.ts';

/** The localStorage key of the portfolio's choice of competencies. */
export const PORTFOLIO_KEY = 'competency-assessment:portfolio';

/** The competencies chosen, in the order given; null when nothing valid is stored. Never throws. */
export function readPortfolioChoice(
  store: Pick<StorageLike, 'getItem'>,
  known: readonly string[],
): string[] | null {
  try {
    const value: unknown = JSON.parse(store.getItem(PORTFOLIO_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null || !('v' in value) || value.v !== 1) return null;
    if (!('slugs' in value) || !Array.isArray(value.slugs)) return null;
    const slugs: unknown[] = value.slugs;
    return known.filter((slug) => slugs.includes(slug));
  } catch {
    return null;
  }
}

/** Saves the competencies chosen; false when the browser refuses. */
export function writePortfolioChoice(store: StorageLike, slugs: readonly string[]): boolean {
  try {
    store.setItem(PORTFOLIO_KEY, JSON.stringify({ v: 1, slugs }));
    return true;
  } catch {
    return false;
  }
}
