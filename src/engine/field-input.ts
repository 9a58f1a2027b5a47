/**
 * What a partner enters in one field of a self-assessment form (the widget, its Services Expert check and
 * the portfolio all use this): a ticked box as it is, typed text through the one reader of figures
 * (src/domain/read-number.ts, by way of parseAnswerField). Every form words a field's mistakes and
 * questions the same way because they all read fields here.
 */
import type { NumberReader } from '../domain/number-words.ts';
import { parseAnswerField, type FieldResult } from './answers.ts';
import type { Requirement } from '../schemas/requirement.ts';

/**
 * Reads one field: a checkbox's state, or the text typed into a number box (empty means not answered).
 * `reader` reads and words figures the page's way (src/domain/number-words.ts).
 */
export function readFieldInput(input: string | boolean, req: Requirement, reader: NumberReader): FieldResult {
  if (typeof input === 'boolean') return { ok: true, value: input };
  return parseAnswerField(input, req, reader);
}
