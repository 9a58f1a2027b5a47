import { BUSINESS_MODEL_IDS } from '../../schemas/ids.ts';
import type { Requirement, RequirementKind } from '../../schemas/requirement.ts';
import type { Context, Report } from '../types.ts';

/** The figure each requirement kind is measured by; kinds without a number have none. */
export const FIGURE_FIELD: Readonly<
  Record<RequirementKind, 'people' | 'amount' | 'percent' | 'count' | 'threshold' | undefined>
> = {
  training: undefined,
  status: undefined,
  exam: 'people',
  revenue: 'amount',
  growth: 'percent',
  references: 'count',
  satisfaction: 'threshold',
};

/** Rule expert-at-least-principal: Expert thresholds are at least Principal's for the same id, kind and model. */
export function checkExpertAtLeastPrincipal(ctx: Context, report: Report): void {
  for (const { entry, data } of ctx.competencies) {
    for (const model of BUSINESS_MODEL_IDS) {
      const principal = data.requirements.principal?.[model] ?? [];
      (data.requirements.expert?.[model] ?? []).forEach((expert, i) => {
        const j = principal.findIndex((p) => p.id === expert.id && p.kind === expert.kind);
        const base = principal[j];
        const field = FIGURE_FIELD[expert.kind];
        if (base === undefined || field === undefined || !comparable(base, expert)) return;
        const low = (base as Record<string, unknown>)[field] as number;
        const high = (expert as Record<string, unknown>)[field] as number;
        if (high >= low) return;
        report(
          entry,
          ['requirements', 'expert', model, i, field],
          'expert-at-least-principal',
          `Expert asks for ${high}, less than Principal's ${low} (requirements.principal.${model}[${j}].${field}); expected at least that, e.g. ${field}: ${low}`,
        );
      });
    }
  }
}

/** Two thresholds can only be compared when they count the same thing over the same period and scale. */
function comparable(a: Requirement, b: Requirement): boolean {
  if (a.kind === 'revenue' && b.kind === 'revenue')
    return a.currency === b.currency && a.periodMonths === b.periodMonths;
  if (a.kind === 'growth' && b.kind === 'growth') return a.periodMonths === b.periodMonths;
  if (a.kind === 'satisfaction' && b.kind === 'satisfaction')
    return a.scale.min === b.scale.min && a.scale.max === b.scale.max;
  return a.kind === b.kind;
}
