/**
 * The portfolio view: levels held across competencies, the program tier they imply, and the fewest
 * further levels that reach the next tier. Interim designations are reported apart and never count.
 */
import type { LevelId } from '../schemas/ids.ts';
import { compareTitles } from '../util/titles.ts';
import type { Tier } from '../schemas/tier.ts';
import { designationVerdict, type DesignationVerdict } from './designation.ts';
import type { CompetencyAssessment, MissingRequirement, OfferedAssessment } from './types.ts';
import { titleOf } from '../domain/wording.ts';
import { isInterimDesignation, isSolutionArea } from '../domain/designation.ts';
import type { Translate } from '../text/translate.ts';

/** A tier as the roll-up needs it: its id (the content file name) plus its frontmatter. */
export type RollUpTier = Pick<Tier, 'title' | 'rank' | 'needs' | 'provenance'> & { id: string };

/** A tier named in a result. */
export interface TierRef {
  id: string;
  title: string;
  rank: number;
}

/** One competency to raise to a level on the way to the next tier. */
export interface Candidate {
  /** Competency slug. */
  slug: string;
  /** Competency title. */
  title: string;
  /** The level to reach. */
  level: LevelId;
  /** The level held now, or null. */
  current: LevelId | null;
  /** Readiness toward the level, 0..1. */
  readiness: number;
  /** Progress toward the level in a few words, e.g. "4 of 5 met, 80% ready". */
  progress: string;
  /** The requirements of that level not met yet, in content order. */
  missing: MissingRequirement[];
}

/** How many more competencies the next tier needs at one level. */
export interface Shortfall {
  /** The level to reach: Expert, or Principal (which an Expert level also counts for). */
  level: LevelId;
  /** How many more competencies, at least 1. */
  count: number;
}

/** What the next tier needs. */
export interface NextTier {
  tier: TierRef;
  /** The tier's counts: competencies at Principal or above, and at Expert. */
  needs: { principal: number; expert: number };
  /** The fewest further levels: competencies to bring to Expert, and further ones to bring to Principal. */
  missing: { principal: number; expert: number };
  /** The same counts as a list, Expert first, leaving out a level with none missing. */
  shortfall: Shortfall[];
  /** missing.principal + missing.expert. */
  steps: number;
  /** False when too few competencies are offered to reach the tier at all. */
  reachable: boolean;
  /** The closest competencies for those steps, highest readiness first within each level. */
  candidates: Candidate[];
}

/** An interim designation, reported apart from the tier counts: its one verdict (designationVerdict). */
export type DesignationSummary = DesignationVerdict;

/** The portfolio roll-up. */
export interface PortfolioRollUp {
  /** Competencies held at Principal or above, and at Expert. */
  counts: { principal: number; expert: number };
  /** Slugs held at Principal or above, and at Expert. */
  held: { principal: string[]; expert: string[] };
  /** The highest tier whose needs are met, or null when none is. */
  tier: TierRef | null;
  /** The next tier up and the fewest steps to it, or null at the top tier. */
  next: NextTier | null;
  /** Competencies not offered for the business model or region. */
  notOffered: string[];
  /** Interim designations, which do not count toward tiers. */
  designations: DesignationSummary[];
}

/** Makes roll-up tiers from tier content entries. */
export function toRollUpTiers(entries: readonly { id: string; data: Tier }[]): RollUpTier[] {
  return entries.map(({ id, data }) => ({
    id,
    title: data.title,
    rank: data.rank,
    needs: data.needs,
    ...(data.provenance && { provenance: data.provenance }),
  }));
}

const tierRef = (t: RollUpTier): TierRef => ({ id: t.id, title: t.title, rank: t.rank });

/** A competency that could reach a level, with its readiness toward it. */
interface Option {
  area: OfferedAssessment;
  readiness: number;
  progress: string;
}

/** Competencies that pass `filter` and offer `level`, closest first; ties by title, never by input order. */
function options(
  areas: readonly OfferedAssessment[],
  level: LevelId,
  filter: (a: OfferedAssessment) => boolean,
): Option[] {
  const found: Option[] = [];
  for (const area of areas) {
    const at = area.levels.find((l) => l.level === level);
    if (at !== undefined && filter(area)) found.push({ area, readiness: at.readiness, progress: at.summary });
  }
  return found.sort((x, y) => y.readiness - x.readiness || compareTitles(x.area.title, y.area.title));
}

/** The requirements of a level that the area does not meet yet. */
function missingAt(area: OfferedAssessment, level: LevelId): MissingRequirement[] {
  const missing: MissingRequirement[] = [];
  for (const r of area.levels.find((l) => l.level === level)?.requirements ?? []) {
    if (r.status !== 'met' && r.gap !== null)
      missing.push({ id: r.id, label: r.label, status: r.status, gap: r.gap, illustrative: r.illustrative });
  }
  return missing;
}

const candidate = ({ area, readiness, progress }: Option, level: LevelId): Candidate => ({
  slug: area.slug,
  title: area.title,
  level,
  current: area.achieved,
  readiness,
  progress,
  missing: missingAt(area, level),
});

/**
 * The fewest further levels to meet a tier's needs, and the competencies closest to them. Expert counts as
 * Principal too, so Expert steps are taken first from competencies with no level when Principal is short.
 */
function planFor(
  tier: RollUpTier,
  areas: readonly OfferedAssessment[],
  counts: PortfolioRollUp['counts'],
): NextTier {
  const expertNeeded = Math.max(0, tier.needs.expert - counts.expert);
  const principalShort = Math.max(0, tier.needs.principal - counts.principal);
  const fromNone = options(areas, 'expert', (a) => a.achieved === null);
  const fromPrincipal = options(areas, 'expert', (a) => a.achieved === 'principal');

  // How many of the Expert steps come from competencies with no level: enough to cover the Principal
  // shortfall where possible, no more (they are usually further from Expert than a Principal one).
  const lowest = Math.max(0, expertNeeded - fromPrincipal.length);
  const takeFromNone = Math.min(expertNeeded, fromNone.length, Math.max(lowest, principalShort));
  const expertPicks = [
    ...fromPrincipal.slice(0, expertNeeded - takeFromNone),
    ...fromNone.slice(0, takeFromNone),
  ].sort((x, y) => y.readiness - x.readiness || compareTitles(x.area.title, y.area.title));
  const picked = new Set(expertPicks.map((o) => o.area.slug));
  const principalNeeded = Math.max(0, principalShort - takeFromNone);
  const principalPicks = options(areas, 'principal', (a) => a.achieved === null && !picked.has(a.slug)).slice(
    0,
    principalNeeded,
  );

  const reachable = expertPicks.length === expertNeeded && principalPicks.length === principalNeeded;
  // Out of reach, the counts say what the tier asks in principle: every Expert level also counts as Principal.
  const missing = reachable
    ? { principal: principalNeeded, expert: expertNeeded }
    : { principal: Math.max(0, principalShort - expertNeeded), expert: expertNeeded };
  const candidates = [
    ...expertPicks.map((o) => candidate(o, 'expert')),
    ...principalPicks.map((o) => candidate(o, 'principal')),
  ];
  const shortfall = (['expert', 'principal'] as const)
    .filter((level) => missing[level] > 0)
    .map((level): Shortfall => ({ level, count: missing[level] }));
  return {
    tier: tierRef(tier),
    needs: { principal: tier.needs.principal, expert: tier.needs.expert },
    missing,
    shortfall,
    steps: missing.principal + missing.expert,
    reachable,
    candidates,
  };
}

/**
 * The next tier in one sentence, e.g. "Gold needs Expert in 1 more competency. Closest: Archiving (Expert,
 * 80% ready)." Without `closest` the candidates are left out: with nothing chosen every one is 0% ready,
 * so naming them would only be alphabetical.
 */
export function describeNextTier(
  next: NextTier,
  t: Translate,
  { closest = true }: { closest?: boolean } = {},
): string {
  const needs = t('portfolio.rollup.needs', {
    tier: next.tier.title,
    steps: t.list(
      next.shortfall.map((s) => t.count('portfolio.rollup.step', s.count, { level: titleOf(s.level) })),
    ),
  });
  if (!next.reachable) return t('portfolio.rollup.unreachable', { needs });
  if (!closest) return t('portfolio.rollup.needsAll', { needs });
  const named = next.candidates.map((c) =>
    t('portfolio.rollup.candidate', { title: c.title, level: titleOf(c.level), progress: c.progress }),
  );
  return t('portfolio.rollup.closest', { needs, named: named.join(t('list.separator')) });
}

/**
 * Rolls assessments of several competencies up to a tier. Principal counts competencies achieved at
 * Principal or above; tiers are ranked by rank and reached when both counts are met.
 */
export function rollUp(
  assessments: readonly CompetencyAssessment[],
  tiers: readonly RollUpTier[],
  t: Translate,
): PortfolioRollUp {
  const offered = assessments.filter((a): a is OfferedAssessment => a.status === 'assessed');
  const areas = offered.filter(isSolutionArea);
  const held = {
    principal: areas.filter((a) => a.achieved !== null).map((a) => a.slug),
    expert: areas.filter((a) => a.achieved === 'expert').map((a) => a.slug),
  };
  const counts = { principal: held.principal.length, expert: held.expert.length };
  const ranked = [...tiers].sort((a, b) => a.rank - b.rank);
  const meets = (t: RollUpTier) => counts.principal >= t.needs.principal && counts.expert >= t.needs.expert;
  const current = ranked.findLast(meets);
  const nextTier = ranked.find((t) => current === undefined || t.rank > current.rank);

  // Not offered here (e.g. scored on another business model), a designation is still reported, as not applying.
  const designations = assessments.filter(isInterimDesignation).map((a) => designationVerdict(a, t));

  return {
    counts,
    held,
    tier: current ? tierRef(current) : null,
    next: nextTier ? planFor(nextTier, areas, counts) : null,
    notOffered: assessments.filter((a) => a.status === 'not-offered').map((a) => a.slug),
    designations,
  };
}
