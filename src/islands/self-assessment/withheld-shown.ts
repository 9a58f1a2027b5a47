/**
 * Which kept verdicts (src/engine/withheld.ts) go with the answers the widget scores: those of shared or
 * imported answers while they are shown, and, once the partner uses them, those kept for the competency in
 * this tab until the next replacement (a reset, an undo, other answers used). They are not saved: a reload
 * shows the figures left out as not answered.
 */
import type { Withheld } from '../../engine/withheld.ts';
import type { Answers } from '../../schemas/answers.ts';

const shown = new WeakMap<Answers, Withheld>();
let kept: { slug: string; withheld: Withheld } | null = null;

/** Sets the kept verdicts of answers shown from a link or a file (none: they have none). */
export function showWithheld(answers: Answers, withheld: Withheld | undefined): void {
  shown.set(answers, withheld ?? {});
}

/** Keeps the verdicts of answers the partner used for the competency `slug`, or forgets them (undefined). */
export function keepWithheld(slug: string, withheld: Withheld | undefined): void {
  kept = withheld && Object.keys(withheld).length > 0 ? { slug, withheld } : null;
}

/** The kept verdicts to score these answers of `slug` with, if any. */
export function withheldFor(slug: string, answers: Answers): Withheld | undefined {
  return shown.get(answers) ?? (kept?.slug === slug ? kept.withheld : undefined);
}
