import { LEVEL_IDS } from '../../schemas/ids.ts';
import type { Context, Report, RuleInfo } from '../types.ts';
import { LEVEL_TITLE } from './requirement-lists.ts';

/** Rule levels-per-business-model, with what it makes sure of (listed in content/README.md). */
export const levelsPerBusinessModelRule = {
  name: 'levels-per-business-model',
  check: checkLevelsPerModel,
  description:
    'each offered business model has requirements at both levels (one level for an interim designation)',
} as const satisfies RuleInfo;

/** Rule levels-per-business-model: every offered model has requirements at both levels (one for a designation). */
export function checkLevelsPerModel(ctx: Context, report: Report): void {
  for (const { entry, data } of ctx.competencies) {
    for (const model of data.businessModels) {
      const lists = LEVEL_IDS.map((level) => data.requirements[level]?.[model]);
      if (data.kind === 'interim-designation') {
        if (lists.every((list) => list === undefined || list.length === 0)) {
          report(
            entry,
            ['requirements'],
            levelsPerBusinessModelRule.name,
            `businessModels offers ${model}, so expected requirements for ${model} at one level at least, e.g. requirements.expert.${model}`,
          );
        }
        continue;
      }
      LEVEL_IDS.forEach((level, i) => {
        const list = lists[i];
        if (list === undefined) {
          report(
            entry,
            ['requirements', level],
            levelsPerBusinessModelRule.name,
            `businessModels offers ${model}, so expected requirements.${level}.${model} with the ${LEVEL_TITLE[level]} requirements for ${model} partners`,
          );
        } else if (list.length === 0) {
          report(
            entry,
            ['requirements', level, model],
            levelsPerBusinessModelRule.name,
            `expected at least one ${LEVEL_TITLE[level]} requirement for ${model}, e.g. - kind: references`,
          );
        }
      });
    }
  }
}
