/**
 * Every replacement of a partner's answers (a share link or a file used, a reset, a portfolio taken from a
 * link or a file) is recorded as the fields it changed, before and after, so it can say what it changes and
 * be undone until the next one. An undo puts back only the fields the replacement changed and nobody
 * changed since: a field edited after the replacement keeps its later value.
 */
import type { Answers } from '../schemas/answers.ts';
import { changedIds } from './merge-answers.ts';

/** What one replacement changed: the values before and after of the fields it changed, by field id. */
export interface Replacement {
  before: Answers;
  after: Answers;
}

/** The fields a replacement from `before` to `after` changes, and which of them it gives a value or clears. */
export function replacementOf(
  before: Answers,
  after: Answers,
): Replacement & { changed: string[]; cleared: string[] } {
  const ids = changedIds(before, after);
  const pick = (answers: Answers): Answers => {
    const picked: Answers = {};
    for (const id of ids) if (answers[id] !== undefined) picked[id] = answers[id];
    return picked;
  };
  return {
    before: pick(before),
    after: pick(after),
    changed: ids.filter((id) => after[id] !== undefined),
    cleared: ids.filter((id) => after[id] === undefined),
  };
}

/**
 * The answers `now` with a replacement undone: each field it changed goes back to its value before, unless
 * it was changed again since (its value is no longer the one the replacement gave it).
 */
export function undoReplacement(now: Answers, replacement: Replacement): Answers {
  const next: Answers = { ...now };
  for (const id of changedIds(replacement.before, replacement.after)) {
    if (now[id] !== replacement.after[id]) continue;
    const value = replacement.before[id];
    if (value === undefined) delete next[id];
    else next[id] = value;
  }
  return next;
}

/** A whole portfolio at one moment: each competency's answers, the competencies chosen, the picker's context. */
export interface PortfolioState<C> {
  answers: Record<string, Answers>;
  chosen: readonly string[];
  context: C;
}

/** What a portfolio replacement changed: each competency's fields, the competencies chosen, the context. */
export interface PortfolioReplacement<C> {
  answers: Record<string, Replacement>;
  /** The competencies it ticked and unticked. */
  ticked: string[];
  unticked: string[];
  /** The context before and after, when it changed. */
  context: { before: C; after: C } | null;
}

/** Records a portfolio replacement from `before` to `after`; `same` compares two contexts. */
export function portfolioReplacementOf<C>(
  before: PortfolioState<C>,
  after: PortfolioState<C>,
  same: (a: C, b: C) => boolean,
): PortfolioReplacement<C> {
  const answers: Record<string, Replacement> = {};
  for (const slug of Object.keys(after.answers)) {
    const r = replacementOf(before.answers[slug] ?? {}, after.answers[slug] ?? {});
    if (r.changed.length + r.cleared.length > 0) answers[slug] = { before: r.before, after: r.after };
  }
  return {
    answers,
    ticked: after.chosen.filter((s) => !before.chosen.includes(s)),
    unticked: before.chosen.filter((s) => !after.chosen.includes(s)),
    context: same(before.context, after.context) ? null : { before: before.context, after: after.context },
  };
}

/**
 * The portfolio `now` with a replacement undone, field by field and competency by competency, keeping
 * whatever was changed since: a competency ticked or unticked again, a field edited, the context picked.
 */
export function undoPortfolioReplacement<C>(
  now: PortfolioState<C>,
  replacement: PortfolioReplacement<C>,
  same: (a: C, b: C) => boolean,
): PortfolioState<C> {
  const answers = { ...now.answers };
  for (const [slug, r] of Object.entries(replacement.answers))
    answers[slug] = undoReplacement(answers[slug] ?? {}, r);
  const chosen = now.chosen.filter((s) => !replacement.ticked.includes(s));
  for (const slug of replacement.unticked) if (!chosen.includes(slug)) chosen.push(slug);
  const { context } = replacement;
  return {
    answers,
    chosen,
    context: context && same(now.context, context.after) ? context.before : now.context,
  };
}
