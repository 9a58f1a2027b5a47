import { BUSINESS_MODEL_IDS, LEVEL_IDS } from '../../schemas/ids.ts';
import type { Competency } from '../../schemas/competency.ts';
import type { Requirement } from '../../schemas/requirement.ts';

/** Level titles as messages name them. */
export const LEVEL_TITLE: Record<string, string> = { principal: 'Principal', expert: 'Expert' };

/** Each requirement list of a competency with where it sits, in file order. */
export function requirementLists(
  c: Pick<Competency, 'requirements'>,
): { level: string; model: string; list: Requirement[] }[] {
  const out: { level: string; model: string; list: Requirement[] }[] = [];
  for (const level of LEVEL_IDS) {
    for (const model of BUSINESS_MODEL_IDS) {
      const list = c.requirements[level]?.[model];
      if (list) out.push({ level, model, list });
    }
  }
  return out;
}
