/**
 * What a competency page says about its announced rules: when they take effect, in which version, the
 * editors' summary, and each requirement they change, business model by business model. Worked out on the
 * server from the rules alone (the widget adds the partner's own figures once it loads).
 */
import { announcedDate, announcedVersion, announcementIllustrative } from '../domain/announced.ts';
import { titleIn, type MatrixLabels } from '../domain/labels.ts';
import { marked, type Marked, type Segments } from '../domain/provenance.ts';
import { offeredLevels, type CompetencyRules } from '../domain/rules.ts';
import { announcedDifferences, announcedOf, differenceText, levelOn } from '../engine/announced.ts';
import type { Translate } from '../text/translate.ts';

/** The announcement as a page shows it. */
export interface AnnouncedView {
  /** The day the announced rules take effect, e.g. "1 July 2027", with its mark. */
  date: Marked;
  /** "rules version 1.1", with its mark. */
  version: Marked;
  /** What changes, in the editors' words, with its mark. */
  summary: Marked;
  /** Each change in words, e.g. "Customer references for Expert on Resell: 3 customer references instead of 2". */
  changes: Segments[];
}

/** The page's view of a competency's announced rules; null when nothing is announced. */
export function announcedView(
  rules: CompetencyRules,
  labels: MatrixLabels,
  t: Translate,
): AnnouncedView | null {
  const next = rules.announced;
  const after = announcedOf(rules);
  if (next === undefined || after === null) return null;
  const changes: Segments[] = [];
  for (const model of rules.businessModels) {
    for (const level of offeredLevels(after, model)) {
      const where = levelOn(t, titleIn(labels.levels, level), titleIn(labels.models, model));
      for (const { old, req, index } of announcedDifferences(rules, after, level, model))
        changes.push(differenceText(where, old, index === null ? null : req, t));
    }
  }
  return {
    date: announcedDate(next, t),
    version: announcedVersion(next, t),
    summary: marked(next.summary, announcementIllustrative(next)),
    changes,
  };
}
