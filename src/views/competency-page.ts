/**
 * What a competency page shows around its MDX body: the facts at a glance, the requirement matrix, where it
 * is offered, the explorer, and which interim designation the widget checks. Built from plain data, so the
 * page only reads site data and renders.
 */
import { availability, reasonShort } from '../domain/availability.ts';
import { designationApplies, designationModel, isInterimDesignation } from '../domain/designation.ts';
import { titleIn, type ExplorerLabels } from '../domain/labels.ts';
import { competencyFactIllustrative, marked, type Marked } from '../domain/provenance.ts';
import type { CompetencyRules } from '../domain/rules.ts';
import {
  buildRequirementMatrix,
  offeredLevelIds,
  regionalAvailability,
  type RegionAvailability,
  type RegionInfo,
  type RequirementMatrix,
} from './catalogue.ts';
import {
  diffRequirements,
  diffSets,
  explorerPanels,
  requirementSet,
  type ExplorerPanel,
} from './explorer.ts';
import type { BusinessModelId, LevelId } from '../schemas/ids.ts';
import type { Translate } from '../text/text.ts';
import { formatDay } from '../text/days.ts';

/** The view model of one competency page. */
export interface CompetencyPage {
  /** True for an interim designation such as Services Expert. */
  interim: boolean;
  /** Titles of the levels it can be earned at, e.g. "Principal, Expert". */
  levels: string;
  /** The business models it is offered on, then why not on the others, e.g. "Integrate. Not offered on Resell". */
  models: Marked;
  /** Where it is offered at a glance, e.g. "3 of 4: NA, EMEA, APJ". */
  regionsAtGlance: Marked;
  /** Where it is offered as a sentence, e.g. "Mobility is offered in 3 of the 4 regions this site lists." */
  regionsSentence: Marked;
  /** The rules version and since when it applies, e.g. "Version 1.0, in effect since 15 January 2026". */
  rulesVersion: Marked;
  /** Every region, offered or not, with its note. */
  regions: RegionAvailability[];
  /** The regions it is offered in. */
  offeredRegions: RegionAvailability[];
  matrix: RequirementMatrix;
  panels: ExplorerPanel[];
  /** For an interim designation, the title of the business model it is checked on, e.g. "Integrate". */
  standsInFor: string;
  /** The interim designation the widget checks on this page, when it applies to this competency. */
  designation: CompetencyRules | undefined;
  /** The business model on which the partner checks that designation here, when it applies. */
  designationOn: BusinessModelId | undefined;
  /** For each business model, what changes on each other one at each level: the widget shows the chosen model's. */
  differences: Record<BusinessModelId, ModelDifference[]>;
}

/** What changes at one level on another business model than the chosen one. */
export interface ModelDifference {
  level: LevelId;
  /** e.g. "At Principal, on Resell instead of Integrate". */
  heading: string;
  /**
   * Why the other model is not available (with its mark when that rests on an example), or that nothing
   * changes, as a sentence; empty text when `lines` say what does.
   */
  summary: Marked;
  /**
   * Each change in words, naming only the other model's threshold (the chosen model's stands in its own
   * table row), e.g. "Archiving revenue: USD 75,000 in the trailing 12 months".
   */
  lines: { change: 'added' | 'removed' | 'changed'; text: string; illustrative: boolean }[];
}

/** What changes on every other business model than `model`, level by level, where `model` or the other has the level. */
export function modelDifferences(
  rules: CompetencyRules,
  labels: ExplorerLabels,
  model: BusinessModelId,
  t: Translate,
): ModelDifference[] {
  // Regions decide only whether the competency is offered, never what a level asks: any offered one serves.
  const region = rules.regions[0]?.id ?? labels.regions[0]?.id ?? '';
  return labels.levels.flatMap((level) => {
    const own = requirementSet(rules, { model, region, level: level.id }, labels, t);
    return labels.models
      .filter((m) => m.id !== model)
      .flatMap((other): ModelDifference[] => {
        const theirs = requirementSet(rules, { model: other.id, region, level: level.id }, labels, t);
        if (!own.available && !theirs.available) return [];
        const diff = diffSets(own, theirs, labels, t);
        const changes = own.available ? diff.changes : diffRequirements([], theirs.requirements, t);
        return [
          {
            level: level.id,
            heading: t('modelDiff.itemHeading', {
              level: level.title,
              to: other.title,
              from: titleIn(labels.models, model),
            }),
            summary: !diff.available
              ? marked(t('modelDiff.reason', { reason: diff.reason }), diff.reasonIllustrative)
              : marked(changes.length === 0 ? t('modelDiff.same') : '', false),
            lines: changes.map((c) => ({
              change: c.change,
              text:
                c.change === 'changed'
                  ? t('explorer.changed', { label: c.after.label, change: c.after.threshold })
                  : c.text,
              illustrative: c.change !== 'removed' && c.after.illustrative,
            })),
          },
        ];
      });
  });
}

/** Builds a competency page from its rules, the site's labels and regions, and the catalogue's designation. */
export function competencyPage(
  rules: CompetencyRules,
  labels: ExplorerLabels,
  regions: readonly RegionInfo[],
  designation: CompetencyRules | undefined,
  t: Translate,
): CompetencyPage {
  const levelIds = offeredLevelIds(rules);
  const reasons = labels.models.flatMap((m) => {
    const why = availability(rules, { model: m.id }, { asWritten: true });
    return why === null ? [] : [reasonShort(why, labels, t)];
  });
  const offeredOn = labels.models.filter((m) => rules.businessModels.includes(m.id)).map((m) => m.title);
  const all = regionalAvailability(rules, regions);
  const offered = all.filter((r) => r.offered);
  const regionsIllustrative = competencyFactIllustrative(rules, 'regions');
  return {
    interim: isInterimDesignation(rules),
    levels: labels.levels
      .filter((l) => levelIds.includes(l.id))
      .map((l) => l.title)
      .join(t('list.separator')),
    models: marked(
      [offeredOn.join(t('list.separator')), ...reasons]
        .filter((part) => part !== '')
        .join(t('list.sentences')),
      competencyFactIllustrative(rules, 'businessModels'),
    ),
    regionsAtGlance: marked(
      t('page.regionsAtGlance', {
        offered: offered.length,
        total: all.length,
        regions: offered.map((r) => r.short).join(t('list.separator')),
      }),
      regionsIllustrative,
    ),
    regionsSentence: marked(
      offered.length === all.length
        ? t('page.regionsEvery', { competency: rules.title })
        : t('page.regionsSome', { competency: rules.title, offered: offered.length, total: all.length }),
      regionsIllustrative,
    ),
    rulesVersion: marked(
      t('page.rulesVersion', { version: rules.version, date: formatDay(t.formats, rules.effective) }),
      competencyFactIllustrative(rules, 'version'),
    ),
    regions: all,
    offeredRegions: offered,
    matrix: buildRequirementMatrix(rules, labels, t),
    panels: explorerPanels(rules, labels, t),
    standsInFor: titleIn(labels.models, designationModel(rules) ?? ''),
    designation: designationApplies(rules, designation) ? designation : undefined,
    designationOn: designationApplies(rules, designation) ? designationModel(designation) : undefined,
    differences: Object.fromEntries(
      labels.models.map((m) => [m.id, modelDifferences(rules, labels, m.id, t)]),
    ) as Record<BusinessModelId, ModelDifference[]>,
  };
}
