import type { CompetencyRules } from '../domain/rules.ts';
import type { Answers } from '../schemas/answers.ts';

/**
 * The answers whose requirement ids the current rules still have. Saved, shared and imported answers may
 * carry ids that older rules had; dropping them keeps later saves and exports valid under today's rules.
 */
export function knownAnswers(rules: CompetencyRules, answers: Answers): Answers {
  const known = new Set(
    Object.values(rules.requirements).flatMap((byModel) =>
      Object.values(byModel ?? {}).flatMap((list) => (list ?? []).map((r) => r.id)),
    ),
  );
  return Object.fromEntries(Object.entries(answers).filter(([id]) => known.has(id)));
}
