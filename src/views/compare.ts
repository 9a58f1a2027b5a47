/**
 * The comparison of every competency side by side: for one business model and, optionally, one region,
 * each level's requirements grouped by kind. Built from requirementSet (explorer.ts), so the figures are
 * the ones the requirement matrix and the self-assessment use.
 */
import { BUSINESS_MODEL_IDS, type BusinessModelId, type LevelId } from '../schemas/ids.ts';
import type { RequirementKind } from '../schemas/requirement.ts';
import { sortCompetencies } from './catalogue.ts';
import { kindTitle } from '../domain/kinds.ts';
import { REQUIREMENT_KINDS } from '../schemas/requirement-kinds.ts';
import { requirementSet, type RequirementLine } from './explorer.ts';
import { DIMENSION_TEXT, type FilterGroup, type FilterOption } from './filters.ts';
import { availability, shownReason } from '../domain/availability.ts';
import { competencyFactIllustrative, marked, type Marked } from '../domain/provenance.ts';
import { isInterimDesignation } from '../domain/designation.ts';
import { titleIn, type ExplorerLabels, type Named } from '../domain/labels.ts';
import type { CompetencyRules } from '../domain/rules.ts';
import type { Translate } from '../text/text.ts';

/** What the comparison is for: a business model, and a region or null for any. */
export interface CompareView {
  model: BusinessModelId;
  region: string | null;
}

/** The view /compare/ shows without a choice: the first business model, any region. */
export function defaultCompareView(labels: ExplorerLabels): CompareView {
  return { model: labels.models[0]?.id ?? BUSINESS_MODEL_IDS[0], region: null };
}

/** The path of a view without the base: "/compare/" for the default, else "/compare/<model>/[<region>/]". */
export function comparePath(view: CompareView, labels: ExplorerLabels): string {
  const fallback = defaultCompareView(labels);
  if (view.model === fallback.model && view.region === null) return '/compare/';
  return `/compare/${view.model}/${view.region === null ? '' : `${view.region}/`}`;
}

/** Every view: each business model with any region and with each region. */
export function allCompareViews(labels: ExplorerLabels): CompareView[] {
  return labels.models.flatMap((m) => [
    { model: m.id, region: null },
    ...labels.regions.map((r) => ({ model: m.id, region: r.id })),
  ]);
}

/** One competency at one level in the comparison. */
export interface CompareLevel {
  level: LevelId;
  available: boolean;
  /** Why the level is not available; empty when it is. */
  reason: string;
  /** Whether that reason rests on an example. */
  reasonIllustrative: boolean;
  /** Requirements by kind; a kind the level does not ask for has an empty list. */
  byKind: Partial<Record<RequirementKind, RequirementLine[]>>;
}

/** One competency row of the comparison. */
export interface CompareRow {
  slug: string;
  title: string;
  interim: boolean;
  /** Whether the competency is offered for the view's model and region at any level. */
  available: boolean;
  /** Why not; empty when available. */
  reason: string;
  /** The region's note when a region is chosen; empty otherwise. */
  note: string;
  /** Whether where the competency is offered (the reason, the note) is an example. */
  regionsIllustrative: boolean;
  levels: CompareLevel[];
}

/** The whole comparison. */
export interface Comparison {
  view: CompareView;
  /** The levels, each with the requirement kinds asked at it anywhere in the view, in matrix order. */
  levels: (Named<LevelId> & { kinds: { kind: RequirementKind; title: string }[] })[];
  rows: CompareRow[];
  /** Whether any figure shown is an illustrative example. */
  illustrative: boolean;
  /** How many competencies are not available for the view, in a sentence with its mark; empty text when none. */
  unavailable: Marked;
}

/** How many rows are not available, e.g. "3 of 12 are not available ...", marked when that rests on an example. */
function unavailableCount(
  list: readonly CompetencyRules[],
  rows: readonly CompareRow[],
  view: CompareView,
  t: Translate,
): Marked {
  const off = rows.filter((r) => !r.available).length;
  if (off === 0) return marked('', false);
  const rests = (fact: 'regions' | 'businessModels') => list.some((r) => competencyFactIllustrative(r, fact));
  return marked(
    t('compare.unavailable', { off, total: rows.length }),
    rests('businessModels') || (view.region !== null && rests('regions')),
  );
}

/** Why a competency is not offered for the view's model and region (any level), or "" when it is. */
function rowReason(rules: CompetencyRules, view: CompareView, labels: ExplorerLabels, t: Translate): Marked {
  const why = availability(rules, { model: view.model, region: view.region ?? undefined });
  return why === null ? marked('', false) : shownReason(rules, why, labels, t);
}

/**
 * Builds the comparison of the competencies (catalogue order) for a view. A competency not offered on the
 * model or in the region stays in the list with the reason; with no region chosen, availability is judged
 * on the model alone and the set of any offered region is shown (requirements do not vary by region).
 */
export function buildComparison(
  list: readonly CompetencyRules[],
  view: CompareView,
  labels: ExplorerLabels,
  t: Translate,
): Comparison {
  const used = new Map<LevelId, Set<RequirementKind>>(labels.levels.map((l) => [l.id, new Set()]));
  let illustrative = false;
  const rows = sortCompetencies(list).map((rules): CompareRow => {
    const why = rowReason(rules, view, labels, t);
    const reason = why.text;
    const region = view.region ?? rules.regions[0]?.id ?? '';
    const levels = labels.levels.map((level): CompareLevel => {
      const set = requirementSet(rules, { model: view.model, region, level: level.id }, labels, t);
      const byKind: Partial<Record<RequirementKind, RequirementLine[]>> = {};
      if (!reason && set.available) {
        for (const line of set.requirements) {
          used.get(level.id)?.add(line.kind);
          illustrative ||= line.illustrative;
          (byKind[line.kind] ??= []).push(line);
        }
      }
      const levelReason = reason || set.reason;
      const reasonIllustrative = reason ? why.illustrative : set.reasonIllustrative;
      return { level: level.id, available: !levelReason, reason: levelReason, reasonIllustrative, byKind };
    });
    return {
      slug: rules.slug,
      title: rules.title,
      interim: isInterimDesignation(rules),
      available: !reason,
      reason,
      note: view.region === null ? '' : (rules.regions.find((r) => r.id === view.region)?.note ?? ''),
      regionsIllustrative: competencyFactIllustrative(rules, 'regions'),
      levels,
    };
  });
  return {
    view,
    levels: labels.levels.map((level) => ({
      ...level,
      kinds: REQUIREMENT_KINDS.filter((k) => used.get(level.id)?.has(k)).map((kind) => ({
        kind,
        title: kindTitle(kind, t),
      })),
    })),
    rows,
    illustrative,
    unavailable: unavailableCount(list, rows, view, t),
  };
}

/** The view's business model and its region by `name` (title or short name), or "any region". */
function viewNames(view: CompareView, labels: ExplorerLabels, name: 'title' | 'short', t: Translate) {
  return {
    model: titleIn(labels.models, view.model),
    region:
      view.region === null
        ? t('compare.anyRegion')
        : (labels.regions.find((r) => r.id === view.region)?.[name] ?? view.region),
  };
}

/** The view in words, e.g. "Resell partners in EMEA" or "Integrate partners in any region". */
export function describeCompareView(view: CompareView, labels: ExplorerLabels, t: Translate): string {
  return t('compare.described', viewNames(view, labels, 'title', t));
}

/** The view picker: business models, then "any region" and each region, each linking to its view. */
export function compareGroups(view: CompareView, labels: ExplorerLabels, t: Translate): FilterGroup[] {
  const option = (next: CompareView, title: string, id: string | null, current: boolean): FilterOption => ({
    id,
    title,
    path: comparePath(next, labels),
    current,
  });
  return [
    {
      dimension: 'model',
      label: t(DIMENSION_TEXT.model.label),
      options: labels.models.map((m) => option({ ...view, model: m.id }, m.title, m.id, view.model === m.id)),
    },
    {
      dimension: 'region',
      label: t(DIMENSION_TEXT.region.label),
      options: [
        option({ ...view, region: null }, t(DIMENSION_TEXT.region.any), null, view.region === null),
        ...labels.regions.map((r) => option({ ...view, region: r.id }, r.short, r.id, view.region === r.id)),
      ],
    },
  ];
}

/** The view in a few words for a page title, e.g. "Resell, EMEA" or "Resell, any region". */
export function compareTitle(view: CompareView, labels: ExplorerLabels, t: Translate): string {
  const { model, region } = viewNames(view, labels, 'short', t);
  return [model, region].join(t('list.separator'));
}
