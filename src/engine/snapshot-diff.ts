/**
 * What changed between two standings (standing.ts), as two snapshots keep them: per competency the answers
 * changed field by field, the requirement verdicts that moved (compareVerdicts, the same comparison a
 * re-scoring lists), the level gained or lost and readiness per level; the tier; and how many entries of the
 * partner record were added, removed or changed per section. It only reads results: scoring stays in
 * assess and the portfolio.
 */
import { LEVEL_IDS, type LevelId } from '../schemas/ids.ts';
import { RECORD_SECTIONS, type PartnerRecord, type RecordSection } from '../schemas/record.ts';
import type { AnswerValue } from '../schemas/answers.ts';
import { canonicalJson } from '../util/canonical-json.ts';
import type { CompetencyStanding, Standing } from './standing.ts';
import { compareVerdicts, type VerdictChanges } from './versioning.ts';

/** An answer before and after; null when there was none. */
export interface AnswerChange {
  id: string;
  before: AnswerValue | null;
  after: AnswerValue | null;
}

/** A level's readiness before and after, in whole percent; null when the level was not offered or followed. */
export interface ReadinessChange {
  level: LevelId;
  before: number | null;
  after: number | null;
}

/** What changed in one competency. */
export interface CompetencyDiff {
  slug: string;
  /** Followed in both, only in the later one (`added`), or only in the earlier one (`removed`). */
  presence: 'both' | 'added' | 'removed';
  /** True when its business model or region changed. */
  contextChanged: boolean;
  /** True when it was scored against other rules. */
  rulesChanged: boolean;
  answers: AnswerChange[];
  /** The verdicts that moved: offered, level achieved, levels met, requirement states. */
  verdicts: VerdictChanges;
  /** Each level whose readiness changed. */
  readiness: ReadinessChange[];
}

/** How many entries of one record section were added, removed or changed. */
export interface RecordSectionDiff {
  section: RecordSection;
  added: number;
  removed: number;
  changed: number;
}

/** What changed between two standings. */
export interface StandingDiff {
  /** The tier ids before and after, when it changed. */
  tier: { before: string | null; after: string | null } | null;
  /** The competencies with anything changed, in the order of `order` then by slug. */
  competencies: CompetencyDiff[];
  /** The record's sections with entries added, removed or changed. */
  record: RecordSectionDiff[];
  /** True when nothing at all changed. */
  same: boolean;
}

const NO_STANDING: CompetencyStanding = {
  context: { businessModel: 'integrate', region: '' },
  rulesVersion: '',
  answers: {},
  verdicts: { offered: false, achieved: null, levels: {} },
  readiness: {},
};

/** The answers that differ, in the order of their ids. */
function answerChanges(before: CompetencyStanding, after: CompetencyStanding): AnswerChange[] {
  const ids = [...new Set([...Object.keys(before.answers), ...Object.keys(after.answers)])].sort();
  const changes: AnswerChange[] = [];
  for (const id of ids) {
    const was = before.answers[id] ?? null;
    const is = after.answers[id] ?? null;
    if (was !== is) changes.push({ id, before: was, after: is });
  }
  return changes;
}

function readinessChanges(before: CompetencyStanding, after: CompetencyStanding): ReadinessChange[] {
  const changes: ReadinessChange[] = [];
  for (const level of LEVEL_IDS) {
    const was = before.readiness[level] ?? null;
    const is = after.readiness[level] ?? null;
    if (was !== is) changes.push({ level, before: was, after: is });
  }
  return changes;
}

const hasVerdictChanges = (c: VerdictChanges): boolean =>
  c.offered !== null || c.achieved !== null || c.levels.length > 0 || c.requirements.length > 0;

/** Compares one competency's standing; null when nothing changed. */
function competencyDiff(
  slug: string,
  before: CompetencyStanding | undefined,
  after: CompetencyStanding | undefined,
): CompetencyDiff | null {
  const was = before ?? NO_STANDING;
  const is = after ?? NO_STANDING;
  const presence = before && after ? 'both' : after ? 'added' : 'removed';
  const both = presence === 'both';
  const diff: CompetencyDiff = {
    slug,
    presence,
    contextChanged:
      both &&
      (was.context.businessModel !== is.context.businessModel || was.context.region !== is.context.region),
    rulesChanged: both && was.rulesVersion !== is.rulesVersion,
    answers: answerChanges(was, is),
    verdicts: compareVerdicts(was.verdicts, is.verdicts),
    readiness: readinessChanges(was, is),
  };
  const changed =
    !both ||
    diff.contextChanged ||
    diff.rulesChanged ||
    diff.answers.length > 0 ||
    diff.readiness.length > 0 ||
    hasVerdictChanges(diff.verdicts);
  return changed ? diff : null;
}

/** The record's sections with entries added, removed or changed between two records (null: none kept). */
export function recordDiff(before: PartnerRecord | null, after: PartnerRecord | null): RecordSectionDiff[] {
  const out: RecordSectionDiff[] = [];
  for (const section of RECORD_SECTIONS) {
    const was: Record<string, unknown> = before?.[section] ?? {};
    const is: Record<string, unknown> = after?.[section] ?? {};
    const counts = { section, added: 0, removed: 0, changed: 0 };
    for (const id of new Set([...Object.keys(was), ...Object.keys(is)])) {
      const a = was[id];
      const b = is[id];
      if (a === undefined) counts.added++;
      else if (b === undefined) counts.removed++;
      else if (canonicalJson(a) !== canonicalJson(b)) counts.changed++;
    }
    if (counts.added + counts.removed + counts.changed > 0) out.push(counts);
  }
  return out;
}

/**
 * Compares two standings and the partner records kept with them: the earlier first. Competencies come in
 * the order of `order` (the catalogue's), any other after them by slug.
 */
export function diffStandings(
  before: { standing: Standing; record: PartnerRecord | null },
  after: { standing: Standing; record: PartnerRecord | null },
  order: readonly string[] = [],
): StandingDiff {
  const a = before.standing.competencies;
  const b = after.standing.competencies;
  const rank = new Map(order.map((slug, i) => [slug, i]));
  const slugs = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(
    (x, y) => (rank.get(x) ?? order.length) - (rank.get(y) ?? order.length) || (x < y ? -1 : x > y ? 1 : 0),
  );
  const competencies = slugs.flatMap((slug) => competencyDiff(slug, a[slug], b[slug]) ?? []);
  const tier =
    before.standing.tier === after.standing.tier
      ? null
      : { before: before.standing.tier, after: after.standing.tier };
  const record = recordDiff(before.record, after.record);
  return {
    tier,
    competencies,
    record,
    same: tier === null && competencies.length === 0 && record.length === 0,
  };
}
