import type { z } from 'astro/zod';
import { BusinessModelSchema } from '../schemas/business-model.ts';
import { CompetencySchema, type Competency } from '../schemas/competency.ts';
import { BUSINESS_MODEL_IDS, LEVEL_IDS, RegionIdSchema, SlugSchema } from '../schemas/ids.ts';
import { LevelSchema } from '../schemas/level.ts';
import { RegionSchema } from '../schemas/region.ts';
import type { Requirement, RequirementKind } from '../schemas/requirement.ts';
import { TierSchema, type Tier } from '../schemas/tier.ts';
import type { SourcePosition } from './frontmatter.ts';
import { closest, describeIssue, describeUnknownField, findUnknownFields, valueAt } from './issues.ts';
import { brokenLinkReason, findInternalLinks } from './links.ts';
import type { RawEntry } from './load.ts';
import {
  compareVersions,
  diffRules,
  lockEntry,
  nextVersion,
  parseLock,
  RULES_LOCK_FILE,
  type RulesLock,
} from './rules-lock.ts';

/** Whether a problem stops the build (error) or is only shown (warning). */
export type Severity = 'error' | 'warning';

/** One problem found in the content, located at the line of the field it is about. */
export interface ContentProblem {
  /** The file, relative to the working directory, e.g. "content/competencies/archiving.mdx". */
  file: string;
  /** 1-based line of the offending field (for a missing field: of the nearest enclosing one). */
  line: number;
  /** 1-based column of that field. */
  column: number;
  /** The field as editors write it, e.g. "requirements.expert.integrate[2].count"; "frontmatter" or "body" for the whole part. */
  path: string;
  /** What is wrong, what was expected and an example of a good value. */
  message: string;
  /** The rule that found the problem, e.g. "expert-at-least-principal". */
  rule: RuleName;
  severity: Severity;
}

/** Which example figures must carry `illustrative: true`. One place to change once the program publishes figures. */
export interface IllustrativePolicy {
  /** Requirement kinds whose figure is not published by the program. */
  requirementKinds: readonly RequirementKind[];
  /** Whether tier counts above zero are example values. */
  tierCounts: boolean;
}

/**
 * The program publishes no figures, so every threshold the content states is an example. Trade press did
 * report tier counts, but no primary source confirms them, so they are treated as examples too.
 */
export const ILLUSTRATIVE_POLICY: IllustrativePolicy = {
  requirementKinds: ['exam', 'revenue', 'growth', 'references', 'satisfaction'],
  tierCounts: true,
};

/** The raw content of every collection, as read from disk by readContent() or built by a test. */
export interface ContentInput {
  /** The content directory as shown in messages, e.g. "content". */
  root: string;
  competencies: readonly RawEntry[];
  levels: readonly RawEntry[];
  businessModels: readonly RawEntry[];
  regions: readonly RawEntry[];
  tiers: readonly RawEntry[];
  /** The rules lock file's text, or undefined when the file does not exist. */
  lockText: string | undefined;
}

/** Everything the check found, with the number of entries per collection for the summary. */
export interface CheckResult {
  problems: ContentProblem[];
  counts: Record<'competencies' | 'levels' | 'businessModels' | 'regions' | 'tiers', number>;
}

/** The figure each requirement kind is measured by; kinds without a number have none. */
export const FIGURE_FIELD: Readonly<
  Record<RequirementKind, 'people' | 'amount' | 'percent' | 'count' | 'threshold' | undefined>
> = {
  training: undefined,
  status: undefined,
  exam: 'people',
  revenue: 'amount',
  growth: 'percent',
  references: 'count',
  satisfaction: 'threshold',
};

/** Every rule the check applies, with what it protects; the editor's guide lists the same names. */
export const RULES = {
  yaml: 'the frontmatter is valid YAML between two "---" lines',
  schema: 'every field has the type and form its schema expects',
  'unknown-field': 'no field the schema does not know (a typo would otherwise be dropped silently)',
  'file-names': 'file names are valid ids: slugs for competencies, known ids for levels and business models',
  'expert-at-least-principal':
    "Expert thresholds are at least Principal's for the same requirement id, kind and model",
  'levels-per-business-model':
    'every offered business model has requirements at both levels (one for a designation)',
  'undeclared-business-model': 'no requirements for a business model missing from businessModels',
  'known-references': 'region, business model and level references point at existing files',
  'unique-requirement-ids': 'requirement ids are unique within each level and business model list',
  'consistent-requirement-kind': 'the same requirement id has the same kind everywhere in a competency',
  'tier-thresholds-increase':
    'higher tiers need at least as many competencies, and more of at least one level',
  'internal-links': 'links in MDX bodies point at pages that exist',
  'illustrative-figures': 'figures the program does not publish are marked illustrative',
  designation: 'a designation block exactly on interim designations, for a business model they offer',
  'version-history': 'history starts with the current version and date, newest first',
  'rules-lock': 'a changed requirement comes with a new version, recorded in the rules lock',
  placeholders: 'no placeholder text from the scaffold is left (warning)',
} as const;

/** The name of a rule, e.g. "expert-at-least-principal". */
export type RuleName = keyof typeof RULES;

type Path = readonly PropertyKey[];
type Report = (
  entry: RawEntry,
  path: Path,
  rule: RuleName,
  message: string,
  options?: {
    severity?: Severity;
    /** An exact position, for problems in the body. */
    at?: SourcePosition;
    /** Where to point when `path` is not in the file (a field that is missing), e.g. the figure it is about. */
    near?: Path;
  },
) => void;

interface Checked<T> {
  entry: RawEntry;
  data: T;
}

interface Context {
  input: ContentInput;
  competencies: Checked<Competency>[];
  tiers: Checked<Tier>[];
  regionIds: Set<string>;
  businessModelIds: Set<string>;
  levelIds: Set<string>;
  slugs: Set<string>;
  policy: IllustrativePolicy;
}

const LEVEL_TITLE: Record<string, string> = { principal: 'Principal', expert: 'Expert' };

/** Each requirement list of a competency with where it sits, in file order. */
function requirementLists(c: Competency): { level: string; model: string; list: Requirement[] }[] {
  const out: { level: string; model: string; list: Requirement[] }[] = [];
  for (const level of LEVEL_IDS) {
    for (const model of BUSINESS_MODEL_IDS) {
      const list = c.requirements[level]?.[model];
      if (list) out.push({ level, model, list });
    }
  }
  return out;
}

function validate<T>(entry: RawEntry, schema: z.ZodType<T>, report: Report): T | undefined {
  const fm = entry.frontmatter;
  for (const error of fm.errors) {
    report(entry, [], 'yaml', `${error.message}; check indentation and quoting on this line`, {
      at: error.position,
    });
  }
  if (fm.errors.length > 0) return undefined;
  for (const field of findUnknownFields(schema, fm.data)) {
    report(entry, field.path, 'unknown-field', describeUnknownField(field));
  }
  const result = schema.safeParse(fm.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') continue; // reported by findUnknownFields, one key a line
    report(entry, issue.path, 'schema', describeIssue(issue, fm.data));
  }
  return undefined;
}

function checkFileNames(ctx: Context, report: Report): void {
  const { input } = ctx;
  for (const entry of [...input.competencies, ...input.tiers]) {
    if (!SlugSchema.safeParse(entry.id).success) {
      report(
        entry,
        [],
        'file-names',
        `file name "${entry.id}" is also the page address; expected lower-case words joined by hyphens, e.g. data-security.mdx`,
      );
    }
  }
  for (const entry of input.regions) {
    if (!RegionIdSchema.safeParse(entry.id).success) {
      report(
        entry,
        [],
        'file-names',
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
          'file-names',
          `file name "${entry.id}" is not a ${what} id; expected one of: ${ids.map((id) => `${id}.mdx`).join(', ')}`,
        );
      }
    }
  }
}

function checkMissingFiles(ctx: Context, problems: ContentProblem[]): void {
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
        rule: 'known-references',
        severity: 'error',
      });
    }
  }
}

function checkReferences(ctx: Context, report: Report): void {
  const regions = [...ctx.regionIds].sort();
  for (const { entry, data } of ctx.competencies) {
    data.regions.forEach((region, i) => {
      if (ctx.regionIds.has(region.id)) return;
      const hint = closest(region.id, regions);
      report(
        entry,
        ['regions', i, 'id'],
        'known-references',
        `no region "${region.id}" in ${ctx.input.root}/regions; ${hint ? `did you mean "${hint}"? ` : ''}known regions: ${regions.join(', ')}`,
      );
    });
    data.businessModels.forEach((model, i) => {
      if (!ctx.businessModelIds.has(model)) {
        report(
          entry,
          ['businessModels', i],
          'known-references',
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
          'known-references',
          `level "${level}" has no file ${ctx.input.root}/levels/${level}.mdx`,
        );
      }
    }
  }
}

function checkExpertAtLeastPrincipal(ctx: Context, report: Report): void {
  for (const { entry, data } of ctx.competencies) {
    for (const model of BUSINESS_MODEL_IDS) {
      const principal = data.requirements.principal?.[model] ?? [];
      (data.requirements.expert?.[model] ?? []).forEach((expert, i) => {
        const j = principal.findIndex((p) => p.id === expert.id && p.kind === expert.kind);
        const base = principal[j];
        const field = FIGURE_FIELD[expert.kind];
        if (base === undefined || field === undefined || !comparable(base, expert)) return;
        const low = (base as Record<string, unknown>)[field] as number;
        const high = (expert as Record<string, unknown>)[field] as number;
        if (high >= low) return;
        report(
          entry,
          ['requirements', 'expert', model, i, field],
          'expert-at-least-principal',
          `Expert asks for ${high}, less than Principal's ${low} (requirements.principal.${model}[${j}].${field}); expected at least that, e.g. ${field}: ${low}`,
        );
      });
    }
  }
}

/** Two thresholds can only be compared when they count the same thing over the same period and scale. */
function comparable(a: Requirement, b: Requirement): boolean {
  if (a.kind === 'revenue' && b.kind === 'revenue')
    return a.currency === b.currency && a.periodMonths === b.periodMonths;
  if (a.kind === 'growth' && b.kind === 'growth') return a.periodMonths === b.periodMonths;
  if (a.kind === 'satisfaction' && b.kind === 'satisfaction')
    return a.scale.min === b.scale.min && a.scale.max === b.scale.max;
  return a.kind === b.kind;
}

function checkLevelsPerModel(ctx: Context, report: Report): void {
  for (const { entry, data } of ctx.competencies) {
    for (const model of data.businessModels) {
      const lists = LEVEL_IDS.map((level) => data.requirements[level]?.[model]);
      if (data.kind === 'interim-designation') {
        if (lists.every((list) => list === undefined || list.length === 0)) {
          report(
            entry,
            ['requirements'],
            'levels-per-business-model',
            `businessModels offers ${model}, so expected requirements for ${model} at one level at least, e.g. requirements.expert.${model}`,
          );
        }
        continue;
      }
      LEVEL_IDS.forEach((level, i) => {
        const list = lists[i];
        if (list === undefined) {
          report(
            entry,
            ['requirements', level],
            'levels-per-business-model',
            `businessModels offers ${model}, so expected requirements.${level}.${model} with the ${LEVEL_TITLE[level]} requirements for ${model} partners`,
          );
        } else if (list.length === 0) {
          report(
            entry,
            ['requirements', level, model],
            'levels-per-business-model',
            `expected at least one ${LEVEL_TITLE[level]} requirement for ${model}, e.g. - kind: references`,
          );
        }
      });
    }
  }
}

function checkUndeclaredModels(ctx: Context, report: Report): void {
  for (const { entry, data } of ctx.competencies) {
    for (const { level, model } of requirementLists(data)) {
      if (!data.businessModels.includes(model as (typeof BUSINESS_MODEL_IDS)[number])) {
        report(
          entry,
          ['requirements', level, model],
          'undeclared-business-model',
          `requirements for ${model}, but businessModels does not list ${model}; add it, e.g. businessModels: [${[...data.businessModels, model].join(', ')}], or remove this list`,
        );
      }
    }
  }
}

function checkRequirementIds(ctx: Context, report: Report): void {
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

function checkTiers(ctx: Context, report: Report): void {
  const tiers = [...ctx.tiers].sort((a, b) => a.data.rank - b.data.rank);
  tiers.forEach((tier, i) => {
    const previous = tiers[i - 1];
    if (previous === undefined) return;
    const { entry, data } = tier;
    const before = previous.data;
    if (data.rank === before.rank) {
      report(
        entry,
        ['rank'],
        'tier-thresholds-increase',
        `rank ${data.rank} is also ${before.title}'s rank; expected each tier its own rank, e.g. rank: ${data.rank + 1}`,
      );
      return;
    }
    let lower = false;
    for (const level of LEVEL_IDS) {
      if (data.needs[level] < before.needs[level]) {
        lower = true;
        report(
          entry,
          ['needs', level],
          'tier-thresholds-increase',
          `${data.title} needs ${data.needs[level]} at ${LEVEL_TITLE[level]}, fewer than ${before.title} (rank ${before.rank}) needs; expected at least ${before.needs[level]}`,
        );
      }
    }
    if (!lower && LEVEL_IDS.every((level) => data.needs[level] === before.needs[level])) {
      report(
        entry,
        ['needs'],
        'tier-thresholds-increase',
        `${data.title} needs the same as ${before.title} (rank ${before.rank}); expected more at one level at least, e.g. expert: ${before.needs.expert + 1}`,
      );
    }
  });
}

function checkIllustrative(ctx: Context, report: Report): void {
  const kinds = new Set<string>(ctx.policy.requirementKinds);
  for (const { entry, data } of ctx.competencies) {
    for (const { level, model, list } of requirementLists(data)) {
      list.forEach((req, i) => {
        const field = FIGURE_FIELD[req.kind];
        if (!kinds.has(req.kind) || req.illustrative || field === undefined) return;
        const value = (req as Record<string, unknown>)[field];
        report(
          entry,
          ['requirements', level, model, i, 'illustrative'],
          'illustrative-figures',
          `the program publishes no ${req.kind} figure, so ${field}: ${String(value)} is an example; expected illustrative: true so the site says so`,
          { near: ['requirements', level, model, i, field] },
        );
      });
    }
  }
  if (!ctx.policy.tierCounts) return;
  for (const { entry, data } of ctx.tiers) {
    if (!data.illustrative && (data.needs.principal > 0 || data.needs.expert > 0)) {
      report(
        entry,
        ['illustrative'],
        'illustrative-figures',
        'the tier counts in needs are not published by the program; expected illustrative: true so the site says so',
        { near: ['needs'] },
      );
    }
  }
}

function checkDesignation(ctx: Context, report: Report): void {
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

function checkVersions(ctx: Context, report: Report): void {
  for (const { entry, data } of ctx.competencies) {
    const [newest] = data.history;
    if (newest && newest.version !== data.version) {
      report(
        entry,
        ['history', 0, 'version'],
        'version-history',
        `the first history entry must describe the current version "${data.version}"; expected version: "${data.version}" (add a new entry at the top for a new version)`,
      );
    } else if (newest && newest.date !== data.effective) {
      report(
        entry,
        ['history', 0, 'date'],
        'version-history',
        `the first history entry must carry the effective date; expected date: ${data.effective}`,
      );
    }
    data.history.forEach((change, i) => {
      const newer = data.history[i - 1];
      if (newer === undefined) return;
      if (compareVersions(newer.version, change.version) <= 0) {
        report(
          entry,
          ['history', i, 'version'],
          'version-history',
          `versions go newest first, so expected a version below "${newer.version}" here; found "${change.version}"`,
        );
      } else if (change.date > newer.date) {
        report(
          entry,
          ['history', i, 'date'],
          'version-history',
          `version "${change.version}" is dated after the newer "${newer.version}" (${newer.date}); expected ${newer.date} or earlier`,
        );
      }
    });
  }
}

function checkLinks(ctx: Context, report: Report): void {
  const { input } = ctx;
  for (const entry of [
    ...input.competencies,
    ...input.levels,
    ...input.businessModels,
    ...input.regions,
    ...input.tiers,
  ]) {
    for (const link of findInternalLinks(entry.frontmatter.body, entry.frontmatter.bodyLine)) {
      const reason = brokenLinkReason(link.href, ctx.slugs);
      if (reason) report(entry, ['body'], 'internal-links', `link ${link.href}: ${reason}`, { at: link });
    }
  }
}

const PLACEHOLDER = /\bTODO\b/;

function checkPlaceholders(ctx: Context, report: Report): void {
  const visit = (entry: RawEntry, value: unknown, path: PropertyKey[]): void => {
    if (typeof value === 'string' && PLACEHOLDER.test(value)) {
      report(
        entry,
        path,
        'placeholders',
        `placeholder text left from the scaffold: ${JSON.stringify(value)}; replace it before publishing`,
        { severity: 'warning' },
      );
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(entry, item, [...path, i]));
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(entry, item, [...path, key]);
    }
  };
  for (const entry of ctx.input.competencies) {
    visit(entry, entry.frontmatter.data, []);
    entry.frontmatter.body.split('\n').forEach((text, i) => {
      const column = text.search(PLACEHOLDER);
      if (column >= 0) {
        report(
          entry,
          ['body'],
          'placeholders',
          'placeholder text left from the scaffold; replace it before publishing',
          {
            severity: 'warning',
            at: { line: entry.frontmatter.bodyLine + i, column: column + 1 },
          },
        );
      }
    });
  }
}

function checkLock(ctx: Context, report: Report, problems: ContentProblem[]): void {
  const lockFile = `${ctx.input.root}/${RULES_LOCK_FILE}`;
  const lockProblem = (line: number, path: string, message: string, severity: Severity = 'error') =>
    problems.push({ file: lockFile, line, column: 1, path, message, rule: 'rules-lock', severity });
  if (ctx.input.lockText === undefined) {
    if (ctx.competencies.length > 0) {
      lockProblem(
        1,
        'file',
        'no rules lock yet, so rule changes cannot be noticed; run npm run content:lock to record the current versions',
        'warning',
      );
    }
    return;
  }
  const parsed = parseLock(ctx.input.lockText);
  if ('error' in parsed) {
    lockProblem(1, 'file', `${parsed.error}; regenerate it with npm run content:lock`);
    return;
  }
  const lock: RulesLock = parsed.lock;
  const lines = ctx.input.lockText.split('\n');
  for (const slug of Object.keys(lock)) {
    if (ctx.slugs.has(slug)) continue;
    const line = lines.findIndex((text) => text.startsWith(`  ${JSON.stringify(slug)}:`)) + 1;
    lockProblem(
      line || 1,
      slug,
      `the lock records "${slug}" but ${ctx.input.root}/competencies/${slug}.mdx is gone; to withdraw a competency set status: retired instead, or run npm run content:lock if deleting it is intended`,
    );
  }
  for (const { entry, data } of ctx.competencies) {
    const locked = lock[entry.id];
    if (locked === undefined) {
      report(
        entry,
        ['version'],
        'rules-lock',
        'new competency, not yet in the rules lock; run npm run content:lock once its first version is final',
        { severity: 'warning' },
      );
      continue;
    }
    const order = compareVersions(data.version, locked.version);
    if (order < 0) {
      report(
        entry,
        ['version'],
        'rules-lock',
        `the rules lock records version "${locked.version}"; versions only go up, so expected "${nextVersion(locked.version)}" or higher`,
      );
    } else if (order > 0) {
      report(
        entry,
        ['version'],
        'rules-lock',
        `version "${data.version}" is not recorded yet (the lock has "${locked.version}"); run npm run content:lock and commit ${lockFile}`,
      );
    } else {
      const current = lockEntry(entry.id, data);
      if (current.hash === locked.hash) continue;
      for (const difference of diffRules(locked.rules, current.rules, data)) {
        report(
          entry,
          difference.path,
          'rules-lock',
          `${difference.change} without a new version; raise "version" (e.g. "${nextVersion(data.version)}"), add a history entry, then run npm run content:lock`,
        );
      }
    }
  }
}

function validateAll<T>(entries: readonly RawEntry[], schema: z.ZodType<T>, report: Report): Checked<T>[] {
  const out: Checked<T>[] = [];
  for (const entry of entries) {
    const data = validate(entry, schema, report);
    if (data !== undefined) out.push({ entry, data });
  }
  return out;
}

/** Formats a field path the way editors read it: `requirements.expert.integrate[2].count`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : `${out === '' ? '' : '.'}${String(segment)}`;
  }
  return out === '' ? 'frontmatter' : out;
}

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

  checkFileNames(ctx, report);
  checkMissingFiles(ctx, problems);
  checkReferences(ctx, report);
  checkExpertAtLeastPrincipal(ctx, report);
  checkLevelsPerModel(ctx, report);
  checkUndeclaredModels(ctx, report);
  checkRequirementIds(ctx, report);
  checkTiers(ctx, report);
  checkIllustrative(ctx, report);
  checkDesignation(ctx, report);
  checkVersions(ctx, report);
  checkLinks(ctx, report);
  checkPlaceholders(ctx, report);
  checkLock(ctx, report, problems);

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

/** One problem as a line: `file:LINE:COLUMN  field.path  message`, warnings marked as such. */
export function formatProblem(problem: ContentProblem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.path}  ${prefix}${problem.message}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Whether the result has problems that must stop a build. */
export function hasErrors(result: CheckResult): boolean {
  return result.problems.some((p) => p.severity === 'error');
}

/** The last line of a check: "2 problems in 1 file" or "Content OK: 12 competencies, 2 levels, ...". */
export function summarize(result: CheckResult): string {
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.length - errors.length;
  const note = warnings > 0 ? ` (${plural(warnings, 'warning', 'warnings')})` : '';
  if (errors.length > 0) {
    const files = new Set(errors.map((p) => p.file)).size;
    return `${plural(errors.length, 'problem', 'problems')} in ${plural(files, 'file', 'files')}${note}`;
  }
  const c = result.counts;
  return `Content OK: ${plural(c.competencies, 'competency', 'competencies')}, ${plural(c.levels, 'level', 'levels')}, ${plural(c.businessModels, 'business model', 'business models')}, ${plural(c.regions, 'region', 'regions')}, ${plural(c.tiers, 'tier', 'tiers')}${note}`;
}
