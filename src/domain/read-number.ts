/**
 * The one reader of typed figures: what a partner types into any number field (the widget, the portfolio,
 * the Services Expert check, text figures in old saved data) becomes a number, a question or a refusal.
 *
 * It reads the forms people type: "185,000", "185.000", "1,85,000", "185'000", "185 000" (any space,
 * no-break or narrow no-break), full-width and Arabic-Indic digits, the field's unit on either side
 * ("USD 185,000", "185,000 USD", "$185,000", "185.000 US-Dollar", "18.5万ドル", "12 %") and magnitude words
 * ("185k", "1.5M", "1,5 Mio.", "18.5万", "1億", "1.85 lakh"), and large figures in Japanese myriad groups
 * ("1億2,000万"). A mark followed by exactly three digits
 * ("185.000", "1,500") is a thousands separator in some languages and a decimal mark in others. How that
 * is settled is the page's language's (its NumberRules): a German page reads "1.234" as 1234 and "1,5" as
 * 1.5, a Japanese page "1,234" as 1234, as their readers write them; an English page, which partners of
 * every language read, asks which one is meant when both readings suit the field, the browser's language
 * only saying which reading to name first. A word that means another power in the page's language than
 * in English (German "Billion") is asked about too. The value read is a number, the same whatever the
 * page's language: only the text's reading depends on it.
 * Pure and free of zod, so browser code can load it.
 */
import type { Lang } from '../text/text.ts';

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

/** The decimal mark of a language. */
export type DecimalMark = '.' | ',';

/** What a language settles in reading figures, beyond its decimal mark. */
export interface NumberRules {
  /**
   * Whether a mark that reads either way is read as the language writes it (its decimal mark a decimal
   * mark, its other mark a thousands separator); else, when both readings suit the field, asked.
   */
  readonly settles?: boolean | undefined;
  /** Magnitude words with another power in the language than in English, lower-cased: its power, then English's. */
  readonly words?: Readonly<Record<string, readonly [number, number]>> | undefined;
}

/** How the page's language writes figures, as far as reading them needs. */
export interface NumberWay extends NumberRules {
  /** The decimal mark read first: the page's language's, or on an English page the browser's language's. */
  readonly decimal: DecimalMark;
}

/**
 * What each language the site speaks settles. English pages ask about "1.234" and "1,234", as partners of
 * every language read them; German pages read "1.234,5" as 1234.5, and ask what "1 Billion" is (10¹² in
 * German, 10⁹ in English); Japanese pages read "1,234.5" as 1234.5.
 */
export const NUMBER_RULES: Readonly<Record<Lang, NumberRules>> = {
  en: {},
  de: { settles: true, words: { billion: [12, 9] } },
  ja: { settles: true },
};

/**
 * How figures are read on a page in `lang` (a BCP 47 tag), whose language writes `decimal` as its decimal
 * mark (its LocaleFormats'); English's rules for a language the site does not speak.
 */
export function numberWayOf(lang: string, decimal: string): NumberWay {
  const rules = Object.hasOwn(NUMBER_RULES, lang) ? NUMBER_RULES[lang as Lang] : NUMBER_RULES.en;
  return { ...rules, decimal: decimal === ',' ? ',' : '.' };
}

/** Why typed text is not an answer. */
export type NumberProblem =
  /** Not a figure in any form the reader knows (letters, misplaced separators, unfinished "7,"). */
  | 'form'
  /** Below the field's smallest answer (a minus sign, or under the bottom of a scale). */
  | 'low'
  /** Above the field's largest answer. */
  | 'high'
  /** A fraction where only whole numbers fit. */
  | 'fraction'
  /** An amount in another currency than the field's, e.g. "50.000 €" for an amount in USD. */
  | 'currency';

/** What the reader made of a field's text. */
export type NumberReading =
  | { status: 'empty' }
  | { status: 'read'; value: number }
  /** Two readings both suit the field: the partner must say which; the preferred one comes first. */
  | { status: 'ask'; values: readonly [number, number] }
  /**
   * Not an answer; `value` is the figure as read when there is one (e.g. 12 on a 0–10 scale), `currency`
   * the code of the currency typed for a `currency` problem.
   */
  | { status: 'refused'; problem: NumberProblem; value?: number | undefined; currency?: string | undefined };

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

/**
 * Words and signs after a figure that multiply it, lower-cased, with the power of ten they stand for: the
 * same in every language that writes them (a word that is not is in its NumberWay's `words`).
 */
const MAGNITUDES: Readonly<Record<string, number>> = {
  k: 3,
  thousand: 3,
  tausend: 3,
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
  millionen: 6,
  百万: 6,
  cr: 7,
  crore: 7,
  crores: 7,
  千万: 7,
  億: 8,
  b: 9,
  bn: 9,
  billion: 9,
  mrd: 9,
  'mrd.': 9,
  milliarde: 9,
  milliarden: 9,
  'bio.': 12,
  billionen: 12,
  兆: 12,
};

/** Signs and words typed for a currency besides its code, longest first, e.g. "$185,000" for USD. */
const CURRENCY_SIGNS: Readonly<Record<string, readonly string[]>> = {
  USD: [
    'US-Dollars',
    'US-Dollar',
    'US dollars',
    'US dollar',
    'dollars',
    'dollar',
    '米ドル',
    'ドル',
    'US$',
    '$',
  ],
  EUR: ['euros', 'euro', 'ユーロ', '€'],
  GBP: ['£'],
  JPY: ['円', '¥'],
  INR: ['Rs.', 'Rs', '₹'],
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

/** The text without a currency's code or sign on either side, case aside; undefined when it has none. */
function withoutCurrency(text: string, code: string): string | undefined {
  const lower = text.toLowerCase();
  for (const form of [code, ...(CURRENCY_SIGNS[code.toUpperCase()] ?? [])]) {
    const f = form.toLowerCase();
    if (lower.startsWith(f)) return text.slice(f.length).trim();
    if (lower.endsWith(f)) return text.slice(0, -f.length).trim();
  }
  return undefined;
}

/** The text without the field's unit (or its sign) on either side, case aside. */
function withoutUnit(text: string, unit: string | undefined): string {
  return (unit === undefined ? undefined : withoutCurrency(text, unit)) ?? text;
}

/**
 * The text without a magnitude word at its end, and the powers of ten it may stand for, the page's
 * language's first ([0] without one).
 */
function withoutMagnitude(text: string, way: NumberWay): { text: string; powers: readonly number[] } {
  const match = /^(.*?\d)\s?([^\d\s.,'\u066b]+\.?)$/u.exec(text);
  const word = match?.[2]?.toLowerCase();
  const power = word === undefined ? undefined : (way.words?.[word] ?? MAGNITUDES[word]);
  if (match?.[1] === undefined || power === undefined) return { text, powers: [0] };
  return { text: match[1], powers: typeof power === 'number' ? [power] : power };
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

/** A figure written in myriad groups: digits before 兆 (10¹²), 億 (10⁸) and 万 (10⁴), and the digits after. */
const MYRIADS = /^(?:([\d,]+)兆)?(?:([\d,]+)億)?(?:([\d,]+)万)?([\d,]*)$/u;

/**
 * The digits of a whole number written in myriad groups, as Japanese writes large figures ("1億2,000万" for
 * 120,000,000, "1万5000" for 15,000); undefined for other text, a lone unit ("18.5万") included, which is
 * a magnitude word.
 */
function myriads(text: string): string | undefined {
  const groups = MYRIADS.exec(text)
    ?.slice(1)
    .map((g) => (g === '' ? undefined : g));
  if (groups === undefined || groups.filter((g) => g !== undefined).length < 2) return undefined;
  let total = 0n;
  let leading = true;
  for (const [i, group] of groups.entries()) {
    if (group === undefined) continue;
    const digits = wholePart(group, '');
    // Each group after the first counts less than the next unit up: at most four digits.
    if (digits === undefined || (!leading && digits.length > 4)) return undefined;
    leading = false;
    total += BigInt(digits) * 10n ** BigInt(12 - 4 * i);
  }
  return String(total);
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
 * The code of another currency than the field's (an ISO code) that a figure is written in, e.g. "EUR" for
 * "50.000 €" in a field in USD; undefined when there is none or the text is no figure without it either.
 */
function otherCurrency(text: string, unit: string | undefined, way: NumberWay): string | undefined {
  if (unit === undefined || !/^[A-Z]{3}$/.test(unit)) return undefined;
  const code = /^[A-Z]{3}(?![a-z])|(?<![A-Za-z])[A-Z]{3}$/.exec(text)?.[0];
  return [...Object.keys(CURRENCY_SIGNS), ...(code === undefined ? [] : [code])].find((other) => {
    const figure = other === unit ? undefined : withoutCurrency(text, other);
    return figure !== undefined && readings(withoutMagnitude(figure, way).text).length > 0;
  });
}

/**
 * Reads what a partner typed into a number field, the way the page's language writes figures (`way`; an
 * English page's by default, where a mark that reads either way is asked about).
 */
export function readNumber(
  text: string,
  field: NumberField,
  way: NumberWay = { decimal: '.' },
): NumberReading {
  const plain = normalise(text);
  if (plain === '') return { status: 'empty' };
  if (plain.length > MAX_TEXT) return { status: 'refused', problem: 'form' };
  let rest = withoutUnit(plain, field.unit);
  const negative = /^-/.test(rest);
  rest = rest.replace(/^[-+]\s?/, '');
  rest = withoutUnit(rest, field.unit);
  const compound = myriads(rest);
  const magnitude = compound === undefined ? withoutMagnitude(rest, way) : { text: compound, powers: [0] };
  // Reading the decimal mark of the page's language (or of the partner's browser) first.
  const marks = readings(magnitude.text).sort(
    (a, b) => Number(b.mark === way.decimal) - Number(a.mark === way.decimal),
  );
  // Adding 0 turns a typed "-0" into 0.
  const valueOf = (digits: string, power: number) => Number(`${negative ? '-' : ''}${digits}e${power}`) + 0;
  // A language that settles marks reads the other way only when its own reading does not suit the field.
  for (const group of way.settles ? marks.map((r) => [r]) : [marks]) {
    const values = group.flatMap((r) => magnitude.powers.map((power) => valueOf(r.digits, power)));
    const [first, second] = [...new Set(values)].filter((v) => problemOf(v, field) === undefined);
    if (first !== undefined && second !== undefined) return { status: 'ask', values: [first, second] };
    if (first !== undefined) return { status: 'read', value: first };
  }
  const [reading] = marks;
  if (reading === undefined) {
    const currency = otherCurrency(rest, field.unit, way);
    return currency === undefined
      ? { status: 'refused', problem: 'form' }
      : { status: 'refused', problem: 'currency', currency };
  }
  const value = valueOf(reading.digits, magnitude.powers[0] ?? 0);
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
