import { BUSINESS_MODEL_IDS, LEVEL_IDS, RegionIdSchema, SlugSchema } from '../../schemas/ids.ts';
import type { Context, RawEntry, Report, RuleInfo } from '../types.ts';

/** Rule file-names, with what it makes sure of (listed in content/README.md). */
export const fileNamesRule = {
  name: 'file-names',
  check: checkFileNames,
  description:
    'competency and tier file names are lower-case words joined by hyphens; level and business model files have known names',
} as const satisfies RuleInfo;

/** Rule file-names: file names are valid ids (slugs for competencies and tiers, known ids elsewhere). */
export function checkFileNames(ctx: Context, report: Report): void {
  const { input } = ctx;
  for (const entry of [...input.competencies, ...input.tiers]) {
    if (!SlugSchema.safeParse(entry.id).success) {
      report(
        entry,
        [],
        fileNamesRule.name,
        `file name "${entry.id}" is also the page address; expected lower-case words joined by hyphens, e.g. data-security.mdx`,
      );
    }
  }
  for (const entry of input.regions) {
    if (!RegionIdSchema.safeParse(entry.id).success) {
      report(
        entry,
        [],
        fileNamesRule.name,
        `file name "${entry.id}" is the region code competencies use; expected lower-case letters, e.g. emea.mdx`,
      );
    }
  }
  const known: [readonly RawEntry[], readonly string[], string][] = [
    [input.levels, LEVEL_IDS, 'level'],
    [input.businessModels, BUSINESS_MODEL_IDS, 'business model'],
  ];
  for (const [entries, ids, what] of known) {
    for (const entry of entries) {
      if (!ids.includes(entry.id)) {
        report(
          entry,
          [],
          fileNamesRule.name,
          `file name "${entry.id}" is not a ${what} id; expected one of: ${ids.map((id) => `${id}.mdx`).join(', ')}`,
        );
      }
    }
  }
}
