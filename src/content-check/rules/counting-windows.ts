import type { Context, Report, RuleInfo } from '../types.ts';
import { requirementLists } from './requirement-lists.ts';

/** Rule counting-windows, with what it makes sure of (listed in content/README.md). */
export const countingWindowsRule = {
  name: 'counting-windows',
  check: checkCountingWindows,
  description:
    'a window of references or surveys (`counting.withinMonths`) is the one the requirement\'s own evidence and help name ("in the last 24 months")',
} as const satisfies RuleInfo;

/** A window a text names, e.g. 24 for "in the last 24 months" or "over the past 24 months". */
const WINDOW = /\b(?:last|past|trailing) (\d+) months\b/gi;

/** The windows an English text names, in months. */
export function windowsIn(text: string): number[] {
  return [...text.matchAll(WINDOW)].map((m) => Number(m[1]));
}

/**
 * Rule counting-windows: a references or satisfaction requirement whose evidence or help names a window of
 * months counts records over that same window, so the page never says one period and counts another.
 */
export function checkCountingWindows(ctx: Context, report: Report): void {
  for (const { entry, data } of ctx.competencies) {
    for (const { level, model, list } of requirementLists(data)) {
      list.forEach((req, i) => {
        if ((req.kind !== 'references' && req.kind !== 'satisfaction') || req.counting === undefined) return;
        const within = req.counting.withinMonths;
        for (const field of ['evidence', 'help'] as const) {
          const named = windowsIn(req[field]).find((months) => months !== within);
          if (named === undefined) continue;
          report(
            entry,
            ['requirements', level, model, i, 'counting', 'withinMonths'],
            countingWindowsRule.name,
            `counts the last ${String(within)} months, but ${field} names the last ${String(named)} months; expected withinMonths: ${String(named)}, or ${field} worded for ${String(within)} months`,
          );
          return;
        }
      });
    }
  }
}
