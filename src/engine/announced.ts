/**
 * Answers scored under a competency's announced rules beside its current ones: the verdict under the
 * announced rules and, requirement by requirement, what they change for this partner, each as a sentence of
 * marked parts built from the rules ("From 1 July 2027, Customer references for Expert on Resell: 3
 * customer references instead of 2; you have 1 customer reference.").
 */
import { announcedDate, announcedRules, announcedVersion } from '../domain/announced.ts';
import { describeAnswer } from '../domain/kinds.ts';
import { ID_LABELS, titleIn, type ExplorerLabels } from '../domain/labels.ts';
import type { Marked, Segments } from '../domain/provenance.ts';
import { segmentsOf } from '../domain/segments.ts';
import type { RequirementStatus } from '../domain/requirement-status.ts';
import {
  appliedRequirements,
  offeredLevels,
  type AppliedRequirement,
  type CompetencyRules,
} from '../domain/rules.ts';
import { shownChange, shownThreshold } from '../domain/shown.ts';
import type { BusinessModelId, LevelId } from '../schemas/ids.ts';
import { cached } from '../util/cached.ts';
import { canonicalJson } from '../util/canonical-json.ts';
import { assess } from './assess.ts';
import type { Translate } from '../text/translate.ts';
import { ruleFields } from './hash.ts';
import type { Answers, AssessmentContext, CompetencyAssessment } from './types.ts';

/** What the announced rules change about one requirement at one level, for the partner's answers. */
export interface AnnouncedChange {
  /** The level whose requirements change, e.g. "expert". */
  level: LevelId;
  /** The requirement's id, e.g. "references". */
  id: string;
  /** Its label, e.g. "Customer references". */
  label: string;
  /** Whether the announced rules change the requirement, add it or no longer ask for it. */
  change: 'changed' | 'added' | 'removed';
  /** Its state under the announced rules; null when they no longer ask for it. */
  status: RequirementStatus | null;
  /** The sentence, in parts with their marks. */
  text: Segments;
}

/** A competency's answers under its announced rules, beside the verdict under its current ones. */
export interface AnnouncedComparison {
  /** The announced rules version, e.g. "1.1". */
  version: string;
  /** The day they take effect, YYYY-MM-DD. */
  effective: string;
  /** That day for people, with its mark, e.g. "1 July 2027". */
  date: Marked;
  /** The answers scored under the announced rules. */
  assessment: CompetencyAssessment;
  /** The verdict under the announced rules in parts: "Level achieved from 1 July 2027 (rules version 1.1): ". */
  label: Segments;
  /** Its value, e.g. "Principal". */
  value: string;
  /** Whether that verdict differs from the one under the current rules. */
  differs: boolean;
  /** Each requirement the announced rules change on this business model, level by level. */
  changes: AnnouncedChange[];
}

const announcedCache = new WeakMap<CompetencyRules, CompetencyRules | null>();

/** The announced rules of a competency, worked out once per rules object; null when none are announced. */
export function announcedOf(rules: CompetencyRules): CompetencyRules | null {
  return cached(announcedCache, rules, () => announcedRules(rules) ?? null);
}

const same = (a: AppliedRequirement, b: AppliedRequirement): boolean =>
  canonicalJson(ruleFields(a)) === canonicalJson(ruleFields(b));

/** The partner's figure in words, after the rule it is measured against. */
function figure(
  req: AppliedRequirement,
  answer: number | boolean | null,
  asked: boolean,
  t: Translate,
): string {
  if (answer === null) return t(asked ? 'verdict.unanswered' : 'announced.figure.notAsked');
  return t(typeof answer === 'number' ? 'announced.figure.number' : 'announced.figure.answer', {
    answer: describeAnswer(req, answer, t),
  });
}

/** A level on a business model, as announced changes name it, e.g. "Expert on Resell". */
export const levelOn = (t: Translate, level: string, model: string): string =>
  t('announced.where', { level, model });

/** One requirement the announced rules change at a level: before (null: added) and after, and its place. */
export interface AnnouncedDifference {
  /** The requirement under the current rules; null when the announced rules add it. */
  old: AppliedRequirement | null;
  /** The requirement under the announced rules, or the current one when they no longer ask for it. */
  req: AppliedRequirement;
  /** Its place among the level's requirements under the announced rules; null when no longer asked for. */
  index: number | null;
}

/**
 * What the announced rules (`after`) change at a level on a business model, against the current rules:
 * changed and added requirements in their order, then those no longer asked for.
 */
export function announcedDifferences(
  rules: CompetencyRules,
  after: CompetencyRules,
  level: LevelId,
  model: BusinessModelId,
): AnnouncedDifference[] {
  const before = new Map(appliedRequirements(rules, level, model).map((r) => [r.id, r]));
  const out: AnnouncedDifference[] = [];
  for (const [index, req] of appliedRequirements(after, level, model).entries()) {
    const old = before.get(req.id) ?? null;
    before.delete(req.id);
    if (old === null || !same(old, req)) out.push({ old, req, index });
  }
  for (const old of before.values()) out.push({ old, req: old, index: null });
  return out;
}

/**
 * A difference in words, after "From <date>, ": "Customer references for Expert on Resell: 3 customer
 * references instead of 2", "Expert on Resell also needs ...: ...", "Expert on Resell no longer asks for
 * ... (...)". `where` names the level and business model; `after` is null when no longer asked for.
 */
export function differenceText(
  where: string,
  old: AppliedRequirement | null,
  after: AppliedRequirement | null,
  t: Translate,
): Segments {
  if (old === null && after !== null)
    return segmentsOf(t, 'announced.added', {
      where,
      label: after.label,
      threshold: shownThreshold(after, t),
    });
  if (old !== null && after !== null)
    return segmentsOf(t, 'announced.changed', {
      where,
      label: after.label,
      change: shownChange(old, after, t),
    });
  const gone = (old ?? after)!;
  return segmentsOf(t, 'announced.removed', { where, label: gone.label, threshold: shownThreshold(gone, t) });
}

/** The answers an assessment counted, by requirement id. */
export function givenAnswers(assessment: CompetencyAssessment): Answers {
  const answers: Answers = {};
  if (assessment.status === 'assessed')
    for (const level of assessment.levels)
      for (const r of level.requirements) if (r.answer !== null) answers[r.id] = r.answer;
  return answers;
}

/**
 * The answers under the competency's announced rules, beside `current` (the assessment under its current
 * rules, as the caller has it); null when nothing is announced. `labels` name levels and business models.
 */
export function compareAnnounced(
  rules: CompetencyRules,
  current: CompetencyAssessment,
  context: AssessmentContext,
  answers: Answers,
  t: Translate,
  labels: ExplorerLabels = ID_LABELS,
): AnnouncedComparison | null {
  const next = rules.announced;
  const after = announcedOf(rules);
  if (next === undefined || after === null) return null;
  const assessment = assess(after, context, answers, t, labels);
  const date = announcedDate(next, t);
  const model = context.businessModel;
  const changes: AnnouncedChange[] = [];
  // The requirements the current rules ask for on this business model: the fields a partner can answer now.
  const currentIds = new Set(
    offeredLevels(rules, model).flatMap((l) => appliedRequirements(rules, l, model).map((r) => r.id)),
  );
  if (assessment.status === 'assessed') {
    for (const level of assessment.levels) {
      const where = levelOn(t, titleIn(labels.levels, level.level), titleIn(labels.models, model));
      for (const { old, req, index } of announcedDifferences(rules, after, level.level, model)) {
        const scored = index === null ? undefined : level.requirements[index];
        changes.push({
          level: level.level,
          id: req.id,
          label: req.label,
          change: old === null ? 'added' : index === null ? 'removed' : 'changed',
          status: scored?.status ?? null,
          text: scored
            ? segmentsOf(t, 'announced.change.scored', {
                date,
                difference: differenceText(where, old, index === null ? null : req, t),
                figure: figure(req, scored.answer, old !== null || currentIds.has(req.id), t),
              })
            : segmentsOf(t, 'announced.change', {
                date,
                difference: differenceText(where, old, index === null ? null : req, t),
              }),
        });
      }
    }
  }
  const verdict = (a: CompetencyAssessment): string =>
    a.status === 'assessed' ? a.headline.value : a.message;
  const label = assessment.status === 'assessed' ? assessment.headline.label : t('announced.offered');
  return {
    version: next.version,
    effective: next.effective,
    date,
    assessment,
    label: segmentsOf(t, 'announced.label', { label, date, version: announcedVersion(next, t) }),
    value: verdict(assessment),
    differs: verdict(assessment) !== verdict(current),
    changes,
  };
}
