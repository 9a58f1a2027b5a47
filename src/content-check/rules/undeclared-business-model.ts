import type { BUSINESS_MODEL_IDS } from '../../schemas/ids.ts';
import type { Context, Report, RuleInfo } from '../types.ts';
import { requirementLists } from './requirement-lists.ts';

/** Rule undeclared-business-model, with what it makes sure of (listed in content/README.md). */
export const undeclaredBusinessModelRule = {
  name: 'undeclared-business-model',
  check: checkUndeclaredModels,
  description: 'no requirements for a business model missing from `businessModels`',
} as const satisfies RuleInfo;

/** Rule undeclared-business-model: no requirements for a business model missing from businessModels. */
export function checkUndeclaredModels(ctx: Context, report: Report): void {
  for (const { entry, data } of ctx.competencies) {
    for (const { level, model } of requirementLists(data)) {
      if (!data.businessModels.includes(model as (typeof BUSINESS_MODEL_IDS)[number])) {
        report(
          entry,
          ['requirements', level, model],
          undeclaredBusinessModelRule.name,
          `requirements for ${model}, but businessModels does not list ${model}; add it, e.g. businessModels: [${[...data.businessModels, model].join(', ')}], or remove this list`,
        );
      }
    }
  }
}
