/**
 * The words of number entry, once for every form and in the page's language: a figure as the site read it
 * ("USD 185,000", "185.000 USD"), the question when text has two readings, and the message for text that
 * is not an answer, naming the forms the reader accepts (src/domain/read-number.ts). The words are the
 * dictionary's (`msg.number.*`), handed to the islands with the rest of their messages.
 */
import { readNumber, type NumberField, type NumberReading, type NumberWay } from './read-number.ts';
import { fill } from '../text/fill.ts';
import type { Translate } from '../text/translate.ts';

/** How a page reads figures and words what it read: the way its language writes them, and its words. */
export interface NumberReader {
  readonly way: NumberWay;
  readonly t: Translate;
}

/** One reading of ambiguous text, as a question offers it: the number and how the page writes it. */
export interface NumberChoice {
  value: number;
  /** The figure in the page's format with its unit, e.g. "USD 185,000". */
  text: string;
}

/** What typed text is as an answer: a number (undefined when empty), or a message and, when it asks, the readings. */
export type NumberAnswer =
  | { ok: true; value: number | undefined }
  | { ok: false; message: string; choices?: readonly NumberChoice[] | undefined };

/** A figure in the page's format, every decimal kept, with the field's unit, e.g. "USD 185,000", "12,5 %". */
export function figureText(field: NumberField, value: number, t: Translate): string {
  const figure = t.exact(value);
  if (field.unit === undefined) return figure;
  return field.unit === '%'
    ? fill(t.formats.percent, { n: figure })
    : fill(t.formats.money, { amount: figure, currency: field.unit });
}

/** What to type in the field, e.g. "type a number from 0 to 10, such as 8.2 or 8,2". */
export function numberHint(field: NumberField, t: Translate): string {
  const min = t.number(field.min);
  const max = t.number(field.max);
  const what = field.scale
    ? t(field.whole ? 'msg.number.what.wholeScale' : 'msg.number.what.scale', { min, max })
    : field.unit === '%'
      ? t('msg.number.what.percent', { min })
      : field.unit !== undefined
        ? t('msg.number.what.amount', { min, unit: field.unit })
        : t(field.whole ? 'msg.number.what.whole' : 'msg.number.what.number', { min });
  // An example inside the scale, with either decimal mark.
  const dot = (Math.round((field.min + (field.max - field.min) * 0.82) * 10) / 10).toFixed(1);
  const examples = field.whole
    ? t('msg.number.examples.whole')
    : field.scale
      ? t('msg.number.examples.scale', { dot, comma: dot.replace('.', ',') })
      : field.unit === '%'
        ? t('msg.number.examples.percent')
        : t('msg.number.examples.amount');
  return t('msg.number.hint', { what, examples });
}

/** The question for text with two readings, e.g. "Archiving revenue: did you mean USD 185,000 or USD 185?". */
export function numberQuestion(
  label: string,
  field: NumberField,
  values: readonly number[],
  t: Translate,
): string {
  const [first = 0, second = 0] = values;
  return t('msg.number.question', {
    label,
    first: figureText(field, first, t),
    second: figureText(field, second, t),
  });
}

/**
 * The message for text that is not an answer, naming the field and the forms it accepts, e.g.
 * "Customer satisfaction: type a number from 0 to 10, such as 8.2 or 8,2."
 */
export function numberMessage(
  label: string,
  field: NumberField,
  refused: Extract<NumberReading, { status: 'refused' }>,
  t: Translate,
): string {
  const hint = numberHint(field, t);
  const figure = refused.value === undefined ? '' : figureText(field, refused.value, t);
  switch (refused.problem) {
    case 'high':
      return field.scale
        ? t('msg.number.aboveScale', { label, figure, hint })
        : t('msg.number.tooLarge', { label, max: t.number(field.max) });
    case 'low':
      return field.scale
        ? t('msg.number.belowScale', { label, figure, hint })
        : t('msg.number.form', { label, hint });
    case 'fraction':
      return t('msg.number.fraction', { label, figure, hint });
    case 'currency':
      return t('msg.number.currency', {
        label,
        currency: refused.currency ?? '',
        unit: field.unit ?? '',
        hint,
      });
    case 'form':
      return t('msg.number.form', { label, hint });
  }
}

/**
 * Reads what a partner typed into the number field `label` names, the page's way: the number, or the
 * message, with the readings to choose from when it asks.
 */
export function readNumberAnswer(
  text: string,
  field: NumberField,
  label: string,
  { way, t }: NumberReader,
): NumberAnswer {
  const read = readNumber(text, field, way);
  switch (read.status) {
    case 'empty':
      return { ok: true, value: undefined };
    case 'read':
      return { ok: true, value: read.value };
    case 'ask':
      return {
        ok: false,
        message: numberQuestion(label, field, read.values, t),
        choices: read.values.map((value) => ({ value, text: figureText(field, value, t) })),
      };
    case 'refused':
      return { ok: false, message: numberMessage(label, field, read, t) };
  }
}
