/**
 * The words of number entry, once for every form: a figure as the site read it ("USD 185,000"), the
 * question when text has two readings, and the message for text that is not an answer, naming the forms
 * the reader accepts (src/domain/read-number.ts).
 */
import { formatExact, formatNumber } from './format.ts';
import type { NumberField, NumberReading } from './read-number.ts';

/** A figure in the site's own format, with the field's unit, e.g. "USD 185,000", "12.5%", "8.2". */
export function figureText(field: NumberField, value: number): string {
  const figure = formatExact(value);
  if (field.unit === undefined) return figure;
  return field.unit === '%' ? `${figure}%` : `${field.unit} ${figure}`;
}

/** What the field takes, after "type", e.g. "an amount in USD of 0 or more", "a number from 0 to 10". */
function expected(field: NumberField): string {
  const kind = field.whole ? 'a whole number' : 'a number';
  if (field.scale) return `${kind} from ${formatNumber(field.min)} to ${formatNumber(field.max)}`;
  const at = `of ${formatNumber(field.min)} or more`;
  if (field.unit === '%') return `a percentage ${at}`;
  if (field.unit !== undefined) return `an amount in ${field.unit} ${at}`;
  return `${kind} ${at}`;
}

/** Examples of the forms accepted, inside the field's range, e.g. "8.2 or 8,2". */
function examples(field: NumberField): string {
  if (field.whole) return '3 or 1,200';
  if (field.scale) {
    const example = (Math.round((field.min + (field.max - field.min) * 0.82) * 10) / 10).toFixed(1);
    return `${example} or ${example.replace('.', ',')}`;
  }
  if (field.unit === '%') return '12.5 or 12,5';
  return '185000, 185 000, 185k or 185,000.50';
}

/** What to type in the field, e.g. "type a number from 0 to 10, such as 8.2 or 8,2". */
export function numberHint(field: NumberField): string {
  return `type ${expected(field)}, such as ${examples(field)}`;
}

/** The question for text with two readings, e.g. "Archiving revenue: did you mean USD 185,000 or USD 185?". */
export function numberQuestion(label: string, field: NumberField, values: readonly number[]): string {
  return `${label}: did you mean ${values.map((v) => figureText(field, v)).join(' or ')}?`;
}

/**
 * The message for text that is not an answer, naming the field and the forms it accepts, e.g.
 * "Customer satisfaction: type a number from 0 to 10, such as 8.2 or 8,2."
 */
export function numberMessage(
  label: string,
  field: NumberField,
  refused: Extract<NumberReading, { status: 'refused' }>,
): string {
  const hint = numberHint(field);
  const read = refused.value === undefined ? '' : figureText(field, refused.value);
  switch (refused.problem) {
    case 'high':
      return field.scale
        ? `${label}: ${read} is above the scale; ${hint}.`
        : `${label}: that number is too large; the most accepted is ${formatNumber(field.max)}.`;
    case 'low':
      return field.scale ? `${label}: ${read} is below the scale; ${hint}.` : `${label}: ${hint}.`;
    case 'fraction':
      return `${label}: ${read} is not a whole number; ${hint}.`;
    case 'form':
      return `${label}: ${hint}.`;
  }
}
