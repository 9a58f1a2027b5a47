import type { Context, Report } from '../types.ts';

/** Rule designation: a designation block exactly on interim designations, for a model they offer. */
export function checkDesignation(ctx: Context, report: Report): void {
  for (const { entry, data } of ctx.competencies) {
    if (data.kind === 'interim-designation' && data.designation === undefined) {
      report(
        entry,
        ['kind'],
        'designation',
        'an interim designation needs a designation block, e.g. designation: { businessModel: integrate, waives: [revenue], until: "the next program" }',
      );
    } else if (data.kind !== 'interim-designation' && data.designation !== undefined) {
      report(
        entry,
        ['designation'],
        'designation',
        'only kind: interim-designation takes a designation block; remove it, or set kind: interim-designation',
      );
    } else if (data.designation && !data.businessModels.includes(data.designation.businessModel)) {
      report(
        entry,
        ['designation', 'businessModel'],
        'designation',
        `"${data.designation.businessModel}" is not in businessModels; expected one of: ${data.businessModels.join(', ')}`,
      );
    }
  }
}
