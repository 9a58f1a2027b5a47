/**
 * Answers to a competency's requirements, keyed by requirement id: booleans for kinds answered with done /
 * not done, numbers for everything else, a missing key meaning "not answered". Every reader of answers
 * (widget, share links, imports, storage) goes through `readAnswers`, so bad input becomes messages, never
 * a crash; src/engine/answers.ts states, from the table of kinds, what each requirement's answer must be.
 * Built with `zod/mini` because it ships to the browser.
 */
import { z } from './zod-mini.ts';

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

/**
 * What one requirement's answer must be: done / not done, or a number from `min` (at most `max` when the
 * requirement has a scale, else MAX_ANSWER), whole or not.
 */
export type AnswerShape =
  | { label: string; control: 'checkbox' }
  | {
      label: string;
      control: 'number';
      min: number;
      max: number | undefined;
      whole: boolean;
    };

/** The schema for one requirement's answer, with messages that name the requirement. */
export function answerSchemaOf(shape: AnswerShape): z.ZodMiniType<AnswerValue> {
  if (shape.control === 'checkbox')
    return z.boolean({ error: `${shape.label}: expected yes or no (true or false)` });
  const kind = shape.whole ? 'a whole number' : 'a number';
  const expected = `${shape.label}: expected ${kind} ${shape.max === undefined ? `of ${shape.min} or more` : `from ${shape.min} to ${shape.max}`}`;
  const range = z
    .number({ error: expected })
    .check(
      z.gte(shape.min, { error: expected }),
      shape.max === undefined
        ? z.lte(MAX_ANSWER, { error: `${shape.label}: expected at most 1,000,000,000,000` })
        : z.lte(shape.max, { error: expected }),
    );
  return shape.whole ? range.check(z.multipleOf(1, { error: expected })) : range;
}

/** The answers schema of one competency: only the given requirement ids, each with its own shape. */
export function answersSchemaOf(shapes: ReadonlyMap<string, AnswerShape>): z.ZodMiniType<Answers> {
  const shape: Record<string, z.ZodMiniOptional<z.ZodMiniType<AnswerValue>>> = {};
  for (const [id, answer] of shapes) shape[id] = z.optional(answerSchemaOf(answer));
  return z.strictObject(shape) as unknown as z.ZodMiniType<Answers>;
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
 * Reads answers from anything (parsed JSON, storage, a share link). With a competency's schema (from
 * answersSchemaOf), only its requirement ids are accepted and each value must suit its shape. Never throws.
 */
export function readAnswers(input: unknown, schema?: z.ZodMiniType<Answers>): AnswersResult {
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
    const parsed = (schema ?? AnswersSchema).safeParse(input);
    if (!parsed.success) return { ok: false, errors: toErrors(parsed.error.issues, schema !== undefined) };
    return { ok: true, value: withoutUndefined(parsed.data) };
  } catch {
    // Exotic inputs (proxies, throwing getters) cannot come from JSON, but must not crash a page either.
    return { ok: false, errors: [{ id: '', message: 'the answers could not be read' }] };
  }
}
