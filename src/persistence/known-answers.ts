import { checkAnswers, type AnswerRules } from '../engine/answers.ts';
import type { Answers } from '../schemas/answers.ts';

/**
 * The answers that suit a field of the current rules. Saved, shared and imported answers may carry ids
 * that older rules had, or values older rules allowed; dropping them keeps what is shown, scored, saved
 * and exported valid under today's rules.
 */
export function knownAnswers(rules: AnswerRules, answers: Answers): Answers {
  return checkAnswers(answers, rules)?.answers ?? {};
}
