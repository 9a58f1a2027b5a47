/**
 * Answers read against a competency's rules: each requirement id takes the answer its kind asks for, as
 * the table of kinds states it, and a typed field becomes a value or a message that names the requirement.
 * Loaded only once the partner acts, since it brings the answers schema (zod/mini) with it.
 */
import { controlOf, expectedAnswer, isWhole, scaleOf, typedUnitOf, unitOf } from '../domain/kinds.ts';
import {
  MAX_ANSWER_KEYS,
  answerSchemaOf,
  answersSchemaOf,
  readAnswers,
  type AnswerShape,
  type Answers,
  type AnswersResult,
  type AnswerValue,
} from '../schemas/answers.ts';
import type { LevelRequirements } from '../schemas/competency.ts';
import type { Requirement } from '../schemas/requirement.ts';
import type { ZodMiniType } from 'zod/mini';
import { cached } from '../util/cached.ts';

/** The part of a competency's rules the answers are checked against. */
export interface AnswerRules {
  requirements: { principal?: LevelRequirements | undefined; expert?: LevelRequirements | undefined };
}

/** Every requirement of the rules by id, first declaration wins (the same id names the same measure). */
function requirementsById(rules: AnswerRules): Map<string, Requirement> {
  const byId = new Map<string, Requirement>();
  for (const level of [rules.requirements.principal, rules.requirements.expert]) {
    for (const list of [level?.integrate, level?.resell]) {
      for (const req of list ?? []) if (!byId.has(req.id)) byId.set(req.id, req);
    }
  }
  return byId;
}

/** What a requirement's answer must be, from the table of kinds. */
export function answerShapeOf(req: Requirement): AnswerShape {
  const expected = expectedAnswer(req);
  if (controlOf(req) === 'checkbox') return { label: req.label, expected, control: 'checkbox' };
  const scale = scaleOf(req);
  return {
    label: req.label,
    expected,
    control: 'number',
    min: scale?.min ?? 0,
    max: scale?.max,
    whole: isWhole(req),
  };
}

const schemaCache = new WeakMap<AnswerRules, ZodMiniType<Answers>>();

/** The answers schema of one competency: only its requirement ids, each with the value its kind takes. */
export function answersSchemaFor(rules: AnswerRules): ZodMiniType<Answers> {
  return cached(schemaCache, rules, () => {
    const shapes = new Map<string, AnswerShape>();
    for (const [id, req] of requirementsById(rules)) shapes.set(id, answerShapeOf(req));
    return answersSchemaOf(shapes);
  });
}

/**
 * Reads answers from anything (parsed JSON, storage, a share link). With rules, only that competency's
 * requirement ids are accepted and each value must suit its kind. Never throws.
 */
export function parseAnswers(input: unknown, rules?: AnswerRules): AnswersResult {
  return readAnswers(input, rules && answersSchemaFor(rules));
}

const checkerCache = new WeakMap<
  AnswerRules,
  Map<string, { label: string; schema: ZodMiniType<AnswerValue> }>
>();

/** Each requirement id of the rules with its label and the schema of its answer. */
function fieldCheckers(rules: AnswerRules) {
  return cached(checkerCache, rules, () => {
    const checkers = new Map<string, { label: string; schema: ZodMiniType<AnswerValue> }>();
    for (const [id, req] of requirementsById(rules)) {
      checkers.set(id, { label: req.label, schema: answerSchemaOf(answerShapeOf(req)) });
    }
    return checkers;
  });
}

/** The label of the requirement an answer id stands for under the rules, or undefined. */
export function answerLabel(rules: AnswerRules, id: string): string | undefined {
  return fieldCheckers(rules).get(id)?.label;
}

/** Answers from a link, a file or storage, checked field by field against the current rules. */
export interface CheckedAnswers {
  /** Every answer that suits its field: the only ones to show, score or save. */
  answers: Answers;
  /** The labels (the site's own) of the fields whose value did not suit them and was left out. */
  refused: string[];
  /** How many answers named no requirement of these rules and were left out. */
  unknown: number;
}

/**
 * Checks answers from anywhere against the current rules, whatever rules version they claim: each value
 * must suit its field (range, whole number, type); one that does not is left out and its field named, an
 * id the rules do not have is left out and counted. Null when the input is not answers at all (not a
 * plain object, or more entries than any competency has). Never throws.
 */
export function checkAnswers(input: unknown, rules: AnswerRules): CheckedAnswers | null {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
    const proto: unknown = Object.getPrototypeOf(input);
    if (proto !== Object.prototype && proto !== null) return null;
    const entries = Object.entries(input);
    if (entries.length > MAX_ANSWER_KEYS) return null;
    const checkers = fieldCheckers(rules);
    const answers: Answers = {};
    const refused: string[] = [];
    let unknown = 0;
    for (const [id, value] of entries) {
      const checker = checkers.get(id);
      if (checker === undefined) unknown++;
      else if (checker.schema.safeParse(value).success) answers[id] = value as AnswerValue;
      else refused.push(checker.label);
    }
    return { answers, refused, unknown };
  } catch {
    // Exotic inputs (proxies, throwing getters) cannot come from JSON, but must not crash a page either.
    return null;
  }
}

/** The outcome of reading one widget field: a value (undefined when left empty) or a message. */
export type FieldResult = { ok: true; value: AnswerValue | undefined } | { ok: false; message: string };

const YES = new Set(['yes', 'y', 'true', 'done']);
const NO = new Set(['no', 'n', 'false', 'not done']);
// Digits with optional thousands separators (comma or space) and decimals, e.g. "40,000" or "7.5".
const NUMBER_TEXT = /^\+?(?:\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.\d+)?$|^\+?\.\d+$/;

/** The number part of a typed figure: without the unit where the kind lets it be typed ("USD 40,000", "12 %"). */
function withoutUnit(text: string, req: Requirement): string {
  const unit = unitOf(req);
  switch (typedUnitOf(req)) {
    case 'prefix':
      return text.toUpperCase().startsWith(unit.toUpperCase()) ? text.slice(unit.length).trim() : text;
    case 'suffix':
      return text.endsWith(unit) ? text.slice(0, -unit.length).trim() : text;
    case undefined:
      return text;
  }
}

/**
 * Parses what a partner typed into one field of the widget. Empty means not answered. Accepts thousands
 * separators and the unit where its kind lets it be typed (a leading currency code, a trailing %).
 */
export function parseAnswerField(text: string, req: Requirement): FieldResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  const expected = `${req.label}: expected ${expectedAnswer(req)}`;
  let value: AnswerValue;
  if (controlOf(req) === 'checkbox') {
    const word = trimmed.toLowerCase();
    if (YES.has(word)) value = true;
    else if (NO.has(word)) value = false;
    else return { ok: false, message: expected };
  } else {
    const digits = withoutUnit(trimmed, req);
    if (!NUMBER_TEXT.test(digits)) return { ok: false, message: expected };
    value = Number(digits.replace(/[, ]/g, ''));
  }
  const checked = answerSchemaOf(answerShapeOf(req)).safeParse(value);
  if (!checked.success) return { ok: false, message: checked.error.issues[0]?.message ?? expected };
  return { ok: true, value };
}
