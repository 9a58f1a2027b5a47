import { COMPETENCY_GROUPS, type CompetencyGroup } from '../schemas/competency.ts';
import { BUSINESS_MODEL_IDS, LEVEL_IDS, type BusinessModelId, type LevelId } from '../schemas/ids.ts';
import type { Requirement, RequirementKind } from '../schemas/requirement.ts';
import { availability, shownReason } from '../domain/availability.ts';
import { isInterimDesignation } from '../domain/designation.ts';
import {
  competencyFactIllustrative,
  marked,
  thresholdIllustrative,
  tierBenefitsIllustrative,
  tierNeedsIllustrative,
  tierTitleIllustrative,
  type Marked,
} from '../domain/provenance.ts';
import { shownEvidence, shownThreshold } from '../domain/shown.ts';
import { countingRules } from '../domain/counting.ts';
import type { Tier } from '../schemas/tier.ts';
import { kindRank } from '../domain/kinds.ts';
import { titleIn, type MatrixLabels } from '../domain/labels.ts';
import {
  appliedRequirements,
  catalogueOrder,
  isOffered,
  type AppliedRequirement,
  type CompetencyRules,
} from '../domain/rules.ts';
import { cached } from '../util/cached.ts';
import type { TextKey, Translate } from '../text/text.ts';

/** The competencies of one catalogue group. */
export interface CompetencyGroupList {
  id: CompetencyGroup;
  title: string;
  competencies: CompetencyRules[];
}

// Every catalogue filter page and compare page sorts the same list: once per list is enough.
const sortedCache = new WeakMap<readonly CompetencyRules[], readonly CompetencyRules[]>();

/** Catalogue order: by group (COMPETENCY_GROUPS order), then `order`, then title. Does not mutate. */
export function sortCompetencies(list: readonly CompetencyRules[]): CompetencyRules[] {
  return [...cached(sortedCache, list, () => sortedCopy(list))];
}

function sortedCopy(list: readonly CompetencyRules[]): CompetencyRules[] {
  return [...list].sort(catalogueOrder);
}

/** Competencies grouped in catalogue order; groups with no competency are left out. */
export function groupCompetencies(list: readonly CompetencyRules[], t: Translate): CompetencyGroupList[] {
  const sorted = sortCompetencies(list);
  return (Object.keys(COMPETENCY_GROUPS) as CompetencyGroup[])
    .map((id) => ({
      id,
      title: t(COMPETENCY_GROUPS[id] satisfies TextKey),
      competencies: sorted.filter((c) => c.group === id),
    }))
    .filter((g) => g.competencies.length > 0);
}

/** One cell of the requirement matrix. */
export type MatrixCell =
  | {
      state: 'required';
      requirement: AppliedRequirement;
      /** The threshold in words, from describeThreshold, with its mark. */
      threshold: Marked;
      /** What the partner must show, with its mark. */
      evidence: Marked;
      /** How a partner record's entries count toward it (countingRules), each rule with its mark. */
      counting: Marked[];
      /** True when the requirement is declared at a lower level and carried up. */
      carried: boolean;
      /** Title of the level it was carried from, e.g. "Principal"; empty when not carried. */
      carriedFrom: string;
    }
  | { state: 'not-required' }
  | { state: 'not-offered' };

/** What a cell without a requirement says: in the matrix, the comparison and the editor's preview. */
export const EMPTY_CELL_TEXT = {
  'not-required': 'matrix.notRequired',
  'not-offered': 'matrix.notOffered',
} as const satisfies Readonly<Record<string, TextKey>>;

/** One level x business model column. */
export interface MatrixColumn {
  level: LevelId;
  levelTitle: string;
  model: BusinessModelId;
  modelTitle: string;
  /** Whether the competency can be earned at this level on this model. */
  offered: boolean;
  /** Why a column is not offered, in words, e.g. "Not offered on Resell"; empty when offered. */
  notOffered: Marked;
}

/** One requirement row: the same id across columns, with a cell per column of its level. */
export interface MatrixRow {
  id: string;
  label: string;
  kind: RequirementKind;
  cells: MatrixCell[];
}

/** The matrix of one level: its columns (one per business model) and the rows required anywhere in it. */
export interface LevelMatrix {
  level: LevelId;
  title: string;
  columns: MatrixColumn[];
  rows: MatrixRow[];
  /** Whether any column of the level is offered. */
  offered: boolean;
}

/** The whole requirement matrix of a competency, one block per level. */
export interface RequirementMatrix {
  /** The competency's title, e.g. "Archiving". */
  competency: string;
  levels: LevelMatrix[];
  /** Whether any figure shown is an illustrative example. */
  illustrative: boolean;
  /** Whether any cell holds a requirement carried up from a lower level. */
  carries: boolean;
}

/** The declared requirements of a competency in matrix row order: by kind, then first appearance. */
export function requirementRowOrder(
  rules: CompetencyRules,
): { id: string; label: string; kind: RequirementKind }[] {
  const seen = new Map<string, { id: string; label: string; kind: RequirementKind; position: number }>();
  for (const level of LEVEL_IDS) {
    for (const model of BUSINESS_MODEL_IDS) {
      for (const req of rules.requirements[level]?.[model] ?? []) {
        if (!seen.has(req.id))
          seen.set(req.id, { id: req.id, label: req.label, kind: req.kind, position: seen.size });
      }
    }
  }
  return [...seen.values()]
    .sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.position - b.position)
    .map(({ id, label, kind }) => ({ id, label, kind }));
}

/** Why a column is not offered, judged on the rules as written (a retired competency keeps its matrix). */
function notOfferedText(
  rules: CompetencyRules,
  level: LevelId,
  model: BusinessModelId,
  labels: MatrixLabels,
  t: Translate,
): Marked {
  const why = availability(rules, { model, level }, { asWritten: true });
  return why === null ? marked('', false) : shownReason(rules, why, labels, t);
}

/**
 * Builds the requirement matrix of a competency: for each level, one column per business model and one row
 * per requirement id that applies somewhere at that level. Cells hold the applied requirement (Principal rows
 * carried up to Expert are marked), "not required", or "not offered" for a model or level the competency lacks.
 */
export function buildRequirementMatrix(
  rules: CompetencyRules,
  labels: MatrixLabels,
  t: Translate,
): RequirementMatrix {
  const order = requirementRowOrder(rules);
  const levels = labels.levels.map((level): LevelMatrix => {
    const columns = labels.models.map((model): MatrixColumn => {
      const offered = isOffered(rules, level.id, model.id);
      return {
        level: level.id,
        levelTitle: level.title,
        model: model.id,
        modelTitle: model.title,
        offered,
        notOffered: offered ? marked('', false) : notOfferedText(rules, level.id, model.id, labels, t),
      };
    });
    const applied = columns.map((col) => appliedRequirements(rules, col.level, col.model));
    const rows = order
      .filter((row) => applied.some((list) => list.some((r) => r.id === row.id)))
      .map((row): MatrixRow => {
        const cells = columns.map((col, i): MatrixCell => {
          if (!col.offered) return { state: 'not-offered' };
          const requirement = applied[i]?.find((r) => r.id === row.id);
          if (!requirement) return { state: 'not-required' };
          const carried = requirement.from !== level.id;
          return {
            state: 'required',
            requirement,
            threshold: shownThreshold(requirement, t),
            evidence: shownEvidence(requirement),
            counting: countingRules(requirement, t),
            carried,
            carriedFrom: carried ? titleIn(labels.levels, requirement.from) : '',
          };
        });
        // The label at this level wins, so a row reads as the level's own list does.
        const own = applied.flat().find((r) => r.id === row.id);
        return { id: row.id, label: own?.label ?? row.label, kind: row.kind, cells };
      });
    return { level: level.id, title: level.title, columns, rows, offered: columns.some((c) => c.offered) };
  });
  const carries = levels.some((l) =>
    l.rows.some((r) => r.cells.some((c) => c.state === 'required' && c.carried)),
  );
  return { competency: rules.title, levels, illustrative: hasIllustrativeFigures(rules), carries };
}

/** Whether any requirement of the competency carries an illustrative figure. */
export function hasIllustrativeFigures(rules: CompetencyRules): boolean {
  return LEVEL_IDS.some((level) =>
    BUSINESS_MODEL_IDS.some((model) =>
      (rules.requirements[level]?.[model] ?? []).some((r: Requirement) => thresholdIllustrative(r)),
    ),
  );
}

/** A region as the availability list shows it. */
export interface RegionAvailability {
  id: string;
  title: string;
  short: string;
  offered: boolean;
  /** What differs in this region, from the competency file; empty when nothing does. */
  note: string;
  /** Whether where it is offered (status and note) is an example rather than the program's own word. */
  illustrative: boolean;
}

/** A region entry as the regions collection provides it. */
export interface RegionInfo {
  id: string;
  title: string;
  short: string;
  order: number;
}

/** Every known region in order, each marked offered or not for the competency, with its note. */
export function regionalAvailability(
  rules: CompetencyRules,
  regions: readonly RegionInfo[],
): RegionAvailability[] {
  return [...regions]
    .sort((a, b) => a.order - b.order)
    .map((region) => {
      const entry = rules.regions.find((r) => r.id === region.id);
      return {
        id: region.id,
        title: region.title,
        short: region.short,
        offered: entry !== undefined,
        note: entry?.note ?? '',
        illustrative: competencyFactIllustrative(rules, 'regions'),
      };
    });
}

/** The levels the competency can be earned at on any business model, lowest first. */
export function offeredLevelIds(rules: CompetencyRules): LevelId[] {
  return LEVEL_IDS.filter((level) => rules.businessModels.some((model) => isOffered(rules, level, model)));
}

/** What a catalogue card shows: a competency at a glance. */
export interface CompetencyCardModel {
  slug: string;
  title: string;
  summary: string;
  /** True for an interim designation such as Services Expert. */
  interim: boolean;
  /** True for a competency no longer awarded. */
  retired: boolean;
  /** Titles of the levels it can be earned at, lowest first. */
  levels: string[];
  /** Titles of the business models it is offered on, in display order. */
  models: string[];
  /** Whether which business models it is offered on is an example. */
  modelsIllustrative: boolean;
  regions: RegionAvailability[];
}

// The catalogue and each of its filter pages show every competency's card.
const cardCache = new WeakMap<
  CompetencyRules,
  WeakMap<MatrixLabels, WeakMap<readonly RegionInfo[], CompetencyCardModel>>
>();

/** The card model of a competency for the catalogue. Shared between pages: do not mutate. */
export function competencyCard(
  rules: CompetencyRules,
  labels: MatrixLabels,
  regions: readonly RegionInfo[],
): CompetencyCardModel {
  const byLabels = cached(
    cardCache,
    rules,
    () => new WeakMap<MatrixLabels, WeakMap<readonly RegionInfo[], CompetencyCardModel>>(),
  );
  const byRegions = cached(byLabels, labels, () => new WeakMap<readonly RegionInfo[], CompetencyCardModel>());
  return cached(byRegions, regions, () => newCompetencyCard(rules, labels, regions));
}

function newCompetencyCard(
  rules: CompetencyRules,
  labels: MatrixLabels,
  regions: readonly RegionInfo[],
): CompetencyCardModel {
  const levels = offeredLevelIds(rules);
  return {
    slug: rules.slug,
    title: rules.title,
    summary: rules.summary,
    interim: isInterimDesignation(rules),
    retired: rules.status === 'retired',
    levels: labels.levels.filter((l) => levels.includes(l.id)).map((l) => l.title),
    models: labels.models.filter((m) => rules.businessModels.includes(m.id)).map((m) => m.title),
    modelsIllustrative: competencyFactIllustrative(rules, 'businessModels'),
    regions: regionalAvailability(rules, regions),
  };
}

/** What a tier asks in words, e.g. "3 competencies at Expert" or "No competency needed". */
export function describeTierNeeds(needs: { principal: number; expert: number }, t: Translate): string {
  const competencies = (n: number) => t.count('tier.competencies', n);
  if (needs.principal === 0 && needs.expert === 0) return t('tier.needsNone');
  // An Expert competency also counts as one held at Principal or above, so the larger count decides.
  if (needs.expert >= needs.principal)
    return t('tier.needsExpert', { competencies: competencies(needs.expert) });
  if (needs.expert === 0) return t('tier.needsPrincipal', { competencies: competencies(needs.principal) });
  return t('tier.needsBoth', { competencies: competencies(needs.principal), expert: needs.expert });
}

/** A tier's name with its mark, e.g. "Gold*": the overview names no tiers. */
export function shownTierTitle(tier: Pick<Tier, 'title' | 'provenance'>): Marked {
  return marked(tier.title, tierTitleIllustrative(tier));
}

/** A tier's summary with its mark: it describes a tier the overview does not name. */
export function shownTierSummary(tier: Pick<Tier, 'summary' | 'provenance'>): Marked {
  return marked(tier.summary, tierTitleIllustrative(tier));
}

/** What a tier asks, with its mark, e.g. "1 competency at Expert*". */
export function shownTierNeeds(tier: Pick<Tier, 'needs' | 'provenance'>, t: Translate): Marked {
  return marked(describeTierNeeds(tier.needs, t), tierNeedsIllustrative(tier));
}

/** How the example tiers count levels, with its mark when the tiers' counts are examples. */
export function shownTierRule(tiers: readonly Pick<Tier, 'provenance'>[], t: Translate): Marked {
  return marked(
    t('tier.rule'),
    tiers.some((tier) => tierNeedsIllustrative(tier)),
  );
}

/** A tier's benefits, each with its mark. */
export function shownTierBenefits(tier: Pick<Tier, 'benefits' | 'provenance'>): Marked[] {
  return tier.benefits.map((b) => marked(b, tierBenefitsIllustrative(tier)));
}
