import { BusinessModelSchema } from '../schemas/business-model.ts';
import { CompetencySchema } from '../schemas/competency.ts';
import { LevelSchema } from '../schemas/level.ts';
import { ProfileSchema, type Profile } from '../schemas/profile.ts';
import { RegionSchema } from '../schemas/region.ts';
import { TierSchema } from '../schemas/tier.ts';
import type { z } from 'astro/zod';
import type { Competency } from '../schemas/competency.ts';
import type { Tier } from '../schemas/tier.ts';
import { isRecord } from '../util/is-record.ts';
import { valueAt } from './issues.ts';
import { closestNamed, didYouMean, type Named } from './suggest.ts';
import { formatPath } from './report.ts';
import type {
  Checked,
  CheckResult,
  ContentInput,
  ContentProblem,
  Context,
  IllustrativePolicy,
  RawEntry,
  Report,
  RuleInfo,
} from './types.ts';
import { ILLUSTRATIVE_POLICY } from './rules/illustrative-figures.ts';
import { validate, type Hint } from './validate.ts';
import { rulesLockRule } from './rules/rules-lock.ts';
import { CONTENT_RULES } from './rules/index.ts';
import { TRANSLATED_LANGS } from '../text/text.ts';

/** The regions of the content with the names editors may use for them ("EMEA", "Europe, Middle East and Africa"). */
function namedRegions(input: ContentInput): Named[] {
  return input.regions.map((entry) => {
    const data = isRecord(entry.frontmatter.data) ? entry.frontmatter.data : {};
    const names = [data['short'], data['title']].filter((n): n is string => typeof n === 'string');
    return { id: entry.id, names };
  });
}

/** A schema problem at a competency's region code that names a region: "; did you mean "emea"?". */
function regionHint(regions: readonly Named[]): Hint {
  return (path, found) => {
    if (path[0] !== 'regions' || path[2] !== 'id' || typeof found !== 'string') return undefined;
    const id = closestNamed(found, regions);
    return id === undefined ? undefined : `; ${didYouMean(id)}`;
  };
}

/** An entry that did not fit its schema, with what could still be read of it. */
interface Salvaged<T> {
  checked: Checked<T>;
  /** Whether a rule has read one of the fields with problems since the last reset. */
  touched: () => boolean;
  reset: () => void;
}

/**
 * What can still be read of an entry with problems: each top-level field that fits its schema on its own, so
 * the rules can find the file's other, independent mistakes. A field with problems keeps its raw value, and
 * reading it is noticed, so that whatever a rule says after reading it (a consequence) is left out.
 */
function salvage<T>(
  entry: RawEntry,
  schema: z.ZodObject,
  failed: ReadonlySet<string> | undefined,
): Salvaged<T> | undefined {
  const raw = entry.frontmatter.data;
  if (failed === undefined || !isRecord(raw)) return undefined;
  let touched = false;
  const data: Record<string, unknown> = {};
  for (const [key, field] of Object.entries<z.ZodType>(schema.shape)) {
    const parsed = failed.has(key) ? undefined : field.safeParse(raw[key]);
    if (parsed?.success) data[key] = parsed.data;
    else
      Object.defineProperty(data, key, {
        enumerable: true,
        get: () => {
          touched = true;
          return raw[key];
        },
      });
  }
  return {
    checked: { entry, data: data as T },
    touched: () => touched,
    reset: () => (touched = false),
  };
}

/** Rules that would only repeat a problem the schema already names; they wait until the file fits. */
const AFTER_SCHEMA_ONLY: ReadonlySet<string> = new Set([rulesLockRule.name]);

/**
 * Checks all content: each file against its schema, then the rules across fields, files and versions.
 * Pure: takes what readContent() read and returns every problem, sorted by file and line. A file with
 * several independent mistakes gets each one in the same run; a problem that only follows from another
 * (a version to raise because a field cannot be read) is left out until that one is fixed.
 */
export function checkContent(
  input: ContentInput,
  policy: IllustrativePolicy = ILLUSTRATIVE_POLICY,
  languages: readonly string[] = TRANSLATED_LANGS,
): CheckResult {
  const problems: ContentProblem[] = [];
  const toProblem = (...[entry, path, rule, message, options = {}]: Parameters<Report>): ContentProblem => {
    const fm = entry.frontmatter;
    const missing = options.near !== undefined && valueAt(fm.data, path) === undefined;
    const at = options.at ?? fm.positionOf(missing && options.near ? options.near : path);
    return {
      file: entry.file,
      line: at.line,
      column: at.column,
      path: formatPath(path),
      message,
      rule,
      severity: options.severity ?? 'error',
    };
  };
  const report: Report = (...args) => problems.push(toProblem(...args));

  const regions = namedRegions(input);
  const validateEach = <T>(entries: readonly RawEntry[], schema: z.ZodObject, hint?: Hint) => {
    const passed: Checked<T>[] = [];
    const salvaged: Salvaged<T>[] = [];
    const inexact = new Set<string>();
    for (const entry of entries) {
      const result = validate(entry, schema as unknown as z.ZodType<T>, report, hint);
      if ('data' in result) {
        passed.push({ entry, data: result.data });
        if (!result.exact) inexact.add(entry.file);
      } else {
        const partial = salvage<T>(entry, schema, result.failed);
        if (partial) salvaged.push(partial);
      }
    }
    return { passed, salvaged, inexact };
  };
  const competencies = validateEach<Competency>(input.competencies, CompetencySchema, regionHint(regions));
  const tiers = validateEach<Tier>(input.tiers, TierSchema);
  const profiles = validateEach<Profile>(input.profiles, ProfileSchema);
  const ctx: Context = {
    input,
    competencies: competencies.passed,
    tiers: tiers.passed,
    profiles: profiles.passed,
    regionIds: new Set(input.regions.map((e) => e.id)),
    regionNames: regions,
    businessModelIds: new Set(input.businessModels.map((e) => e.id)),
    levelIds: new Set(input.levels.map((e) => e.id)),
    slugs: new Set(input.competencies.map((e) => e.id)),
    policy,
    languages,
  };
  validateEach(input.levels, LevelSchema);
  validateEach(input.businessModels, BusinessModelSchema);
  validateEach(input.regions, RegionSchema);

  const rules: readonly RuleInfo[] = CONTENT_RULES;
  for (const rule of rules) {
    if (!AFTER_SCHEMA_ONLY.has(rule.name)) rule.check?.(ctx, report, problems);
    // A file with an unknown field is not read as its author meant it: no version to raise until it is.
    else {
      const exact = ctx.competencies.filter((c) => !competencies.inexact.has(c.entry.file));
      rule.check?.({ ...ctx, competencies: exact }, report, problems);
    }
  }

  // The files with problems, one at a time, through every rule that reads none of their broken fields.
  const others = (rule: RuleInfo, partial: Salvaged<unknown>, only: Partial<Context>) => {
    const found: ContentProblem[] = [];
    partial.reset();
    try {
      rule.check?.({ ...ctx, ...only }, (...args) => found.push(toProblem(...args)), found);
    } catch {
      return; // a rule that cannot read the broken fields has nothing independent to say
    }
    // Only its own problems: what the rule says of the other files, the first pass said already.
    if (!partial.touched()) problems.push(...found.filter((p) => p.file === partial.checked.entry.file));
  };
  for (const rule of rules) {
    if (AFTER_SCHEMA_ONLY.has(rule.name)) continue;
    for (const partial of competencies.salvaged) others(rule, partial, { competencies: [partial.checked] });
    for (const partial of tiers.salvaged) others(rule, partial, { tiers: [partial.checked] });
  }

  const seen = new Set<string>();
  const unique = problems.filter((p) => {
    const key = `${p.file}:${p.line}:${p.column}:${p.path}:${p.rule}:${p.message}`;
    return !seen.has(key) && (seen.add(key), true);
  });
  unique.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return {
    problems: unique,
    counts: {
      competencies: input.competencies.length,
      levels: input.levels.length,
      businessModels: input.businessModels.length,
      regions: input.regions.length,
      tiers: input.tiers.length,
    },
  };
}
