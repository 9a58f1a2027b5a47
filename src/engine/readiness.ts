/**
 * Readiness, defined once: what each requirement counts toward its level, the level's "% ready", and the
 * words that explain both. The engine scores with it; the widget and the portfolio show the arithmetic for a
 * partner's own figures with it; /program/ and the FAQ state the rule in the same words (READINESS_RULE).
 */
import { formatNumber, wholePercent } from '../domain/format.ts';
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
export function describeProgress(level: Pick<LevelResult, 'counts' | 'requirements' | 'percent'>): string {
  return `${level.counts.met} of ${level.requirements.length} met, ${level.percent}% ready`;
}

/** How readiness is worked out, paragraph by paragraph: the words the result bar, /program/ and the FAQ show. */
export const READINESS_RULE: readonly string[] = [
  'A level is achieved only when every one of its requirements is met. The figures beside it say how far you are and never change that.',
  '“4 of 6 met” counts the requirements of the level that are met.',
  '“% ready” is the average of what each requirement counts: 100% when it is met; when a figure is partly met, the share of its threshold reached, in whole percent rounded down (a score on a scale counts from the bottom of the scale, so 7 against a threshold of 8 on a 0–10 scale counts 87%); 0% when it is not met or not answered. A requirement with a weight counts that many times.',
  'The average is rounded down to a whole percent, so a level shows 100% ready only when every requirement is met. For example, four requirements met, a revenue of 154,000 against a threshold of 200,000, and one not answered: (100 + 100 + 100 + 100 + 77 + 0) ÷ 6 = 79.5, shown as 79% ready.',
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

const minus = (value: number, floor: number): string =>
  floor === 0 ? formatNumber(value) : `(${formatNumber(value)} − ${formatNumber(floor)})`;

function termOf(r: RequirementResult): ReadinessTerm {
  const numeric = typeof r.answer === 'number' && typeof r.threshold === 'number' && r.status !== 'met';
  const reached =
    r.status === 'met' ? 'met' : numeric ? minus(r.answer as number, r.creditFloor) : r.reason.answer;
  const target = numeric ? minus(r.threshold as number, r.creditFloor) : null;
  const counts = `counts ${r.share}%${r.weight === 1 ? '' : `, ${formatNumber(r.weight)} times`}`;
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
    text: `${r.label}: ${target === null ? reached : `${reached} of ${target}`}, ${counts}`,
  };
}

/** The sum of a level's terms, written so a partner can redo it with a calculator. */
function sumOf(level: LevelResult): string {
  if (level.requirements.length === 0) return 'No requirements to meet: 100% ready.';
  const { earned, weights } = totals(level.requirements);
  const parts = level.requirements.map((r) =>
    r.weight === 1 ? `${r.share}` : `${formatNumber(r.weight)} × ${r.share}`,
  );
  const average = earned / weights;
  const shown = Math.floor(average * 100 + 1e-7) / 100;
  const exact = Math.abs(average - Math.round(average)) < 1e-9;
  const result = exact ? `: ${level.percent}% ready.` : `, rounded down: ${level.percent}% ready.`;
  return `(${parts.join(' + ')}) ÷ ${formatNumber(weights)} = ${formatNumber(shown)}${result}`;
}

/** The arithmetic behind a level's readiness for the answers it was scored with; `title` names the level. */
export function explainReadiness(level: LevelResult, title: string = level.title): ReadinessExplanation {
  return {
    title,
    summary: `${title}: ${describeProgress(level)}`,
    terms: level.requirements.map(termOf),
    sum: sumOf(level),
  };
}
