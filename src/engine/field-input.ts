/**
 * What a partner enters in one field of a self-assessment form (the widget, its Services Expert check and
 * the portfolio all use this): a ticked box as it is, typed text through the answers schema's field parser.
 * Every form words a field's mistakes the same way because they all read fields here.
 */
import { formatNumber } from '../domain/format.ts';
import { scaleOf } from '../domain/kinds.ts';
import { MAX_ANSWER } from '../schemas/answers.ts';
import { parseAnswerField, type FieldResult } from './answers.ts';
import type { Requirement } from '../schemas/requirement.ts';

/**
 * Reads one field: a checkbox's state, or the text typed into a number box (empty means not answered).
 * A number beyond the largest accepted answer gets a plainer message than the schema's, with that limit.
 */
export function readFieldInput(input: string | boolean, req: Requirement): FieldResult {
  if (typeof input === 'boolean') return { ok: true, value: input };
  const result = parseAnswerField(input, req);
  if (!result.ok && scaleOf(req) === null && Number(input.replace(/[, %]/g, '')) > MAX_ANSWER) {
    return {
      ok: false,
      message: `${req.label}: that number is too large; the most accepted is ${formatNumber(MAX_ANSWER)}.`,
    };
  }
  return result;
}
