/**
 * The one reader of typed figures: what a partner types into any number field (the widget, the portfolio,
 * the Services Expert check, text figures in old saved data) becomes a number, a question or a refusal.
 *
 * It reads the forms people type: "185,000", "185.000", "1,85,000", "185'000", "185 000" (any space,
 * no-break or narrow no-break), full-width and Arabic-Indic digits, the field's unit on either side
 * ("USD 185,000", "185,000 USD", "$185,000", "12 %") and magnitude words ("185k", "1.5M", "18.5万",
 * "1.85 lakh"). A mark followed by exactly three digits ("185.000", "1,500") is a thousands separator in
 * some languages and a decimal mark in others: when both readings suit the field, the reader asks which
 * one is meant rather than choose by the browser's language, which only says which reading to name first.
 * Pure and free of zod, so browser code can load it.
 */

/** What a number field accepts: the facts of its requirement the reader needs. */
export interface NumberField {
  /** Whole numbers only (people, references). */
  whole: boolean;
  /** The smallest accepted answer. */
  min: number;
  /** The largest accepted answer. */
  max: number;
  /** Whether the answer lies on a scale from `min` to `max` (a score), rather than any amount up to a limit. */
  scale: boolean;
  /** The unit a partner may type with the figure, e.g. "USD" or "%"; undefined when none may be. */
  unit?: string | undefined;
}

/** The decimal mark a partner's language writes, used only to order the two readings of a question. */
export type DecimalMark = '.' | ',';

/** Why typed text is not an answer. */
export type NumberProblem =
  /** Not a figure in any form the reader knows (letters, misplaced separators, unfinished "7,"). */
  | 'form'
  /** Below the field's smallest answer (a minus sign, or under the bottom of a scale). */
  | 'low'
  /** Above the field's largest answer. */
  | 'high'
  /** A fraction where only whole numbers fit. */
  | 'fraction';

/** What the reader made of a field's text. */
export type NumberReading =
  | { status: 'empty' }
  | { status: 'read'; value: number }
  /** Two readings both suit the field: the partner must say which; the preferred one comes first. */
  | { status: 'ask'; values: readonly [number, number] }
  /** Not an answer; `value` is the figure as read when there is one (e.g. 12 on a 0–10 scale). */
  | { status: 'refused'; problem: NumberProblem; value?: number | undefined };

/** The longest text read as a figure; anything longer is not one. */
const MAX_TEXT = 64;

/** The zero of each run of decimal digits the reader accepts besides ASCII (full-width comes via NFKC). */
const DIGIT_ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x0966, // Devanagari
  0x09e6, // Bengali
  0x0e50, // Thai
];

/** Words and signs after a figure that multiply it, lower-cased, with the power of ten they stand for. */
const MAGNITUDES: Readonly<Record<string, number>> = {
  k: 3,
  thousand: 3,
  tsd: 3,
  'tsd.': 3,
  千: 3,
  万: 4,
  lakh: 5,
  lakhs: 5,
  lac: 5,
  lacs: 5,
  m: 6,
  mn: 6,
  mio: 6,
  'mio.': 6,
  million: 6,
  cr: 7,
  crore: 7,
  crores: 7,
  億: 8,
  b: 9,
  bn: 9,
  billion: 9,
  mrd: 9,
  'mrd.': 9,
};

/** Signs typed for a currency besides its code, e.g. "$185,000" for USD. */
const CURRENCY_SIGNS: Readonly<Record<string, readonly string[]>> = {
  USD: ['US$', '$'],
  EUR: ['€'],
  GBP: ['£'],
  JPY: ['¥', '円'],
  INR: ['₹', 'Rs.', 'Rs'],
};

/** The text with every digit in ASCII, every apostrophe-like group mark as "'" and spaces collapsed. */
function normalise(text: string): string {
  let out = '';
  // NFKC turns full-width digits and marks into ASCII and every no-break or thin space into a space.
  for (const char of text.normalize('NFKC')) {
    const code = char.codePointAt(0) ?? 0;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code <= z + 9);
    if (zero !== undefined) out += String(code - zero);
    else if (char === '\u066b') out += '\u066b';
    else if ('\u066c\u2019\u2018\u02bc\u00b4`'.includes(char)) out += "'";
    else if ('\u2212\u2012\u2013\u2014'.includes(char)) out += '-';
    else out += char;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The text without the field's unit (or its sign) on either side, case aside. */
function withoutUnit(text: string, unit: string | undefined): string {
  if (unit === undefined) return text;
  const lower = text.toLowerCase();
  for (const form of [unit, ...(CURRENCY_SIGNS[unit.toUpperCase()] ?? [])]) {
    const f = form.toLowerCase();
    if (lower.startsWith(f)) return text.slice(f.length).trim();
    if (lower.endsWith(f)) return text.slice(0, -f.length).trim();
  }
  return text;
}

/** The text without a magnitude word at its end, and the power of ten it stood for (0 without one). */
function withoutMagnitude(text: string): { text: string; power: number } {
  const match = /^(.*?\d)\s?([^\d\s.,'\u066b]+\.?)$/u.exec(text);
  const power = match?.[2] === undefined ? undefined : MAGNITUDES[match[2].toLowerCase()];
  return match?.[1] !== undefined && power !== undefined ? { text: match[1], power } : { text, power: 0 };
}

/** Whether digit groups are a whole number's groups: threes, or Indian twos before a last three. */
function validGroups(groups: readonly string[]): boolean {
  const [first = '', ...rest] = groups;
  if (rest.length === 0) return /^\d+$/.test(first);
  if (!/^[1-9]\d{0,2}$/.test(first)) return false;
  const last = rest.at(-1) ?? '';
  if (rest.every((g) => g.length === 3)) return true;
  return first.length <= 2 && last.length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
}

/** A whole part written with one kind of group mark, in digits; undefined when it is not one. */
function wholePart(text: string, decimal: string): string | undefined {
  const marks = new Set(text.replace(/\d/g, ''));
  if (marks.size > 1 || marks.has(decimal)) return undefined;
  const [mark] = marks;
  const groups = mark === undefined ? [text] : text.split(mark);
  return validGroups(groups) ? groups.join('') : undefined;
}

/**
 * The numbers a figure's digits and marks may stand for, as decimal strings, with the decimal mark each
 * assumes (undefined for a whole number): at most two, one reading the last "." or "," as grouping, one
 * as the decimal mark.
 */
function readings(text: string): { digits: string; mark: string | undefined }[] {
  if (!/^[\d.,' \u066b]+$/.test(text) || !/\d$/.test(text)) return [];
  const found: { digits: string; mark: string | undefined }[] = [];
  const whole = wholePart(text, '');
  if (whole !== undefined) found.push({ digits: whole, mark: undefined });
  const at = Math.max(text.lastIndexOf('.'), text.lastIndexOf(','), text.lastIndexOf('\u066b'));
  if (at >= 0) {
    const mark = text.charAt(at);
    const fraction = text.slice(at + 1);
    const before = text.slice(0, at);
    const integer = before === '' ? '0' : wholePart(before, mark);
    // The Arabic decimal separator is only ever a decimal mark, so nothing is read as grouping with it.
    if (mark === '\u066b') found.length = 0;
    if (integer !== undefined && /^\d+$/.test(fraction)) {
      found.push({ digits: `${integer}.${fraction}`, mark: mark === '\u066b' ? '.' : mark });
    }
  }
  return found;
}

/** Why a number does not suit the field, or undefined when it does. */
function problemOf(value: number, field: NumberField): NumberProblem | undefined {
  if (!Number.isFinite(value)) return 'high';
  if (value < field.min) return 'low';
  if (value > field.max) return 'high';
  if (field.whole && !Number.isInteger(value)) return 'fraction';
  return undefined;
}

/**
 * Reads what a partner typed into a number field. `prefer` is the decimal mark of the partner's language:
 * it only orders the two readings of a question, never picks one.
 */
export function readNumber(text: string, field: NumberField, prefer: DecimalMark = '.'): NumberReading {
  const plain = normalise(text);
  if (plain === '') return { status: 'empty' };
  if (plain.length > MAX_TEXT) return { status: 'refused', problem: 'form' };
  let rest = withoutUnit(plain, field.unit);
  const negative = /^-/.test(rest);
  rest = rest.replace(/^[-+]\s?/, '');
  rest = withoutUnit(rest, field.unit);
  const magnitude = withoutMagnitude(rest);
  const values = readings(magnitude.text)
    // Reading the decimal mark the partner's language uses first.
    .sort((a, b) => Number(b.mark === prefer) - Number(a.mark === prefer))
    // Adding 0 turns a typed "-0" into 0.
    .map((r) => Number(`${negative ? '-' : ''}${r.digits}e${magnitude.power}`) + 0);
  const distinct = [...new Set(values)];
  const fitting = distinct.filter((v) => problemOf(v, field) === undefined);
  const [first, second] = fitting;
  if (first !== undefined && second !== undefined) return { status: 'ask', values: [first, second] };
  if (first !== undefined) return { status: 'read', value: first };
  const [value] = distinct;
  if (value === undefined) return { status: 'refused', problem: 'form' };
  return { status: 'refused', problem: problemOf(value, field) ?? 'form', value };
}

/** The decimal mark of the first language that writes one, from `navigator.languages`; "." by default. */
export function decimalMarkOf(languages: readonly string[]): DecimalMark {
  for (const language of languages) {
    try {
      const parts = new Intl.NumberFormat(language).formatToParts(1.5);
      return parts.find((p) => p.type === 'decimal')?.value === ',' ? ',' : '.';
    } catch {
      // A language tag Intl does not know: try the next one.
    }
  }
  return '.';
}
