/**
 * Versioned rules: what changed between two rule sets, and what that does to saved answers. A saved or
 * shared assessment keeps the rules hash (and, in storage, its verdicts); opened later it is re-scored
 * against the current rules and the verdicts that changed are listed.
 */
import { describeThreshold } from '../domain/kinds.ts';
import { appliedRequirements, type CompetencyRules } from '../domain/rules.ts';
import { BUSINESS_MODEL_IDS, LEVEL_IDS, type BusinessModelId, type LevelId } from '../schemas/ids.ts';
import { canonicalJson } from '../util/canonical-json.ts';
import { assess } from './assess.ts';
import { availabilityRules, ruleFields, rulesHash } from './hash.ts';
import type { Answers, AssessmentContext, CompetencyAssessment, JsonValue } from './types.ts';
import type { RequirementStatus } from '../domain/requirement-status.ts';
import type { Translate } from '../text/translate.ts';

/** A change to where or how a competency is offered. */
export interface AvailabilityChange {
  /** The rule field that changed. */
  field: 'kind' | 'status' | 'businessModels' | 'regions' | 'expertIncludesPrincipal' | 'designation';
  old: JsonValue;
  new: JsonValue;
}

/** One field of a requirement that changed, with both values. */
export interface FieldChange {
  /** The field, e.g. "amount", "count", "weight". */
  field: string;
  /** The old value, or null when the field did not exist. */
  old: JsonValue;
  /** The new value, or null when the field no longer exists. */
  new: JsonValue;
}

/** A requirement added, removed or changed at one level for one business model. */
export type RequirementChange =
  | {
      type: 'added' | 'removed';
      level: LevelId;
      businessModel: BusinessModelId;
      id: string;
      label: string;
      threshold: string;
    }
  | {
      type: 'changed';
      level: LevelId;
      businessModel: BusinessModelId;
      id: string;
      label: string;
      /** The rule fields that changed, e.g. amount 50000 -> 60000. */
      fields: FieldChange[];
      /** The threshold in words before and after, e.g. "USD 50,000 in ..." -> "USD 60,000 in ...". */
      old: string;
      new: string;
    };

/** The difference between two versions of a competency's rules. */
export interface RulesDiff {
  /** Hash of the old rules. */
  from: string;
  /** Hash of the new rules. */
  to: string;
  /** True when the rules score every answer the same way (equal hashes). */
  same: boolean;
  availability: AvailabilityChange[];
  /** Changes to the requirements that apply, per level and business model (Expert includes carried ones). */
  requirements: RequirementChange[];
}

const equal = (a: JsonValue, b: JsonValue): boolean => canonicalJson(a) === canonicalJson(b);

/** Compares two versions of a competency's rules: availability, and requirements per level and model. */
export function diffRules(before: CompetencyRules, after: CompetencyRules, t: Translate): RulesDiff {
  const oldFields = availabilityRules(before);
  const newFields = availabilityRules(after);
  const availability: AvailabilityChange[] = [];
  for (const field of Object.keys(oldFields) as AvailabilityChange['field'][]) {
    if (!equal(oldFields[field], newFields[field])) {
      availability.push({ field, old: oldFields[field], new: newFields[field] });
    }
  }

  const requirements: RequirementChange[] = [];
  for (const level of LEVEL_IDS) {
    for (const businessModel of BUSINESS_MODEL_IDS) {
      const olds = new Map(appliedRequirements(before, level, businessModel).map((r) => [r.id, r]));
      const news = new Map(appliedRequirements(after, level, businessModel).map((r) => [r.id, r]));
      for (const [id, req] of olds) {
        if (!news.has(id)) {
          requirements.push({
            type: 'removed',
            level,
            businessModel,
            id,
            label: req.label,
            threshold: describeThreshold(req, t),
          });
        }
      }
      for (const [id, req] of news) {
        const old = olds.get(id);
        if (old === undefined) {
          requirements.push({
            type: 'added',
            level,
            businessModel,
            id,
            label: req.label,
            threshold: describeThreshold(req, t),
          });
          continue;
        }
        const a = ruleFields(old);
        const b = ruleFields(req);
        const fields: FieldChange[] = [];
        for (const field of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
          const was = a[field] ?? null;
          const now = b[field] ?? null;
          if (!equal(was, now)) fields.push({ field, old: was, new: now });
        }
        if (fields.length > 0) {
          requirements.push({
            type: 'changed',
            level,
            businessModel,
            id,
            label: req.label,
            fields,
            old: describeThreshold(old, t),
            new: describeThreshold(req, t),
          });
        }
      }
    }
  }
  const from = rulesHash(before);
  const to = rulesHash(after);
  return { from, to, same: from === to, availability, requirements };
}

/** The verdicts of an assessment in compact form, for storage next to the answers. */
export interface Verdicts {
  /** False when the competency was not offered in the context. */
  offered: boolean;
  /** The level achieved, or null. */
  achieved: LevelId | null;
  /** Per offered level: whether it was met, and each requirement's state and label. */
  levels: Partial<
    Record<
      LevelId,
      { met: boolean; requirements: Record<string, { status: RequirementStatus; label: string }> }
    >
  >;
}

/** Extracts the verdicts of an assessment. */
export function verdictsOf(assessment: CompetencyAssessment): Verdicts {
  if (assessment.status === 'not-offered') return { offered: false, achieved: null, levels: {} };
  const levels: Verdicts['levels'] = {};
  for (const l of assessment.levels) {
    const requirements: Record<string, { status: RequirementStatus; label: string }> = {};
    for (const r of l.requirements) requirements[r.id] = { status: r.status, label: r.label };
    levels[l.level] = { met: l.met, requirements };
  }
  return { offered: true, achieved: assessment.achieved, levels };
}

/** A requirement's state at a level; "absent" when the level did not ask for it. */
export type VerdictState = RequirementStatus | 'absent';

/** The verdicts that differ between the saved assessment and the re-scored one. */
export interface VerdictChanges {
  /** Whether the competency is offered, before and after, when that changed. */
  offered: { before: boolean; after: boolean } | null;
  /** The level achieved, before and after, when that changed. */
  achieved: { before: LevelId | null; after: LevelId | null } | null;
  /** Levels whose met / not met verdict changed; null for a level not offered. */
  levels: { level: LevelId; before: boolean | null; after: boolean | null }[];
  /** Requirements whose state changed at a level. */
  requirements: { level: LevelId; id: string; label: string; before: VerdictState; after: VerdictState }[];
}

/** Lists the verdicts that differ between two sets of verdicts. */
export function compareVerdicts(before: Verdicts, after: Verdicts): VerdictChanges {
  const changes: VerdictChanges = {
    offered: before.offered === after.offered ? null : { before: before.offered, after: after.offered },
    achieved: before.achieved === after.achieved ? null : { before: before.achieved, after: after.achieved },
    levels: [],
    requirements: [],
  };
  for (const level of LEVEL_IDS) {
    const old = before.levels[level];
    const now = after.levels[level];
    const wasMet = old?.met ?? null;
    const isMet = now?.met ?? null;
    if (wasMet !== isMet) changes.levels.push({ level, before: wasMet, after: isMet });
    const oldReqs = old?.requirements ?? {};
    const newReqs = now?.requirements ?? {};
    for (const [id, is] of Object.entries(newReqs)) {
      const was: VerdictState = Object.hasOwn(oldReqs, id) ? (oldReqs[id]?.status ?? 'absent') : 'absent';
      if (was !== is.status)
        changes.requirements.push({ level, id, label: is.label, before: was, after: is.status });
    }
    for (const [id, was] of Object.entries(oldReqs)) {
      if (!Object.hasOwn(newReqs, id)) {
        changes.requirements.push({ level, id, label: was.label, before: was.status, after: 'absent' });
      }
    }
  }
  return changes;
}

/** Saved answers as storage and share links keep them. */
export interface SavedAssessment {
  /** The rules hash the answers were scored against. */
  rulesHash: string;
  context: AssessmentContext;
  answers: Answers;
  /** The verdicts at the time, when stored; share links carry none. */
  verdicts?: Verdicts | undefined;
}

/** Saved answers scored against the current rules. */
export interface Rescored {
  /** The assessment under the current rules. */
  assessment: CompetencyAssessment;
  /** True when the rules hash differs from the saved one. */
  rulesChanged: boolean;
  /** The saved and the current rules hash. */
  from: string;
  to: string;
  /** The verdicts that changed, or null when the saved assessment kept no verdicts to compare with. */
  changes: VerdictChanges | null;
  /** True when at least one verdict changed. */
  changed: boolean;
}

const hasChanges = (c: VerdictChanges): boolean =>
  c.offered !== null || c.achieved !== null || c.levels.length > 0 || c.requirements.length > 0;

/** Re-scores saved answers against the current rules and reports which verdicts changed. */
export function rescore(saved: SavedAssessment, rules: CompetencyRules, t: Translate): Rescored {
  const assessment = assess(rules, saved.context, saved.answers, t);
  const changes = saved.verdicts ? compareVerdicts(saved.verdicts, verdictsOf(assessment)) : null;
  return {
    assessment,
    rulesChanged: saved.rulesHash !== assessment.rulesHash,
    from: saved.rulesHash,
    to: assessment.rulesHash,
    changes,
    changed: changes !== null && hasChanges(changes),
  };
}

/** Scores the same answers under old and new rules: the rules diff plus the verdicts that changed. */
export function rescoreWithRules(
  before: CompetencyRules,
  after: CompetencyRules,
  context: AssessmentContext,
  answers: Answers,
  t: Translate,
): Rescored & { diff: RulesDiff } {
  const old = assess(before, context, answers, t);
  const result = rescore({ rulesHash: old.rulesHash, context, answers, verdicts: verdictsOf(old) }, after, t);
  return { ...result, diff: diffRules(before, after, t) };
}
