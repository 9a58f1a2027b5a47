import { BusinessModelSchema } from '../schemas/business-model.ts';
import { CompetencySchema } from '../schemas/competency.ts';
import { LevelSchema } from '../schemas/level.ts';
import { RegionSchema } from '../schemas/region.ts';
import { TierSchema } from '../schemas/tier.ts';
import { valueAt } from './issues.ts';
import { formatPath } from './report.ts';
import { checkDesignation } from './rules/designation.ts';
import { checkExpertAtLeastPrincipal } from './rules/expert-at-least-principal.ts';
import { checkFileNames } from './rules/file-names.ts';
import { checkIllustrative, ILLUSTRATIVE_POLICY } from './rules/illustrative-figures.ts';
import { checkLinks } from './rules/internal-links.ts';
import { checkProvenance } from './rules/provenance.ts';
import { checkMissingFiles, checkReferences } from './rules/known-references.ts';
import { checkLevelsPerModel } from './rules/levels-per-business-model.ts';
import { checkPlaceholders } from './rules/placeholders.ts';
import { checkRequirementIds } from './rules/requirement-ids.ts';
import { checkLock } from './rules/rules-lock.ts';
import { checkTiers } from './rules/tier-thresholds-increase.ts';
import { checkUndeclaredModels } from './rules/undeclared-business-model.ts';
import { checkVersions } from './rules/version-history.ts';
import type {
  CheckResult,
  ContentInput,
  ContentProblem,
  Context,
  IllustrativePolicy,
  Report,
} from './types.ts';
import { validateAll } from './validate.ts';

/** A rule across fields, files and versions: reports at a field, or adds a problem of its own (a missing file). */
type Check = (ctx: Context, report: Report, problems: ContentProblem[]) => void;

/**
 * The rules after every file passed its schema (src/content-check/rules/, one a file), in the order they
 * run; problems on the same line keep this order. rule-names.ts lists what each protects.
 */
const CHECKS: readonly Check[] = [
  checkFileNames,
  (ctx, _report, problems) => checkMissingFiles(ctx, problems),
  checkReferences,
  checkExpertAtLeastPrincipal,
  checkLevelsPerModel,
  checkUndeclaredModels,
  checkRequirementIds,
  checkTiers,
  checkIllustrative,
  checkProvenance,
  checkDesignation,
  checkVersions,
  checkLinks,
  checkPlaceholders,
  checkLock,
];

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

  for (const rule of CHECKS) rule(ctx, report, problems);

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
