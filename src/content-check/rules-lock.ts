import { z } from 'astro/zod';
import type { Competency } from '../schemas/competency.ts';
import { canonicalRules, rulesHash } from '../engine/hash.ts';
import { toRules, type CompetencyRules } from '../domain/rules.ts';
import { canonicalize, canonicalJson, type JsonValue } from '../util/canonical-json.ts';
import { isRecord } from '../util/is-record.ts';

/** File name of the rules lock inside the content directory. */
export const RULES_LOCK_FILE = 'rules-lock.json';

/** What the lock records for one competency: the version and the rules that version stands for. */
export const RulesLockEntrySchema = z
  .object({
    /** The rules version the recorded rules belong to, e.g. "1.0". */
    version: z.string(),
    /** The rules hash saved and shared assessments carry (rulesHash in src/engine/hash.ts). */
    hash: z.string(),
    /** The rules that hash stands for, as canonicalRules() gives them, so a change can be named field by field. */
    // JSON.parse already guarantees JSON; validating every nested value again would cost more than the check.
    rules: z.custom<JsonValue>((value) => value !== undefined),
  })
  .strict();

/** The whole lock file: competency slug to its recorded rules. */
export const RulesLockSchema = z.record(z.string(), RulesLockEntrySchema);

export type RulesLockEntry = z.output<typeof RulesLockEntrySchema>;
export type RulesLock = z.output<typeof RulesLockSchema>;

/** The frontmatter of a competency, as its schema outputs it. */
export type RuleFields = Competency;

type Path = (string | number)[];
type JsonObject = { [key: string]: JsonValue };

const isObject = (value: JsonValue | undefined): value is JsonObject => isRecord(value);

/**
 * The lock entry for a competency at its current version. It reuses the assessment engine's rules hash, so
 * the lock changes exactly when saved assessments would see different rules: wording (label, evidence,
 * help), provenance, the body and the order of requirements do not count.
 */
export function lockEntry(slug: string, competency: Competency): RulesLockEntry {
  const rules = toRules({ id: slug, data: competency });
  return { version: competency.version, hash: rulesHash(rules), rules: canonicalize(canonicalRules(rules)) };
}

/** Parses the text of a lock file; returns an error message instead of throwing. */
export function parseLock(text: string): { lock: RulesLock } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const result = RulesLockSchema.safeParse(json);
  if (!result.success) return { error: 'expected a map of competency slugs to { version, hash, rules }' };
  return { lock: result.data };
}

/** Serialises a lock with slugs in order and a final newline, so diffs stay small. */
export function serializeLock(lock: RulesLock): string {
  const ordered: RulesLock = {};
  for (const slug of Object.keys(lock).sort()) {
    const entry = lock[slug];
    if (entry) ordered[slug] = entry;
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** One rule that differs from the lock, located by its path in the current frontmatter. */
export interface RulesDifference {
  /** Path in the current frontmatter, e.g. ['requirements', 'expert', 'integrate', 2, 'count']. */
  path: Path;
  /** What happened, e.g. "changed from 2 to 3". */
  change: string;
}

/** Shows a value the way an editor wrote it in YAML. */
export function showValue(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => showValue(v)).join(', ')}]`;
  if (isObject(value))
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${showValue(v)}`)
      .join(', ')} }`;
  return String(value);
}

function diffValues(
  beforeValue: JsonValue | undefined,
  afterValue: JsonValue | undefined,
  path: Path,
  out: RulesDifference[],
): void {
  // canonicalRules() writes an absent designation as null; editors see it as a field that is not there.
  const before = beforeValue === null ? undefined : beforeValue;
  const after = afterValue === null ? undefined : afterValue;
  if (isObject(before) && isObject(after)) {
    for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
      diffValues(before[key], after[key], [...path, key], out);
    }
    return;
  }
  if (
    canonicalJson(before ?? null) === canonicalJson(after ?? null) &&
    (before === undefined) === (after === undefined)
  )
    return;
  if (before === undefined) out.push({ path, change: `added with ${showValue(after)}` });
  else if (after === undefined) out.push({ path, change: `removed (it was ${showValue(before)})` });
  else out.push({ path, change: `changed from ${showValue(before)} to ${showValue(after)}` });
}

/** The id of a requirement in a canonical list, if it has one. */
function idOf(value: JsonValue): string | undefined {
  return isObject(value) && typeof value['id'] === 'string' ? value['id'] : undefined;
}

/**
 * Lists every rule that differs between the locked rules and the current ones (both canonical, as
 * lockedRules() returns them). Requirements are matched by id and located by their index in the current
 * file, so a change is reported at the field that changed, not as a shifted list.
 */
export function diffRules(locked: JsonValue, current: JsonValue, competency: RuleFields): RulesDifference[] {
  const out: RulesDifference[] = [];
  const before = isObject(locked) ? locked : {};
  const after = isObject(current) ? current : {};
  for (const key of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    if (key !== 'requirements') diffValues(before[key], after[key], [key], out);
  }
  const beforeReqs = isObject(before['requirements']) ? before['requirements'] : {};
  const afterReqs = isObject(after['requirements']) ? after['requirements'] : {};
  for (const level of [...new Set([...Object.keys(beforeReqs), ...Object.keys(afterReqs)])].sort()) {
    const beforeLevel = beforeReqs[level];
    const afterLevel = afterReqs[level];
    const beforeModels = isObject(beforeLevel) ? beforeLevel : {};
    const afterModels = isObject(afterLevel) ? afterLevel : {};
    const fileLists: Record<string, { id: string }[] | undefined> =
      competency.requirements[level as keyof RuleFields['requirements']] ?? {};
    for (const model of [...new Set([...Object.keys(beforeModels), ...Object.keys(afterModels)])].sort()) {
      const listPath: Path = ['requirements', level, model];
      const beforeList = beforeModels[model];
      const afterList = afterModels[model];
      if (!Array.isArray(afterList)) {
        if (Array.isArray(beforeList)) out.push({ path: listPath, change: 'removed (the whole list)' });
        continue;
      }
      if (!Array.isArray(beforeList)) {
        out.push({ path: listPath, change: 'added as a new list of requirements' });
        continue;
      }
      const fileOrder = (fileLists[model] ?? []).map((r) => r.id);
      const beforeById = new Map(beforeList.map((item) => [idOf(item), item]));
      const afterIds = new Set(afterList.map(idOf));
      for (const item of afterList) {
        const id = idOf(item);
        const index = id === undefined ? -1 : fileOrder.indexOf(id);
        const path: Path = index >= 0 ? [...listPath, index] : listPath;
        const previous = beforeById.get(id);
        if (previous === undefined) out.push({ path, change: `requirement "${id}" added` });
        else diffValues(previous, item, path, out);
      }
      for (const [id] of beforeById) {
        if (!afterIds.has(id)) out.push({ path: listPath, change: `requirement "${id}" removed` });
      }
    }
  }
  return out;
}

const LEVELS = ['principal', 'expert'] as const;
const MODELS = ['integrate', 'resell'] as const;

/**
 * The rules the lock recorded, as the engine scores them: the locked verdict fields, with the current file's
 * wording (title, labels, evidence, help, provenance, region notes) where it still has the same requirement,
 * so the before and after of a change read alike. Scoring them gives what the recorded version gave.
 */
export function rulesFromLock(slug: string, locked: RulesLockEntry, current: Competency): CompetencyRules {
  const rules = isObject(locked.rules) ? locked.rules : {};
  const requirements: Record<string, Record<string, unknown[]>> = {};
  const lockedLevels = isObject(rules['requirements']) ? rules['requirements'] : {};
  for (const level of LEVELS) {
    const models = lockedLevels[level];
    if (!isObject(models)) continue;
    const lists: Record<string, unknown[]> = {};
    for (const model of MODELS) {
      const list = models[model];
      if (!Array.isArray(list)) continue;
      const wording = new Map((current.requirements[level]?.[model] ?? []).map((r) => [r.id, r]));
      lists[model] = list.filter(isObject).map((fields) => {
        const id = idOf(fields) ?? '';
        const own = wording.get(id);
        const words = own?.kind === fields['kind'] ? own : undefined;
        return { label: id, evidence: '', help: '', ...words, ...fields };
      });
    }
    requirements[level] = lists;
  }
  const notes = new Map(current.regions.map((r) => [r.id, r]));
  const regions = Array.isArray(rules['regions']) ? rules['regions'].map(String) : [];
  const designation = isObject(rules['designation']) ? rules['designation'] : undefined;
  const data = {
    ...current,
    kind: rules['kind'],
    status: rules['status'],
    businessModels: rules['businessModels'],
    regions: regions.map((id) => notes.get(id) ?? { id }),
    expertIncludesPrincipal: rules['expertIncludesPrincipal'],
    requirements,
    designation: designation && { until: current.designation?.until ?? '', ...designation },
    version: locked.version,
  } as unknown as Competency;
  return toRules({ id: slug, data });
}
