import type { Context, Report, RuleInfo } from '../types.ts';

/** Rule designation, with what it makes sure of (listed in content/README.md). */
export const designationRule = {
  name: 'designation',
  check: checkDesignation,
  description: 'a `designation` block exactly on interim designations, for a business model they offer',
} as const satisfies RuleInfo;

/** Rule designation: a designation block exactly on interim designations, for a model they offer. */
export function checkDesignation(ctx: Context, report: Report): void {
  for (const { entry, data } of ctx.competencies) {
    if (data.kind === 'interim-designation' && data.designation === undefined) {
      report(
        entry,
        ['kind'],
        designationRule.name,
        'an interim designation needs a designation block, e.g. designation: { businessModel: integrate, waives: [revenue], until: "the next program" }',
      );
    } else if (data.kind !== 'interim-designation' && data.designation !== undefined) {
      report(
        entry,
        ['designation'],
        designationRule.name,
        'only kind: interim-designation takes a designation block; remove it, or set kind: interim-designation',
      );
    } else if (data.designation && !data.businessModels.includes(data.designation.businessModel)) {
      report(
        entry,
        ['designation', 'businessModel'],
        designationRule.name,
        `"${data.designation.businessModel}" is not in businessModels; expected one of: ${data.businessModels.join(', ')}`,
      );
    }
  }
}
