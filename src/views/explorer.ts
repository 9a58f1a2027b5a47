/**
 * The eligibility explorer: the exact requirement set of a competency for one business model, region and
 * level, and what changes with another choice, in words. Everything comes from appliedRequirements, the
 * same rules the requirement matrix and the self-assessment use.
 */
import type { BusinessModelId, LevelId } from '../schemas/ids.ts';
import type { Requirement, RequirementKind } from '../schemas/requirement.ts';
import { availability, reasonShort, shownReason } from '../domain/availability.ts';
import {
  competencyFactIllustrative,
  marked,
  thresholdIllustrative,
  type Marked,
  type Segments,
} from '../domain/provenance.ts';
import { shownChange } from '../domain/shown.ts';
import { describeThreshold, kindRank } from '../domain/kinds.ts';
import { titleIn, type ExplorerLabels, type Named, type RegionLabel } from '../domain/labels.ts';
import { appliedRequirements, isOfferedInRegion, type CompetencyRules } from '../domain/rules.ts';
import { cached } from '../util/cached.ts';
import { fill, fillParts, type TextKey, type Translate } from '../text/text.ts';

/** One choice in the explorer: who the partner is and which level they look at. */
export interface Choice {
  model: BusinessModelId;
  /** Region code, e.g. "emea". */
  region: string;
  level: LevelId;
}

/** One requirement of a set, as the explorer lists it. */
export interface RequirementLine {
  id: string;
  label: string;
  kind: RequirementKind;
  /** The threshold in words, from describeThreshold. */
  threshold: string;
  illustrative: boolean;
  /** The level it is carried from, or null when the level declares it itself. */
  carriedFrom: LevelId | null;
  /** The requirement as the rules state it, for comparing thresholds. */
  requirement: Requirement;
}

/** The requirement set of one choice. */
export interface RequirementSet {
  choice: Choice;
  /** Whether the competency can be earned with this choice. */
  available: boolean;
  /** Why not, e.g. "Not offered in Latin America"; empty when available. */
  reason: string;
  /** Whether the reason rests on an example (where or on which model it is offered). */
  reasonIllustrative: boolean;
  /** The competency's note for the region, e.g. a currency rule; empty when there is none. */
  note: string;
  /** Whether where the competency is offered (the note, the other regions) is an example. */
  regionsIllustrative: boolean;
  /** The requirements that apply, in matrix row order; [] when not available. */
  requirements: RequirementLine[];
}

/** One difference between two requirement sets. */
export type RequirementChange = (
  | { change: 'added'; id: string; after: RequirementLine }
  | { change: 'removed'; id: string; before: RequirementLine }
  | { change: 'changed'; id: string; before: RequirementLine; after: RequirementLine }
) & {
  /** The difference in words, e.g. "Archiving revenue: USD 75,000 instead of USD 50,000 ...". */
  text: string;
  /** The same words with the changed values marked, as pages show them. */
  parts: Segments;
};

/** The sign before a requirement that another choice adds, removes or changes. */
export const CHANGE_MARKS: Readonly<Record<RequirementChange['change'], string>> = {
  added: '+',
  removed: '−',
  changed: '→',
};

/** What changes from one choice to another. */
export interface SetDiff {
  from: Choice;
  to: Choice;
  /** The other choice in words, e.g. "On Resell instead of Integrate". */
  heading: string;
  /** Whether the other choice is available at all. */
  available: boolean;
  /** Why the other choice is not available; empty when it is. */
  reason: string;
  /** Whether that reason rests on an example. */
  reasonIllustrative: boolean;
  /** The differences, in matrix row order; [] when the other choice is not available or nothing differs. */
  changes: RequirementChange[];
  /** The whole diff as one sentence, e.g. "On Resell instead of Integrate: Technical exam no longer required." */
  text: string;
}

/** Why a choice is not available, in words, or "" when it is. The most basic reason wins. */
export function unavailableReason(
  rules: CompetencyRules,
  choice: Choice,
  labels: ExplorerLabels,
  t: Translate,
): string {
  return shownUnavailable(rules, choice, labels, t).text;
}

/** Why a choice is not available, with its mark; empty text when it is available. */
export function shownUnavailable(
  rules: CompetencyRules,
  choice: Choice,
  labels: ExplorerLabels,
  t: Translate,
): Marked {
  const why = availability(rules, choice);
  return why === null ? marked('', false) : shownReason(rules, why, labels, t);
}

// A build asks for the same sets many times: a competency's page lists every choice, each catalogue filter
// page and each compare page one or more per competency. They are worked out once per rules and labels
// (objects that live as long as the build's content) and shared, so callers treat them as read-only.
const setCache = new WeakMap<CompetencyRules, WeakMap<ExplorerLabels, Map<string, RequirementSet>>>();

/** The exact requirement set of a choice, or why the choice is not available. Shared: do not mutate. */
export function requirementSet(
  rules: CompetencyRules,
  choice: Choice,
  labels: ExplorerLabels,
  t: Translate,
): RequirementSet {
  const byLabels = cached(setCache, rules, () => new WeakMap<ExplorerLabels, Map<string, RequirementSet>>());
  const sets = cached(byLabels, labels, () => new Map<string, RequirementSet>());
  return cached(sets, `${t.lang}/${panelId(choice)}`, () => newRequirementSet(rules, choice, labels, t));
}

function newRequirementSet(
  rules: CompetencyRules,
  choice: Choice,
  labels: ExplorerLabels,
  t: Translate,
): RequirementSet {
  const why = shownUnavailable(rules, choice, labels, t);
  const reason = why.text;
  const reasonIllustrative = why.illustrative;
  const note = rules.regions.find((r) => r.id === choice.region)?.note ?? '';
  const regionsIllustrative = competencyFactIllustrative(rules, 'regions');
  const common = { choice, note, regionsIllustrative };
  if (reason) return { ...common, available: false, reason, reasonIllustrative, requirements: [] };
  const requirements = appliedRequirements(rules, choice.level, choice.model)
    .map((req, position) => ({ req, position }))
    .sort((a, b) => kindRank(a.req.kind) - kindRank(b.req.kind) || a.position - b.position)
    .map(({ req }): RequirementLine => ({
      id: req.id,
      label: req.label,
      kind: req.kind,
      threshold: describeThreshold(req, t),
      illustrative: thresholdIllustrative(req),
      carriedFrom: req.from === choice.level ? null : req.from,
      requirement: req,
    }));
  return { ...common, available: true, reason: '', reasonIllustrative: false, requirements };
}

/** Whether two requirements ask for the same thing; label, help, evidence and weight aside. */
function sameThreshold(a: Requirement, b: Requirement, t: Translate): boolean {
  return describeThreshold(a, t) === describeThreshold(b, t);
}

function heading(from: Choice, to: Choice, labels: ExplorerLabels, t: Translate): string {
  const parts: string[] = [];
  const change = (key: TextKey, list: readonly Named[], a: string, b: string) =>
    fill(t.raw(key), { to: titleIn(list, b), from: titleIn(list, a) });
  if (from.model !== to.model) parts.push(change('explorer.onModel', labels.models, from.model, to.model));
  if (from.level !== to.level) parts.push(change('explorer.atLevel', labels.levels, from.level, to.level));
  if (from.region !== to.region)
    parts.push(change('explorer.inRegion', labels.regions, from.region, to.region));
  return parts.length > 0 ? parts.join(t('list.separator')) : t('explorer.sameChoice');
}

/** The differences from one requirement set to another, in matrix row order of the sets. */
export function diffRequirements(
  from: readonly RequirementLine[],
  to: readonly RequirementLine[],
  t: Translate,
): RequirementChange[] {
  const changes: { change: RequirementChange; kind: RequirementKind; position: number }[] = [];
  to.forEach((after, position) => {
    const before = from.find((r) => r.id === after.id);
    if (before === undefined) {
      changes.push({
        change: {
          change: 'added',
          id: after.id,
          after,
          text: t('explorer.added', { label: after.label, threshold: after.threshold }),
          parts: fillParts(t.raw('explorer.added'), {
            label: after.label,
            threshold: marked(after.threshold, after.illustrative),
          }),
        },
        kind: after.kind,
        position,
      });
    } else if (!sameThreshold(before.requirement, after.requirement, t)) {
      const change = shownChange(before.requirement, after.requirement, t);
      const text = t('explorer.changed', { label: after.label, change: change.text });
      const parts = fillParts(t.raw('explorer.changed'), { label: after.label, change });
      changes.push({
        change: { change: 'changed', id: after.id, before, after, text, parts },
        kind: after.kind,
        position,
      });
    }
  });
  from.forEach((before, position) => {
    if (!to.some((r) => r.id === before.id)) {
      changes.push({
        change: {
          change: 'removed',
          id: before.id,
          before,
          text: t('explorer.removed', { label: before.label }),
          parts: [t('explorer.removed', { label: before.label })],
        },
        kind: before.kind,
        // Removed rows sort among the others by their place in the first set.
        position: position - 0.5,
      });
    }
  });
  return changes
    .sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.position - b.position)
    .map((c) => c.change);
}

/** What changes from one requirement set to another, with the whole diff as a sentence. */
export function diffSets(
  from: RequirementSet,
  to: RequirementSet,
  labels: ExplorerLabels,
  t: Translate,
): SetDiff {
  const head = heading(from.choice, to.choice, labels, t);
  const base = { from: from.choice, to: to.choice, heading: head };
  if (!to.available) {
    return {
      ...base,
      available: false,
      reason: to.reason,
      reasonIllustrative: to.reasonIllustrative,
      changes: [],
      text: t('explorer.diff.unavailable', { heading: head, reason: to.reason }),
    };
  }
  if (!from.available) {
    return {
      ...base,
      available: true,
      reason: '',
      reasonIllustrative: false,
      changes: [],
      text: t('explorer.diff.available', {
        heading: head,
        requirements: t.count('explorer.requirements', to.requirements.length),
      }),
    };
  }
  const changes = diffRequirements(from.requirements, to.requirements, t);
  return {
    ...base,
    available: true,
    reason: '',
    reasonIllustrative: false,
    changes,
    text:
      changes.length > 0
        ? t('explorer.diff.changes', {
            heading: head,
            changes: changes.map((c) => c.text).join(t('list.clauses')),
          })
        : t('explorer.diff.same', { heading: head }),
  };
}

/** The other choices one step away: each other business model, the other levels, each other region. */
export function neighbours(
  choice: Choice,
  labels: ExplorerLabels,
): { model: Choice[]; level: Choice[]; region: Choice[] } {
  return {
    model: labels.models.filter((m) => m.id !== choice.model).map((m) => ({ ...choice, model: m.id })),
    level: labels.levels.filter((l) => l.id !== choice.level).map((l) => ({ ...choice, level: l.id })),
    region: labels.regions.filter((r) => r.id !== choice.region).map((r) => ({ ...choice, region: r.id })),
  };
}

/** One panel of the explorer: a choice, its requirement set, and what each one-step change does. */
export interface ExplorerPanel {
  /** Fragment id of the panel, e.g. "explore-resell-emea-expert". */
  id: string;
  set: RequirementSet;
  /** Diffs to the other business models and levels (the requirements differ there). */
  diffs: SetDiff[];
  /** Regions where the same model and level are not available, with the reason; [] when offered everywhere. */
  unavailableRegions: { region: RegionLabel; reason: string; illustrative: boolean }[];
  /** Whether the competency is offered in the panel's region at all. */
  regionOffered: boolean;
}

/** The fragment id of a choice's panel. */
export function panelId(choice: Choice): string {
  return `explore-${choice.model}-${choice.region}-${choice.level}`;
}

/**
 * Every panel of a competency's explorer, one per model x region x level, in label order. Regions change
 * only availability, so each panel diffs against the other models and levels and lists unavailable regions.
 */
export function explorerPanels(
  rules: CompetencyRules,
  labels: ExplorerLabels,
  t: Translate,
): ExplorerPanel[] {
  const setOf = (choice: Choice): RequirementSet => requirementSet(rules, choice, labels, t);
  const panels: ExplorerPanel[] = [];
  for (const model of labels.models) {
    for (const region of labels.regions) {
      for (const level of labels.levels) {
        const choice: Choice = { model: model.id, region: region.id, level: level.id };
        const set = setOf(choice);
        const next = neighbours(choice, labels);
        panels.push({
          id: panelId(choice),
          set,
          // A diff that only repeats why this choice is unavailable (the same region, say) tells nothing.
          diffs: [...next.model, ...next.level]
            .map(setOf)
            .filter((other) => set.available || other.available || other.reason !== set.reason)
            .map((other) => diffSets(set, other, labels, t)),
          unavailableRegions: labels.regions
            .filter((r) => !isOfferedInRegion(rules, r.id))
            .map((r) => ({
              region: r,
              reason: reasonShort(
                { code: 'region', region: r.id, offeredIn: rules.regions.map((x) => x.id) },
                labels,
                t,
              ),
              illustrative: competencyFactIllustrative(rules, 'regions'),
            })),
          regionOffered: isOfferedInRegion(rules, region.id),
        });
      }
    }
  }
  return panels;
}

/** The panel shown first: the first available choice in label order, else the first panel. */
export function defaultPanel(panels: readonly ExplorerPanel[]): ExplorerPanel | undefined {
  return panels.find((p) => p.set.available) ?? panels[0];
}

/** The explorer's panels for one business model and level: one per region, and what those regions share. */
export interface ExplorerGroup {
  /** e.g. "explore-integrate-principal". */
  id: string;
  /** One panel per region, in label order. */
  panels: ExplorerPanel[];
  /**
   * The panel whose requirements and diffs every region that offers the competency shows: a region changes
   * only whether the competency is offered there (and its note), never what a level asks. Undefined when no
   * region offers it.
   */
  shared: ExplorerPanel | undefined;
}

/**
 * The panels grouped by business model and level, in panel order, so a page renders each requirement set
 * once instead of once per region (a quarter of the HTML with four regions).
 */
export function explorerGroups(panels: readonly ExplorerPanel[]): ExplorerGroup[] {
  const groups = new Map<string, ExplorerGroup>();
  for (const panel of panels) {
    const { model, level } = panel.set.choice;
    const id = `explore-${model}-${level}`;
    let group = groups.get(id);
    if (group === undefined) {
      group = { id, panels: [], shared: undefined };
      groups.set(id, group);
    }
    group.panels.push(panel);
    if (group.shared === undefined && panel.regionOffered) group.shared = panel;
  }
  return [...groups.values()];
}
