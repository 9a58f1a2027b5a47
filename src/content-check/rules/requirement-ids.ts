import type { Context, Report, RuleInfo } from '../types.ts';
import { requirementLists } from './requirement-lists.ts';

/** Rule unique-requirement-ids (its check also runs consistent-requirement-kind, in the same pass over the lists). */
export const uniqueRequirementIdsRule = {
  name: 'unique-requirement-ids',
  check: checkRequirementIds,
  description: 'no id twice in one list',
} as const satisfies RuleInfo;

/** Rule consistent-requirement-kind, with what it makes sure of (listed in content/README.md). */
export const consistentRequirementKindRule = {
  name: 'consistent-requirement-kind',
  description: 'an id has the same kind everywhere in a competency',
} as const satisfies RuleInfo;

/**
 * Rules unique-requirement-ids and consistent-requirement-kind, in one pass over the lists: ids are unique
 * within a list, and one id has one kind everywhere in a competency.
 */
export function checkRequirementIds(ctx: Context, report: Report): void {
  for (const { entry, data } of ctx.competencies) {
    const kinds = new Map<string, { kind: string; where: string }>();
    for (const { level, model, list } of requirementLists(data)) {
      const seen = new Map<string, number>();
      list.forEach((req, i) => {
        const first = seen.get(req.id);
        if (first !== undefined) {
          report(
            entry,
            ['requirements', level, model, i, 'id'],
            uniqueRequirementIdsRule.name,
            `id "${req.id}" is already used by requirements.${level}.${model}[${first}]; expected a different id, e.g. "${req.id}-2"`,
          );
        } else {
          seen.set(req.id, i);
        }
        const known = kinds.get(req.id);
        if (known === undefined) {
          kinds.set(req.id, { kind: req.kind, where: `requirements.${level}.${model}[${i}]` });
        } else if (known.kind !== req.kind) {
          report(
            entry,
            ['requirements', level, model, i, 'kind'],
            consistentRequirementKindRule.name,
            `id "${req.id}" is a ${known.kind} requirement in ${known.where}; the same id must have the same kind everywhere, so expected kind: ${known.kind} or another id`,
          );
        }
      });
    }
  }
}
