import { expectedAnswer } from '../../domain/kinds.ts';
import { answerRequirement, checkAnswers } from '../../engine/answers.ts';
import { showValue } from '../rules-lock.ts';
import { closest, didYouMean } from '../suggest.ts';
import type { Context, Report, RuleInfo } from '../types.ts';
import { translator } from '../../text/text.ts';

/** Rule profiles, with what it makes sure of (listed in content/README.md). */
export const profilesRule = {
  name: 'profiles',
  check: checkProfiles,
  description:
    'a reference profile answers existing competencies, each answer a requirement of it, of the type and range that requirement takes',
} as const satisfies RuleInfo;

/**
 * Rule profiles: every answer of a reference profile is one the self-assessment would accept under the current
 * rules (checkAnswers), so a requirement renamed or removed leaves no stale answer behind unnoticed.
 */
export function checkProfiles(ctx: Context, report: Report): void {
  const rulesOf = new Map(ctx.competencies.map(({ entry, data }) => [entry.id, data]));
  const slugs = [...ctx.slugs].sort();
  for (const { entry, data } of ctx.profiles) {
    for (const [slug, answers] of Object.entries(data.answers)) {
      if (!ctx.slugs.has(slug)) {
        const hint = closest(slug, slugs);
        report(
          entry,
          ['answers', slug],
          profilesRule.name,
          `no competency "${slug}" in ${ctx.input.root}/competencies; ${hint ? `${didYouMean(hint)} ` : ''}answers are keyed by a competency's file name`,
        );
        continue;
      }
      const rules = rulesOf.get(slug);
      if (rules === undefined) continue; // the competency's own problems come first
      for (const [id, value] of Object.entries(answers)) {
        const requirement = answerRequirement(rules, id);
        if (requirement === undefined) {
          const ids = [...new Set(requirementIds(rules))].sort();
          const hint = closest(id, ids);
          report(
            entry,
            ['answers', slug, id],
            profilesRule.name,
            `"${id}" is not a requirement of ${slug} (renamed or removed?); ${hint ? `${didYouMean(hint)} ` : ''}its requirements: ${ids.join(', ')}`,
          );
        } else if ((checkAnswers({ [id]: value }, rules)?.refused.length ?? 1) > 0) {
          report(
            entry,
            ['answers', slug, id],
            profilesRule.name,
            `${requirement.label}: expected ${expectedAnswer(requirement, translator('en'))}; found ${showValue(value)}`,
          );
        }
      }
    }
  }
}

/** Every requirement id of a competency, at every level and on every business model. */
function requirementIds(rules: Parameters<typeof answerRequirement>[0]): string[] {
  return [rules.requirements.principal, rules.requirements.expert].flatMap((level) =>
    [level?.integrate, level?.resell].flatMap((list) => (list ?? []).map((r) => r.id)),
  );
}
