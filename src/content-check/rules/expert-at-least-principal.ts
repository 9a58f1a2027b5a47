import { BUSINESS_MODEL_IDS } from '../../schemas/ids.ts';
import { figureFieldOf, figureOf, sameMeasure } from '../../domain/kinds.ts';
import type { Context, Report, RuleInfo } from '../types.ts';

/** Rule expert-at-least-principal, with what it makes sure of (listed in content/README.md). */
export const expertAtLeastPrincipalRule = {
  name: 'expert-at-least-principal',
  check: checkExpertAtLeastPrincipal,
  description:
    "an Expert threshold is at least Principal's for the same id, kind and business model (compared when currency, period and scale match)",
} as const satisfies RuleInfo;

/** Rule expert-at-least-principal: Expert thresholds are at least Principal's for the same id, kind and model. */
export function checkExpertAtLeastPrincipal(ctx: Context, report: Report): void {
  for (const { entry, data } of ctx.competencies) {
    for (const model of BUSINESS_MODEL_IDS) {
      const principal = data.requirements.principal?.[model] ?? [];
      (data.requirements.expert?.[model] ?? []).forEach((expert, i) => {
        const j = principal.findIndex((p) => p.id === expert.id && p.kind === expert.kind);
        const base = principal[j];
        if (base === undefined || !sameMeasure(base, expert)) return;
        const field = figureFieldOf(expert);
        const low = figureOf(base);
        const high = figureOf(expert);
        if (field === undefined || low === undefined || high === undefined || high >= low) return;
        report(
          entry,
          ['requirements', 'expert', model, i, field],
          expertAtLeastPrincipalRule.name,
          `Expert asks for ${high}, less than Principal's ${low} (requirements.principal.${model}[${j}].${field}); expected at least that, e.g. ${field}: ${low}`,
        );
      });
    }
  }
}
