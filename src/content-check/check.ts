import { BusinessModelSchema } from '../schemas/business-model.ts';
import { CompetencySchema } from '../schemas/competency.ts';
import { LevelSchema } from '../schemas/level.ts';
import { RegionSchema } from '../schemas/region.ts';
import { TierSchema } from '../schemas/tier.ts';
import { valueAt } from './issues.ts';
import { formatPath } from './report.ts';
import type {
  CheckResult,
  ContentInput,
  ContentProblem,
  Context,
  IllustrativePolicy,
  Report,
  RuleInfo,
} from './types.ts';
import { ILLUSTRATIVE_POLICY } from './rules/illustrative-figures.ts';
import { validateAll } from './validate.ts';
import { CONTENT_RULES } from './rules/index.ts';

/**
 * Checks all content: each file against its schema, then the rules across fields, files and versions.
 * Pure: takes what readContent() read and returns every problem, sorted by file and line.
 */
export function checkContent(
  input: ContentInput,
  policy: IllustrativePolicy = ILLUSTRATIVE_POLICY,
): CheckResult {
  const problems: ContentProblem[] = [];
  const report: Report = (entry, path, rule, message, options = {}) => {
    const fm = entry.frontmatter;
    const missing = options.near !== undefined && valueAt(fm.data, path) === undefined;
    const at = options.at ?? fm.positionOf(missing && options.near ? options.near : path);
    problems.push({
      file: entry.file,
      line: at.line,
      column: at.column,
      path: formatPath(path),
      message,
      rule,
      severity: options.severity ?? 'error',
    });
  };

  const ctx: Context = {
    input,
    competencies: validateAll(input.competencies, CompetencySchema, report),
    tiers: validateAll(input.tiers, TierSchema, report),
    regionIds: new Set(input.regions.map((e) => e.id)),
    businessModelIds: new Set(input.businessModels.map((e) => e.id)),
    levelIds: new Set(input.levels.map((e) => e.id)),
    slugs: new Set(input.competencies.map((e) => e.id)),
    policy,
  };
  validateAll(input.levels, LevelSchema, report);
  validateAll(input.businessModels, BusinessModelSchema, report);
  validateAll(input.regions, RegionSchema, report);

  const rules: readonly RuleInfo[] = CONTENT_RULES;
  for (const rule of rules) rule.check?.(ctx, report, problems);

  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return {
    problems,
    counts: {
      competencies: input.competencies.length,
      levels: input.levels.length,
      businessModels: input.businessModels.length,
      regions: input.regions.length,
      tiers: input.tiers.length,
    },
  };
}
