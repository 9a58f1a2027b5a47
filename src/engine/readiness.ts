/**
 * Readiness, defined once: what each requirement counts toward its level, the level's "% ready", and the
 * words that explain both. The engine scores with it; the widget and the portfolio show the arithmetic for a
 * partner's own figures with it; /program/ and the FAQ state the rule in the same words (READINESS_RULE).
 */
import { wholePercent } from '../domain/format.ts';
import type { PlainKey, Translate } from '../text/translate.ts';
import type { RequirementStatus } from '../domain/requirement-status.ts';
import { byId } from './hash.ts';
import type { LevelResult, RequirementResult } from './types.ts';

/**
 * What a requirement counts toward its level's readiness, in whole percent: 100 when met; when partly met,
 * the share of its threshold reached (`progress`), rounded down and at most 99; 0 when not met or not answered.
 */
export function shareOf(status: RequirementStatus, progress: number): number {
  if (status === 'met') return 100;
  return status === 'partial' ? Math.min(99, wholePercent(progress)) : 0;
}

/** The part of a requirement result readiness reads. */
type Counted = Pick<RequirementResult, 'id' | 'share' | 'weight'>;

/** The weighted sum of the shares and the sum of the weights, added in id order so list order never matters. */
function totals(results: readonly Counted[]): { earned: number; weights: number } {
  let earned = 0;
  let weights = 0;
  for (const r of [...results].sort(byId)) {
    earned += r.weight * r.share;
    weights += r.weight;
  }
  return { earned, weights };
}

/**
 * A level's readiness from its requirements: `readiness`, 0..1, is the weighted average of the shares;
 * `percent` is that average in whole percent, rounded down, and 100 only when every requirement is met.
 * A level with no requirements is fully ready.
 */
export function readinessOf(results: readonly (Counted & Pick<RequirementResult, 'status'>)[]): {
  readiness: number;
  percent: number;
} {
  if (results.length === 0) return { readiness: 1, percent: 100 };
  const { earned, weights } = totals(results);
  const average = Math.min(100, Math.max(0, earned / weights));
  const all = results.every((r) => r.status === 'met');
  if (all) return { readiness: 1, percent: 100 };
  return { readiness: average / 100, percent: Math.min(99, Math.floor(average + 1e-9)) };
}

/** A level's progress in a few words, e.g. "4 of 6 met, 79% ready". */
export function describeProgress(
  level: Pick<LevelResult, 'counts' | 'requirements' | 'percent'>,
  t: Translate,
): string {
  return t('readiness.progress', {
    met: t.number(level.counts.met),
    total: t.number(level.requirements.length),
    percent: t.percent(level.percent),
  });
}

/** How readiness is worked out, paragraph by paragraph: the keys of the words the result bar, /program/ and the FAQ show. */
export const READINESS_RULE: readonly PlainKey[] = [
  'readiness.rule.achieved',
  'readiness.rule.met',
  'readiness.rule.ready',
  'readiness.rule.example',
];

/** One requirement's part in a level's readiness, for the explanation. */
export interface ReadinessTerm {
  /** Requirement id. */
  id: string;
  /** Requirement label. */
  label: string;
  /** Its state. */
  status: RequirementStatus;
  /** What was reached: "met", "not answered", or the figure counted, e.g. "154,000" or "(3.5 − 1)". */
  reached: string;
  /** For a figure that counts in part or not at all, the threshold it is measured against, e.g. "200,000"; else null. */
  target: string | null;
  /** True when that threshold is an example value. */
  illustrative: boolean;
  /** What it counts, in whole percent. */
  share: number;
  /** How many times it counts (1 unless the content weights it). */
  weight: number;
  /** What it counts, in words, e.g. "counts 77%" or "counts 100%, 2 times". */
  counts: string;
  /** The term as one plain sentence, e.g. "Archiving revenue: 154,000 of 200,000, counts 77%". */
  text: string;
}

/** The arithmetic behind one level's readiness, for a partner's own answers. */
export interface ReadinessExplanation {
  /** The level's title, e.g. "Expert". */
  title: string;
  /** The level's progress, e.g. "Expert: 4 of 6 met, 79% ready". */
  summary: string;
  /** Every requirement of the level, in content order, with what it counts. */
  terms: ReadinessTerm[];
  /** The sum, e.g. "(100 + 100 + 100 + 100 + 77 + 0) ÷ 6 = 79.5, rounded down: 79% ready." */
  sum: string;
}

const minus = (t: Translate, value: number, floor: number): string =>
  floor === 0 ? t.number(value) : `(${t.number(value)} − ${t.number(floor)})`;

function termOf(r: RequirementResult, t: Translate): ReadinessTerm {
  const numeric = typeof r.answer === 'number' && typeof r.threshold === 'number' && r.status !== 'met';
  const reached =
    r.status === 'met'
      ? t('state.met')
      : numeric
        ? minus(t, r.answer as number, r.creditFloor)
        : r.reason.answer;
  const target = numeric ? minus(t, r.threshold as number, r.creditFloor) : null;
  const share = t.percent(r.share);
  const counts =
    r.weight === 1
      ? t('readiness.counts', { share })
      : t('readiness.countsTimes', { share, times: t.number(r.weight) });
  return {
    id: r.id,
    label: r.label,
    status: r.status,
    reached,
    target,
    illustrative: target !== null && r.illustrative,
    share: r.share,
    weight: r.weight,
    counts,
    text: t('readiness.term', {
      label: r.label,
      reached: target === null ? reached : t('more.of', { reached, target }),
      counts,
    }),
  };
}

/** The sum of a level's terms, written so a partner can redo it with a calculator. */
function sumOf(level: LevelResult, t: Translate): string {
  const percent = t.percent(level.percent);
  if (level.requirements.length === 0) return t('readiness.sum.none', { percent });
  const { earned, weights } = totals(level.requirements);
  const terms = level.requirements
    .map((r) => (r.weight === 1 ? `${r.share}` : `${t.number(r.weight)} × ${r.share}`))
    .join(' + ');
  const average = earned / weights;
  const shown = Math.floor(average * 100 + 1e-7) / 100;
  const exact = Math.abs(average - Math.round(average)) < 1e-9;
  return t(exact ? 'readiness.sum.exact' : 'readiness.sum.rounded', {
    terms,
    weights: t.number(weights),
    average: t.number(shown),
    percent,
  });
}

/** The arithmetic behind a level's readiness for the answers it was scored with; `title` names the level. */
export function explainReadiness(
  level: LevelResult,
  t: Translate,
  title: string = level.title,
): ReadinessExplanation {
  return {
    title,
    summary: t('readiness.summary', { title, progress: describeProgress(level, t) }),
    terms: level.requirements.map((r) => termOf(r, t)),
    sum: sumOf(level, t),
  };
}
