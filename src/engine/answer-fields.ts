/**
 * The self-assessment form of a competency: one field per requirement id that applies at any offered
 * level for a business model, in the order the requirement matrix lists rows.
 */
import { countingRules } from '../domain/counting.ts';
import { evidenceIllustrative, thresholdIllustrative, type Marked } from '../domain/provenance.ts';
import { assess } from './assess.ts';
import type { AssessmentContext, CompetencyAssessment } from './types.ts';
import { controlOf, describeThreshold, isWhole, kindRank, unitOf } from '../domain/kinds.ts';
import { appliedRequirements, offeredLevels, type CompetencyRules } from '../domain/rules.ts';
import { BUSINESS_MODEL_IDS, type BusinessModelId, type LevelId } from '../schemas/ids.ts';
import type { Requirement } from '../schemas/requirement.ts';

import type { Translate } from '../text/translate.ts';
/** One field of the form. */
export interface AnswerField {
  /** Requirement id, the key of the answer. */
  id: string;
  /** The requirement as the highest level that asks for it states it (its label and bounds). */
  requirement: Requirement;
  /** A checkbox for done / held, a number box for everything else. */
  control: 'checkbox' | 'number';
  /** What the number counts, shown after the box, e.g. "USD", "%", "people", "score, 0–10 scale"; "" for checkboxes. */
  unit: string;
  /** Whole numbers only (people, references), so phones can offer a digits-only keypad. */
  whole: boolean;
  /** The target at each offered level that asks for it, lowest level first, marked when it is an example. */
  targets: { level: LevelId; text: string; illustrative: boolean }[];
  /**
   * What a form shows beside the field, a paragraph each: its help, how a partner record's entries count
   * toward it (countingRules) and the evidence it asks for, each with its mark and the evidence after its lead.
   */
  notes: FieldNote[];
}

/** One paragraph beside a field: a value with its mark, after a lead in plain words ("Evidence:") or none (""). */
export interface FieldNote extends Marked {
  lead: string;
}

/** The paragraphs beside a field for a requirement: help, counting rules, evidence. */
function notesOf(req: Requirement, t: Translate): FieldNote[] {
  const illustrative = evidenceIllustrative(req);
  return [
    { lead: '', text: req.help, illustrative },
    ...countingRules(req, t).map((rule) => ({ lead: '', ...rule })),
    { lead: t('field.evidence'), text: req.evidence, illustrative },
  ];
}

/** The fields for a business model; [] when the competency has no level on it. */
export function answerFields(rules: CompetencyRules, model: BusinessModelId, t: Translate): AnswerField[] {
  const fields = new Map<string, AnswerField & { position: number }>();
  for (const level of offeredLevels(rules, model)) {
    for (const req of appliedRequirements(rules, level, model)) {
      const target = { level, text: describeThreshold(req, t), illustrative: thresholdIllustrative(req) };
      const known = fields.get(req.id);
      if (known) {
        // The higher level's wording wins, as in the matrix of that level.
        known.requirement = req;
        known.notes = notesOf(req, t);
        known.targets.push(target);
        continue;
      }
      fields.set(req.id, {
        id: req.id,
        requirement: req,
        control: controlOf(req),
        unit: unitOf(req, t),
        whole: isWhole(req),
        targets: [target],
        notes: notesOf(req, t),
        position: fields.size,
      });
    }
  }
  return [...fields.values()]
    .sort((a, b) => kindRank(a.requirement.kind) - kindRank(b.requirement.kind) || a.position - b.position)
    .map(({ position: _position, ...field }) => field);
}

/** The business model and region the form starts with: the first offered of each, in content order. */
export function defaultContext(rules: CompetencyRules): AssessmentContext {
  return {
    businessModel:
      rules.businessModels.find((m) => offeredLevels(rules, m).length > 0) ?? BUSINESS_MODEL_IDS[0],
    region: rules.regions[0]?.id ?? '',
  };
}

/** What the form shows before the partner answers anything, computed where the page is built. */
export interface InitialView {
  context: AssessmentContext;
  fields: AnswerField[];
  result: CompetencyAssessment;
}

/**
 * The empty form and its verdict for the default context. The page renders the widget with it, so the
 * browser needs the scoring code only once the partner starts answering.
 */
export function initialView(rules: CompetencyRules, t: Translate): InitialView {
  const context = defaultContext(rules);
  return {
    context,
    fields: answerFields(rules, context.businessModel, t),
    result: assess(rules, context, {}, t),
  };
}
