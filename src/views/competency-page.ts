/**
 * What a competency page shows around its MDX body: the facts at a glance, the requirement matrix, where it
 * is offered, the explorer, and which interim designation the widget checks. Built from plain data, so the
 * page only reads site data and renders.
 */
import { availability, reasonShort } from '../domain/availability.ts';
import { designationApplies, designationModel, isInterimDesignation } from '../domain/designation.ts';
import { titleIn, type ExplorerLabels } from '../domain/labels.ts';
import type { CompetencyRules } from '../domain/rules.ts';
import {
  buildRequirementMatrix,
  offeredLevelIds,
  regionalAvailability,
  type RegionAvailability,
  type RegionInfo,
  type RequirementMatrix,
} from './catalogue.ts';
import { explorerPanels, type ExplorerPanel } from './explorer.ts';

/** The view model of one competency page. */
export interface CompetencyPage {
  /** True for an interim designation such as Services Expert. */
  interim: boolean;
  /** Titles of the levels it can be earned at, e.g. "Principal, Expert". */
  levels: string;
  /** The business models it is offered on, then why not on the others, e.g. "Integrate. Not offered on Resell". */
  models: string;
  /** Every region, offered or not, with its note. */
  regions: RegionAvailability[];
  /** The regions it is offered in. */
  offeredRegions: RegionAvailability[];
  matrix: RequirementMatrix;
  panels: ExplorerPanel[];
  /** For an interim designation, the title of the business model whose Expert level it stands in for. */
  standsInFor: string;
  /** The interim designation the widget checks on this page, when it applies to this competency. */
  designation: CompetencyRules | undefined;
}

/** Builds a competency page from its rules, the site's labels and regions, and the catalogue's designation. */
export function competencyPage(
  rules: CompetencyRules,
  labels: ExplorerLabels,
  regions: readonly RegionInfo[],
  designation: CompetencyRules | undefined,
): CompetencyPage {
  const levelIds = offeredLevelIds(rules);
  const reasons = labels.models.flatMap((m) => {
    const why = availability(rules, { model: m.id }, { asWritten: true });
    return why === null ? [] : [reasonShort(why, labels)];
  });
  const offeredOn = labels.models.filter((m) => rules.businessModels.includes(m.id)).map((m) => m.title);
  const all = regionalAvailability(rules, regions);
  return {
    interim: isInterimDesignation(rules),
    levels: labels.levels
      .filter((l) => levelIds.includes(l.id))
      .map((l) => l.title)
      .join(', '),
    models: [offeredOn.join(', '), ...reasons].filter((part) => part !== '').join('. '),
    regions: all,
    offeredRegions: all.filter((r) => r.offered),
    matrix: buildRequirementMatrix(rules, labels),
    panels: explorerPanels(rules, labels),
    standsInFor: titleIn(labels.models, designationModel(rules) ?? ''),
    designation: designationApplies(rules, designation) ? designation : undefined,
  };
}
