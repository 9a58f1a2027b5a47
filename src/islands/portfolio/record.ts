/**
 * The partner record in the portfolio (loaded with its scoring code): every competency's answers are the
 * typed ones over the record's figures on the chosen day (typed wins), one allocation of people serving the
 * whole catalogue; what the portfolio saves, shares and exports stays the typed answers.
 */
import type { CompetencyRules } from '../../domain/rules.ts';
import { answerRequirement } from '../../engine/answers.ts';
import {
  countedPeople,
  enteredBy,
  figuresOn,
  mergeAnswers,
  type CountedPeople,
  type DayAnswers,
} from '../../engine/record-figures.ts';
import type { OwnContexts } from '../../engine/portfolio.ts';
import type { AssessmentContext } from '../../engine/types.ts';
import type { Answers } from '../../schemas/answers.ts';
import type { RecordSource } from '../../schemas/record.ts';
import { showFigures, type RecordOn } from '../shared/record-on.tsx';

/** What the portfolio is scored from: the context, each competency's own, the typed answers and the record's day. */
export interface RecordScored {
  context: AssessmentContext;
  answers: Readonly<Record<string, Answers>>;
  own: OwnContexts;
  /** The record and its day; null without a record, or while a shared portfolio is shown. */
  on: RecordOn | null;
}

// The last allocation, by the record and day it was worked out for.
let allocated: { on: RecordOn; counted: CountedPeople } | null = null;
// Each competency's last merge, kept while its typed answers, business model and record stay: the engine
// then scores it again only when something it reads changed (assessOnce).
const last = new Map<
  string,
  { typed: Answers | undefined; model: string; on: RecordOn; given: DayAnswers }
>();
// The last result, by what it was worked out from: the view and the plan ask for the same. Who entered the
// record's entries behind it is worked out when the plan first asks (recordEnteredBy).
let lastResult: {
  from: RecordScored;
  answers: Readonly<Record<string, Answers>>;
  entered?: Readonly<Record<string, Record<string, RecordSource[]>>>;
} | null = null;

/**
 * Every competency's answers on the record's day: the typed ones over the record's figures, each
 * competency for its own business model; the typed answers as they are without a record. The fields show
 * the record's figures under them (showFigures, prefix `pf-<slug>`).
 */
export function recordAnswers(
  list: readonly CompetencyRules[],
  s: RecordScored,
): Readonly<Record<string, Answers>> {
  const { on } = s;
  if (on === null) {
    last.clear();
    lastResult = null;
    for (const rules of list) showFigures(`pf-${rules.slug}`, rules, null, null, answerRequirement);
    return s.answers;
  }
  const from = lastResult?.from;
  if (
    from?.on === on &&
    from.answers === s.answers &&
    from.own === s.own &&
    from.context.businessModel === s.context.businessModel
  )
    return lastResult?.answers ?? s.answers;
  if (allocated?.on !== on) allocated = { on, counted: countedPeople(on.record, list, on.day) };
  const out: Record<string, Answers> = { ...s.answers };
  for (const rules of list) {
    const { slug } = rules;
    const typed = s.answers[slug];
    const model = (s.own[slug] ?? s.context).businessModel;
    const kept = last.get(slug);
    if (kept !== undefined && kept.typed === typed && kept.model === model && kept.on === on) {
      if (Object.keys(kept.given.answers).length > 0) out[slug] = kept.given.answers;
      continue;
    }
    const given = mergeAnswers(figuresOn(on.record, rules, model, on.day, allocated.counted), typed ?? {});
    showFigures(`pf-${slug}`, rules, given, on, answerRequirement);
    last.set(slug, { typed, model, on, given });
    if (Object.keys(given.answers).length > 0) out[slug] = given.answers;
  }
  lastResult = { from: s, answers: out };
  return out;
}

const NO_ONE: Readonly<Record<string, Record<string, RecordSource[]>>> = {};

/**
 * Who entered the record's entries behind each competency's figures (enteredBy), by slug and requirement,
 * for the answers recordAnswers gives `s`: the same object while they stay; none without a record.
 */
export function recordEnteredBy(
  list: readonly CompetencyRules[],
  s: RecordScored,
): Readonly<Record<string, Record<string, RecordSource[]>>> {
  recordAnswers(list, s);
  const on = s.on;
  if (lastResult === null || on === null) return NO_ONE;
  lastResult.entered ??= Object.fromEntries(
    list.flatMap((rules) => {
      const given = last.get(rules.slug)?.given;
      return given ? [[rules.slug, enteredBy(on.record, given)]] : [];
    }),
  );
  return lastResult.entered;
}
