import { BUSINESS_MODEL_IDS, LEVEL_IDS } from '../../schemas/ids.ts';
import { closestNamed, didYouMean } from '../suggest.ts';
import type { ContentProblem, Context, Path, RawEntry, Report, RuleInfo } from '../types.ts';

/** Rule known-references, with what it makes sure of (listed in content/README.md). */
export const knownReferencesRule = {
  name: 'known-references',
  check: (ctx, report, problems) => {
    checkMissingFiles(ctx, problems);
    checkReferences(ctx, report);
  },
  description: 'region codes, business models and levels point at existing files',
} as const satisfies RuleInfo;

/** Rule known-references: a file for every level and business model the site describes. */
export function checkMissingFiles(ctx: Context, problems: ContentProblem[]): void {
  const missing: [readonly string[], Set<string>, string, string][] = [
    [LEVEL_IDS, ctx.levelIds, 'levels', 'level'],
    [BUSINESS_MODEL_IDS, ctx.businessModelIds, 'business-models', 'business model'],
  ];
  for (const [ids, present, dir, what] of missing) {
    for (const id of ids) {
      if (present.has(id)) continue;
      problems.push({
        file: `${ctx.input.root}/${dir}/${id}.mdx`,
        line: 1,
        column: 1,
        path: 'file',
        message: `missing file: the site describes every ${what}, so ${dir}/${id}.mdx must exist (copy a sibling file as a start)`,
        rule: knownReferencesRule.name,
        severity: 'error',
      });
    }
  }
}

/** Rule known-references: region, business model and level references point at existing files. */
export function checkReferences(ctx: Context, report: Report): void {
  const regions = [...ctx.regionNames].sort((a, b) => a.id.localeCompare(b.id));
  const known = regions
    .map(({ id, names }) => (names.length > 0 ? `${id} (${names.at(-1)})` : id))
    .join('; ');
  const region = (entry: RawEntry, path: Path, id: string) => {
    if (ctx.regionIds.has(id)) return;
    const hint = closestNamed(id, regions);
    report(
      entry,
      path,
      knownReferencesRule.name,
      `no region "${id}" in ${ctx.input.root}/regions; ${hint ? `${didYouMean(hint)} ` : ''}known regions: ${known}`,
    );
  };
  for (const { entry, data } of ctx.profiles) region(entry, ['region'], data.region);
  for (const { entry, data } of ctx.competencies) {
    data.regions.forEach((r, i) => region(entry, ['regions', i, 'id'], r.id));
    data.businessModels.forEach((model, i) => {
      if (!ctx.businessModelIds.has(model)) {
        report(
          entry,
          ['businessModels', i],
          knownReferencesRule.name,
          `business model "${model}" has no file ${ctx.input.root}/business-models/${model}.mdx; add the file or remove "${model}" here`,
        );
      }
    });
  }
  for (const { entry, data } of ctx.tiers) {
    for (const level of Object.keys(data.needs)) {
      if (!ctx.levelIds.has(level)) {
        report(
          entry,
          ['needs', level],
          knownReferencesRule.name,
          `level "${level}" has no file ${ctx.input.root}/levels/${level}.mdx`,
        );
      }
    }
  }
}
