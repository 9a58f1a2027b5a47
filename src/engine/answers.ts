/**
 * Answers read against a competency's rules: each requirement id takes the answer its kind asks for, as
 * the table of kinds states it, and a typed field becomes a value or a message that names the requirement.
 * Loaded only once the partner acts, since it brings the answers schema (zod/mini) with it.
 */
import { controlOf, expectedAnswer, isWhole, scaleOf, typedUnitOf, unitOf } from '../domain/kinds.ts';
import { readNumberAnswer, type NumberReader } from '../domain/number-words.ts';
import type { NumberField } from '../domain/read-number.ts';
import {
  MAX_ANSWER,
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
import type { Translate } from '../text/translate.ts';

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
  if (controlOf(req) === 'checkbox') return { label: req.label, control: 'checkbox' };
  const scale = scaleOf(req);
  return {
    label: req.label,
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

/** The requirement an answer id stands for under the rules (its first declaration), or undefined. */
export function answerRequirement(rules: AnswerRules, id: string): Requirement | undefined {
  return requirementsById(rules).get(id);
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

/** One reading of ambiguous text, as a question offers it: the number and how the site writes it. */
export interface FieldChoice {
  value: number;
  /** The figure in the site's format with its unit, e.g. "USD 185,000". */
  text: string;
}

/**
 * The outcome of reading one field: a value (undefined when left empty) or a message; a message with
 * `choices` asks which of two readings the partner meant. Either way a field that is not ok has no answer.
 */
export type FieldResult =
  | { ok: true; value: AnswerValue | undefined }
  | { ok: false; message: string; choices?: readonly FieldChoice[] | undefined };

/** A field whose text is not an answer: its message, and the readings to choose from when it asks. */
export type FieldProblem = Extract<FieldResult, { ok: false }>;

const YES = new Set(['yes', 'y', 'true', 'done']);
const NO = new Set(['no', 'n', 'false', 'not done']);

/** What a requirement's number field accepts, for the reader (src/domain/read-number.ts). */
export function numberFieldOf(req: Requirement, t: Translate): NumberField {
  const scale = scaleOf(req);
  return {
    whole: isWhole(req),
    min: scale?.min ?? 0,
    max: scale?.max ?? MAX_ANSWER,
    scale: scale !== null,
    unit: typedUnitOf(req) && unitOf(req, t),
  };
}

/**
 * Parses what a partner typed into one field. Empty means not answered. Number fields take every form the
 * reader knows (readNumberAnswer), read the page's way (`reader`): text with two readings that both fit
 * asks which one is meant, in the page's words.
 */
export function parseAnswerField(text: string, req: Requirement, reader: NumberReader): FieldResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  if (controlOf(req) === 'checkbox') {
    const word = trimmed.toLowerCase();
    if (YES.has(word)) return { ok: true, value: true };
    if (NO.has(word)) return { ok: true, value: false };
    return {
      ok: false,
      message: reader.t('field.expected', { label: req.label, expected: expectedAnswer(req, reader.t) }),
    };
  }
  return readNumberAnswer(trimmed, numberFieldOf(req, reader.t), req.label, reader);
}
