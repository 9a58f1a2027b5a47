/**
 * Merges the answers of one tab into what another tab of the same browser may have saved meanwhile, field
 * by field: a field takes this tab's value only when this tab changed it since it last read the store.
 */
import type { Answers } from '../schemas/answers.ts';

/**
 * The answers to save: `stored` (what is saved now) with every field this tab changed since it read `base`
 * taken from `ours`, an emptied field removed.
 */
export function mergeAnswers(base: Answers, ours: Answers, stored: Answers): Answers {
  const merged: Answers = { ...stored };
  for (const id of new Set([...Object.keys(base), ...Object.keys(ours)])) {
    if (base[id] === ours[id]) continue;
    const value = ours[id];
    if (value === undefined) delete merged[id];
    else merged[id] = value;
  }
  return merged;
}

/** The ids whose answers differ between two sets of answers. */
export function changedIds(before: Answers, after: Answers): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (id) => before[id] !== after[id],
  );
}
