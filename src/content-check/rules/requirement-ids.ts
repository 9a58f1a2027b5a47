import type { Context, Report } from '../types.ts';
import { requirementLists } from './requirement-lists.ts';

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
            'unique-requirement-ids',
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
            'consistent-requirement-kind',
            `id "${req.id}" is a ${known.kind} requirement in ${known.where}; the same id must have the same kind everywhere, so expected kind: ${known.kind} or another id`,
          );
        }
      });
    }
  }
}
