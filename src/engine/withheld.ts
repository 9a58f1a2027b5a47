/**
 * "Leave out money figures": a share link, an export file or an action plan without the partner's money
 * figures, keeping their verdicts. One module for what counts as a money figure, what is kept of it, how it
 * is read back and how the engine scores it (assess's `withheld`).
 *
 * What is left out: every answer to a requirement of a money kind (MONEY_KINDS), revenue and growth. Growth
 * goes too: it is a percentage of revenue, so with an earlier figure it gives the amount back, and on its own
 * it tells how the partner's business is doing, which a partner leaving out money figures means to keep to
 * themselves as well.
 *
 * What is kept: for each money requirement answered, its verdict at each level as the sender's page scored
 * it, "met" or "unmet". A partly met one is kept as "unmet": its progress (the share of the threshold
 * reached) times the threshold, which the rules publish, would give the figure back. A money requirement
 * not answered is simply not answered.
 *
 * Shape in links and files (share-link.ts, format 2; assessment-file.ts, version 2):
 *   { "<requirement id>": { "<level id>": "met" | "unmet" } }
 *
 * How the receiver sees it: the engine scores a requirement that has no answer but a kept verdict as that
 * verdict, marked as the sender's (RequirementResult.withheld), counting 100% toward readiness when met and
 * 0% when not; its answer stays empty. Once the receiver types their own figure, the figure counts instead.
 */
import type { AnswerRules } from './answers.ts';
import type { Answers } from '../schemas/answers.ts';
import type { LevelId } from '../schemas/ids.ts';
import type { RequirementKind } from '../schemas/requirement.ts';
import type { CompetencyAssessment } from './types.ts';

/** The requirement kinds whose answers are money figures. */
export const MONEY_KINDS: readonly RequirementKind[] = ['revenue', 'growth'];

/** A verdict kept in place of a money figure. */
export type WithheldVerdict = 'met' | 'unmet';

/** The verdicts kept in place of money figures: by requirement id, then by level. */
export type Withheld = Readonly<Record<string, Readonly<Partial<Record<LevelId, WithheldVerdict>>>>>;

/** Whether a requirement kind's answers are money figures. */
export const isMoney = (kind: RequirementKind): boolean => MONEY_KINDS.includes(kind);

/** The ids of the rules' money requirements, at any level and on any business model. */
export function moneyIds(rules: AnswerRules): Set<string> {
  const ids = new Set<string>();
  for (const byModel of Object.values(rules.requirements))
    for (const list of Object.values(byModel ?? {}))
      for (const req of list ?? []) if (isMoney(req.kind)) ids.add(req.id);
  return ids;
}

/**
 * The answers without their money figures, and the verdicts kept for them from `assessment` (the sender's
 * page's result for these answers). `withheld` is empty when no money figure was answered.
 */
export function withholdMoney(
  rules: AnswerRules,
  assessment: CompetencyAssessment,
  answers: Answers,
): { answers: Answers; withheld: Withheld } {
  const money = moneyIds(rules);
  const kept: Answers = {};
  for (const [id, value] of Object.entries(answers)) if (!money.has(id)) kept[id] = value;
  const withheld: Record<string, Partial<Record<LevelId, WithheldVerdict>>> = {};
  if (assessment.status === 'assessed') {
    for (const level of assessment.levels) {
      for (const r of level.requirements) {
        if (!money.has(r.id) || r.answer === null) continue;
        (withheld[r.id] ??= {})[level.level] = r.status === 'met' ? 'met' : 'unmet';
      }
    }
  }
  return { answers: kept, withheld };
}

/** The most entries read: real rules have a handful of money requirements. */
const MAX_ENTRIES = 50;

/**
 * Kept verdicts from a link or file, checked against the current rules: only money requirements of these
 * rules, known levels and the two verdicts; anything else is left out. Never throws.
 */
export function checkWithheld(value: unknown, rules: AnswerRules): Withheld {
  const checked: Record<string, Partial<Record<LevelId, WithheldVerdict>>> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return checked;
  const money = moneyIds(rules);
  const known = Object.keys(rules.requirements) as LevelId[];
  for (const [id, levels] of Object.entries(value as Record<string, unknown>).slice(0, MAX_ENTRIES)) {
    if (!money.has(id) || typeof levels !== 'object' || levels === null || Array.isArray(levels)) continue;
    const entry: Partial<Record<LevelId, WithheldVerdict>> = {};
    for (const level of known) {
      const verdict = (levels as Record<string, unknown>)[level];
      if (verdict === 'met' || verdict === 'unmet') entry[level] = verdict;
    }
    if (Object.keys(entry).length > 0) checked[id] = entry;
  }
  return checked;
}

/** The verdict kept for a requirement at a level, if any. */
export function withheldAt(
  withheld: Withheld | undefined,
  id: string,
  level: LevelId,
): WithheldVerdict | undefined {
  return withheld !== undefined && Object.hasOwn(withheld, id) ? withheld[id]?.[level] : undefined;
}

/** The ids with kept verdicts that `answers` does not answer: the ones still shown as the sender's. */
export function stillWithheld(withheld: Withheld | undefined, answers: Answers): string[] {
  return Object.keys(withheld ?? {}).filter((id) => answers[id] === undefined);
}
