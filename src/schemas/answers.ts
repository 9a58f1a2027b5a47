/**
 * Answers to a competency's requirements, keyed by requirement id: booleans for training and status,
 * numbers for everything else, a missing key meaning "not answered". Every reader of answers (widget,
 * share links, imports, storage) goes through `parseAnswers`, so bad input becomes messages, never a crash.
 * Built with `zod/mini` because it ships to the browser.
 */
import * as z from 'zod/mini';
import type { LevelRequirements } from './competency.ts';
import type { Requirement } from './requirement.ts';

/** The largest number an answer may hold; anything above is a typing slip, not a revenue figure. */
export const MAX_ANSWER = 1e12;
/** The most answers one competency may carry; real rule sets have about a dozen ids. */
export const MAX_ANSWER_KEYS = 200;
/** The longest requirement id accepted in answers. */
export const MAX_ID_LENGTH = 64;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One answer: done / not done, or a number. */
export const AnswerValueSchema = /* @__PURE__ */ z.union(
  [
    z.boolean(),
    z
      .number()
      .check(
        z.gte(0, { error: 'expected 0 or more' }),
        z.lte(MAX_ANSWER, { error: 'expected a number of at most 1,000,000,000,000' }),
      ),
  ],
  { error: 'expected a finite number or true/false' },
);

/** Answers of one competency without knowing its rules: ids to booleans or finite numbers. */
export const AnswersSchema = /* @__PURE__ */ z.record(
  z
    .string()
    .check(
      z.maxLength(MAX_ID_LENGTH, { error: `expected an id of at most ${MAX_ID_LENGTH} characters` }),
      z.regex(ID_PATTERN, { error: 'expected a requirement id of lower-case words joined by hyphens' }),
    ),
  AnswerValueSchema,
);

/** Answers keyed by requirement id; a missing id means not answered. */
export type Answers = z.output<typeof AnswersSchema>;
/** One answer value. */
export type AnswerValue = z.output<typeof AnswerValueSchema>;

/** One problem with the answers: the requirement id it concerns ("" for the whole input) and a message. */
export interface AnswerError {
  id: string;
  message: string;
}

/** The outcome of reading answers: the clean value, or every problem found. */
export type AnswersResult = { ok: true; value: Answers } | { ok: false; errors: AnswerError[] };

/** The part of a competency's rules the answers are checked against. */
export interface AnswerRules {
  requirements: { principal?: LevelRequirements | undefined; expert?: LevelRequirements | undefined };
}

const BOOLEAN_KINDS: ReadonlySet<Requirement['kind']> = new Set(['training', 'status']);
const COUNT_KINDS: ReadonlySet<Requirement['kind']> = new Set(['exam', 'references']);

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

/** What a requirement's answer looks like, for messages. */
function expectation(req: Requirement): string {
  switch (req.kind) {
    case 'training':
      return 'yes or no (true or false): whether the training is complete';
    case 'status':
      return `yes or no (true or false): whether you hold ${req.status} status`;
    case 'exam':
      return 'a whole number of people who passed, e.g. 2';
    case 'references':
      return 'a whole number of customer references, e.g. 3';
    case 'revenue':
      return `an amount in ${req.currency} of 0 or more, e.g. 150000`;
    case 'growth':
      return 'a percentage of 0 or more, e.g. 12.5 (enter 0 if revenue did not grow)';
    case 'satisfaction':
      return `a score from ${req.scale.min} to ${req.scale.max}`;
  }
}

/** The schema for one requirement's answer, with messages that name the requirement. */
function answerSchemaFor(req: Requirement) {
  const expected = `${req.label}: expected ${expectation(req)}`;
  if (BOOLEAN_KINDS.has(req.kind)) return z.boolean({ error: expected });
  const range = z
    .number({ error: expected })
    .check(
      z.gte(req.kind === 'satisfaction' ? req.scale.min : 0, { error: expected }),
      req.kind === 'satisfaction'
        ? z.lte(req.scale.max, { error: expected })
        : z.lte(MAX_ANSWER, { error: `${req.label}: expected at most 1,000,000,000,000` }),
    );
  return COUNT_KINDS.has(req.kind) ? range.check(z.multipleOf(1, { error: expected })) : range;
}

const schemaCache = new WeakMap<AnswerRules, z.ZodMiniType<Answers>>();

/** The answers schema of one competency: only its requirement ids, each with the value its kind takes. */
export function answersSchemaFor(rules: AnswerRules): z.ZodMiniType<Answers> {
  const cached = schemaCache.get(rules);
  if (cached) return cached;
  const shape: Record<string, z.ZodMiniOptional<z.ZodMiniType<AnswerValue>>> = {};
  for (const [id, req] of requirementsById(rules)) shape[id] = z.optional(answerSchemaFor(req));
  const schema = z.strictObject(shape) as unknown as z.ZodMiniType<Answers>;
  schemaCache.set(rules, schema);
  return schema;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Turns zod issues into messages that name the requirement (its label when the rules are known). */
function toErrors(issues: readonly z.core.$ZodIssue[], named: boolean): AnswerError[] {
  return issues.flatMap((issue): AnswerError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        id: key,
        message: `"${key}" is not a requirement of this competency`,
      }));
    }
    const id = String(issue.path[0] ?? '');
    if (issue.code === 'invalid_key') {
      return [{ id: '', message: `"${id}": ${issue.issues[0]?.message ?? 'expected a requirement id'}` }];
    }
    // Rule-aware messages already start with the requirement's label.
    return [{ id, message: named ? issue.message : `${id}: ${issue.message}` }];
  });
}

/** Drops keys whose value is undefined, which zod keeps but JSON cannot hold. */
function withoutUndefined(answers: Record<string, AnswerValue | undefined>): Answers {
  const clean: Answers = {};
  for (const [id, value] of Object.entries(answers)) if (value !== undefined) clean[id] = value;
  return clean;
}

/**
 * Reads answers from anything (parsed JSON, storage, a share link). With rules, only that competency's
 * requirement ids are accepted and each value must suit its kind. Never throws.
 */
export function parseAnswers(input: unknown, rules?: AnswerRules): AnswersResult {
  try {
    if (!isPlainObject(input)) {
      return {
        ok: false,
        errors: [{ id: '', message: 'expected answers as an object keyed by requirement id' }],
      };
    }
    const keys = Object.keys(input);
    if (keys.length > MAX_ANSWER_KEYS) {
      return {
        ok: false,
        errors: [{ id: '', message: `expected at most ${MAX_ANSWER_KEYS} answers, found ${keys.length}` }],
      };
    }
    const tooLong = keys.filter((key) => key.length > MAX_ID_LENGTH);
    if (tooLong.length > 0) {
      return {
        ok: false,
        errors: tooLong.map((key) => ({
          id: '',
          message: `"${key.slice(0, 20)}…": expected an id of at most ${MAX_ID_LENGTH} characters`,
        })),
      };
    }
    const parsed = rules ? answersSchemaFor(rules).safeParse(input) : AnswersSchema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: toErrors(parsed.error.issues, rules !== undefined) };
    return { ok: true, value: withoutUndefined(parsed.data) };
  } catch {
    // Exotic inputs (proxies, throwing getters) cannot come from JSON, but must not crash a page either.
    return { ok: false, errors: [{ id: '', message: 'the answers could not be read' }] };
  }
}

/** The outcome of reading one widget field: a value (undefined when left empty) or a message. */
export type FieldResult = { ok: true; value: AnswerValue | undefined } | { ok: false; message: string };

const YES = new Set(['yes', 'y', 'true', 'done']);
const NO = new Set(['no', 'n', 'false', 'not done']);
// Digits with optional thousands separators (comma or space) and decimals, e.g. "40,000" or "7.5".
const NUMBER_TEXT = /^\+?(?:\d{1,3}(?:[, ]\d{3})+|\d+)(?:\.\d+)?$|^\+?\.\d+$/;

/**
 * Parses what a partner typed into one field of the widget. Empty means not answered. Accepts thousands
 * separators, a leading currency code for revenue and a trailing % for growth.
 */
export function parseAnswerField(text: string, req: Requirement): FieldResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: undefined };
  let value: AnswerValue;
  if (BOOLEAN_KINDS.has(req.kind)) {
    const word = trimmed.toLowerCase();
    if (YES.has(word)) value = true;
    else if (NO.has(word)) value = false;
    else return { ok: false, message: `${req.label}: expected ${expectation(req)}` };
  } else {
    let digits = trimmed;
    if (req.kind === 'revenue' && digits.toUpperCase().startsWith(req.currency)) {
      digits = digits.slice(req.currency.length).trim();
    }
    if (req.kind === 'growth' && digits.endsWith('%')) digits = digits.slice(0, -1).trim();
    if (!NUMBER_TEXT.test(digits))
      return { ok: false, message: `${req.label}: expected ${expectation(req)}` };
    value = Number(digits.replace(/[, ]/g, ''));
  }
  const checked = answerSchemaFor(req).safeParse(value);
  if (!checked.success) {
    return {
      ok: false,
      message: checked.error.issues[0]?.message ?? `${req.label}: expected ${expectation(req)}`,
    };
  }
  return { ok: true, value };
}
