/** Scores one requirement against its answer: the four states, partial credit, the gap and the reason. */
import { evidenceIllustrative, thresholdIllustrative } from '../domain/provenance.ts';
import { creditFloor, describeAnswer, describeThreshold, targetOf } from '../domain/kinds.ts';
import type { AppliedRequirement } from '../domain/rules.ts';
import type { BusinessModelId, LevelId } from '../schemas/ids.ts';
import type { Requirement } from '../schemas/requirement.ts';
import type { RequirementStatus } from '../domain/requirement-status.ts';
import type { AnswerValue, RequirementResult } from './types.ts';
import { cached } from '../util/cached.ts';
import { describeGap, describeRule, describeVerdict } from '../domain/wording.ts';
import { shareOf } from './readiness.ts';
import type { Translate } from '../text/translate.ts';
import type { WithheldVerdict } from './withheld.ts';

interface Verdict {
  status: RequirementStatus;
  progress: number;
  /** Threshold minus answer for numeric answers; 0 otherwise. */
  missing: number;
  /** The answer when it counts as given, else null. */
  given: AnswerValue | null;
}

const UNANSWERED: Verdict = { status: 'unanswered', progress: 0, missing: 0, given: null };

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

/**
 * The verdict for an answer. A value of the wrong type (a number for training, a boolean for revenue)
 * counts as not answered: the answers schema rejects those before they get here.
 */
function verdictOf(req: Requirement, target: number | true, answer: AnswerValue | undefined): Verdict {
  if (target === true) {
    if (typeof answer !== 'boolean') return UNANSWERED;
    return { status: answer ? 'met' : 'unmet', progress: answer ? 1 : 0, missing: 0, given: answer };
  }
  if (typeof answer !== 'number' || Number.isNaN(answer)) return UNANSWERED;
  if (answer >= target) return { status: 'met', progress: 1, missing: 0, given: answer };
  // A kind measured on a scale earns credit from the bottom of its scale, not from 0.
  const floor = creditFloor(req);
  const missing = target - answer;
  if (answer <= floor) return { status: 'unmet', progress: 0, missing, given: answer };
  return {
    status: 'partial',
    progress: clamp01((answer - floor) / (target - floor)),
    missing,
    given: answer,
  };
}

/** The parts of a result that depend only on the rule, worked out once per applied requirement. */
interface Fixed {
  target: number | true;
  floor: number;
  threshold: string;
  rule: string;
}

// Rules are treated as immutable data, so wording derived from them can be kept per requirement object, in
// each language it is asked in.
const fixedCache = new WeakMap<Translate, WeakMap<AppliedRequirement, Fixed>>();

function fixedOf(req: AppliedRequirement, level: LevelId, model: BusinessModelId, t: Translate): Fixed {
  const inLanguage = cached(fixedCache, t, () => new WeakMap<AppliedRequirement, Fixed>());
  return cached(inLanguage, req, () => ({
    target: targetOf(req),
    floor: creditFloor(req),
    threshold: describeThreshold(req, t),
    rule: describeRule(req.label, level, req.from, model, t),
  }));
}

/**
 * Scores one applied requirement of a level for a business model; `file` names the rules' content file, `t`
 * gives the words of the result. `withheld`, the verdict a sender kept in place of a money figure they left
 * out (withheld.ts), stands for the answer while there is none: scored as that verdict, marked as theirs.
 */
export function scoreRequirement(
  req: AppliedRequirement,
  level: LevelId,
  model: BusinessModelId,
  answer: AnswerValue | undefined,
  file: string,
  t: Translate,
  withheld?: WithheldVerdict,
): RequirementResult {
  const { target, floor, threshold, rule } = fixedOf(req, level, model, t);
  const theirs = answer === undefined ? withheld : undefined;
  const { status, progress, missing, given } =
    theirs === undefined
      ? verdictOf(req, target, answer)
      : { status: theirs, progress: theirs === 'met' ? 1 : 0, missing: 0, given: null };
  const answerText = theirs === undefined ? describeAnswer(req, given, t) : t('verdict.withheld.answer');
  const mark = theirs === undefined ? undefined : t(`verdict.withheld.${theirs}`);
  const gap =
    status === 'met'
      ? null
      : theirs === undefined
        ? describeGap(req, status, missing, threshold, t)
        : t('verdict.withheld.gap', { threshold });
  return {
    id: req.id,
    label: req.label,
    kind: req.kind,
    level,
    from: req.from,
    status,
    progress,
    share: shareOf(status, progress),
    creditFloor: floor,
    answer: given,
    threshold: target,
    weight: req.weight,
    illustrative: thresholdIllustrative(req),
    evidenceIllustrative: evidenceIllustrative(req),
    evidence: req.evidence,
    gap,
    ...(mark === undefined ? {} : { withheld: mark }),
    reason: {
      rule,
      threshold,
      answer: answerText,
      file,
      text: t('verdict.reason', {
        rule,
        threshold,
        answer: answerText,
        verdict: mark ?? describeVerdict(status, progress, t),
        file,
      }),
    },
  };
}
