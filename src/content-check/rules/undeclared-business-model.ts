import type { BUSINESS_MODEL_IDS } from '../../schemas/ids.ts';
import type { Context, Report } from '../types.ts';
import { requirementLists } from './requirement-lists.ts';

/** Rule undeclared-business-model: no requirements for a business model missing from businessModels. */
export function checkUndeclaredModels(ctx: Context, report: Report): void {
  for (const { entry, data } of ctx.competencies) {
    for (const { level, model } of requirementLists(data)) {
      if (!data.businessModels.includes(model as (typeof BUSINESS_MODEL_IDS)[number])) {
        report(
          entry,
          ['requirements', level, model],
          'undeclared-business-model',
          `requirements for ${model}, but businessModels does not list ${model}; add it, e.g. businessModels: [${[...data.businessModels, model].join(', ')}], or remove this list`,
        );
      }
    }
  }
}
