/**
 * The table of requirement kinds: everything a kind means outside its schema, in one entry per kind. The
 * matrix, the widget, the explorer, compare, exports and the editor checks read a kind's control, unit,
 * target, bounds and wording from here and from nowhere else. Free of zod, so browser code can import it.
 *
 * Adding a kind: its schema in src/schemas/requirement.ts, its name in src/schemas/requirement-kinds.ts
 * and its entry in KINDS below; TypeScript rejects the table until the entry is there.
 */
import { formatMoney, formatNumber, formatPeriod, formatScale, plural } from './format.ts';
import type { Requirement, RequirementKind } from '../schemas/requirement.ts';
import { REQUIREMENT_KINDS, WAIVABLE_KINDS } from '../schemas/requirement-kinds.ts';

/** The requirement of one kind, e.g. `RequirementOf<'revenue'>`. */
export type RequirementOf<K extends RequirementKind> = Extract<Requirement, { kind: K }>;

/** The fields of a requirement that hold a number, e.g. "amount" for revenue. */
export type NumberField<R> = { [F in keyof R]-?: R[F] extends number ? F : never }[keyof R] & string;

/** What every kind states, whatever its control. */
interface Common<R> {
  /** Plain name of the kind, as the matrix labels its rows, e.g. "Revenue". */
  title: string;
  /**
   * The fields of this kind, besides `id`, `kind` and `weight`, that decide a verdict: only these go into the
   * rules hash and the rules lock, so a change to any other field (label, help, evidence, provenance, a field
   * added later to describe the requirement) leaves saved assessments' rules version as it was.
   */
  verdictFields: readonly (keyof R & string)[];
  /** The threshold in a short phrase, e.g. "USD 50,000 in the trailing 12 months". */
  threshold(req: R): string;
  /** What a partner must enter, after "expected", e.g. "a whole number of people who passed, e.g. 2". */
  expected(req: R): string;
  /**
   * Whether two requirements of this kind measure in the same way (currency, period, scale), so that their
   * figures can be compared. Kinds without such a qualifier leave it out: any two are comparable.
   */
  sameMeasure?(a: R, b: R): boolean;
  /**
   * What changes from one requirement of this kind to another, as short as the two allow, e.g. "USD 75,000
   * instead of USD 50,000 in the trailing 12 months"; null (or left out) to state both whole thresholds.
   */
  change?(before: R, after: R): string | null;
}

/** A kind answered with done / not done: a checkbox whose gap is the threshold itself. */
export interface CheckboxKind<R> extends Common<R> {
  control: 'checkbox';
  /** The answer in words, e.g. { yes: "held", no: "not held" }. */
  answered: { yes: string; no: string };
}

/** A kind answered with a number measured against one figure of the requirement. */
export interface NumberKind<R> extends Common<R> {
  control: 'number';
  /** The field holding the target the answer is measured against, e.g. "amount". */
  figure: NumberField<R>;
  /** Whole numbers only (people, references), so phones can offer a digits-only keypad. */
  whole: boolean;
  /** What the number counts, shown after the box, e.g. "USD", "%", "people". */
  unit(req: R): string;
  /** Where a partner may type the unit with the number: "USD 40,000" (prefix), "12 %" (suffix). */
  typedUnit?: 'prefix' | 'suffix';
  /**
   * The scale an answer lies on, for kinds measured on one: answers outside it are rejected and partial
   * credit counts from its bottom. Other kinds take any number from 0 and earn credit from 0.
   */
  scale?(req: R): { min: number; max: number };
  /** A number answered, in words, e.g. "2 people passed". */
  answer(req: R, value: number): string;
  /** What is missing when `missing` (threshold minus answer, above 0) is still to go, e.g. "1 more customer reference". */
  gap(req: R, missing: number): string;
}

/** The entry of one kind in the table. */
export type KindSpec<R> = CheckboxKind<R> | NumberKind<R>;

/** One entry for every requirement kind, each typed against its own schema. */
export type KindTable = { readonly [K in RequirementKind]: KindSpec<RequirementOf<K>> };

/** Rounds a shortfall up to two decimals so a tiny gap never reads as "0 more". */
function shortfall(missing: number): number {
  // Rounding to 1e-6 first removes float noise such as 0.30000000000000004 before rounding up.
  return Math.ceil(Math.round(missing * 1e6) / 1e4) / 100;
}

/** The words for done / not done, also used for a yes / no given to a kind answered with a number. */
const DONE = { yes: 'done', no: 'not done' } as const;

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** The requirement kinds and what each means. */
export const KINDS: KindTable = {
  status: {
    title: 'Program status',
    verdictFields: ['status'],
    control: 'checkbox',
    threshold: (req) => `Hold ${req.status} status`,
    expected: (req) => `yes or no (true or false): whether you hold ${req.status} status`,
    answered: { yes: 'held', no: 'not held' },
  },
  training: {
    title: 'Training',
    verdictFields: ['courses'],
    control: 'checkbox',
    threshold: (req) => `Complete ${req.courses.join(' and ')}`,
    expected: () => 'yes or no (true or false): whether the training is complete',
    answered: DONE,
    change: (before, after) => {
      const added = after.courses.filter((c) => !before.courses.includes(c));
      const dropped = before.courses.filter((c) => !after.courses.includes(c));
      const parts = [
        ...(added.length > 0 ? [`also ${list(added)}`] : []),
        ...(dropped.length > 0 ? [`no longer ${list(dropped)}`] : []),
      ];
      return parts.length > 0 ? parts.join('; ') : null;
    },
  },
  exam: {
    title: 'Exam',
    verdictFields: ['exam', 'people'],
    control: 'number',
    figure: 'people',
    whole: true,
    unit: () => 'people',
    threshold: (req) => `${plural(req.people, 'person passes', 'people pass')} ${req.exam}`,
    expected: () => 'a whole number of people who passed, e.g. 2',
    answer: (_req, value) => plural(value, 'person passed', 'people passed'),
    gap: (req, missing) => `${plural(Math.ceil(missing), 'more person', 'more people')} to pass ${req.exam}`,
    change: (before, after) =>
      before.exam === after.exam
        ? `${plural(after.people, 'person', 'people')} instead of ${formatNumber(before.people)} to pass ${after.exam}`
        : null,
  },
  revenue: {
    title: 'Revenue',
    verdictFields: ['amount', 'currency', 'periodMonths'],
    control: 'number',
    figure: 'amount',
    whole: false,
    unit: (req) => req.currency,
    typedUnit: 'prefix',
    threshold: (req) => `${formatMoney(req.amount, req.currency)} in ${formatPeriod(req.periodMonths)}`,
    expected: (req) => `an amount in ${req.currency} of 0 or more, e.g. 150000`,
    answer: (req, value) => formatMoney(value, req.currency),
    gap: (req, missing) =>
      `${formatMoney(shortfall(missing), req.currency)} more revenue in ${formatPeriod(req.periodMonths)}`,
    sameMeasure: (a, b) => a.currency === b.currency && a.periodMonths === b.periodMonths,
    change: (before, after) =>
      `${formatMoney(after.amount, after.currency)} instead of ${formatMoney(before.amount, before.currency)} in ${formatPeriod(after.periodMonths)}`,
  },
  growth: {
    title: 'Growth',
    verdictFields: ['percent', 'periodMonths'],
    control: 'number',
    figure: 'percent',
    whole: false,
    unit: () => '%',
    typedUnit: 'suffix',
    threshold: (req) => `${formatNumber(req.percent)}% growth over ${formatPeriod(req.periodMonths)}`,
    expected: () => 'a percentage of 0 or more, e.g. 12.5 (enter 0 if revenue did not grow)',
    answer: (_req, value) => `${formatNumber(value)}%`,
    gap: (_req, missing) =>
      `${plural(shortfall(missing), 'percentage point', 'percentage points')} more growth`,
    sameMeasure: (a, b) => a.periodMonths === b.periodMonths,
    change: (before, after) =>
      `${formatNumber(after.percent)}% instead of ${formatNumber(before.percent)}% growth over ${formatPeriod(after.periodMonths)}`,
  },
  references: {
    title: 'References',
    verdictFields: ['count'],
    control: 'number',
    figure: 'count',
    whole: true,
    unit: () => 'references',
    threshold: (req) => plural(req.count, 'customer reference', 'customer references'),
    expected: () => 'a whole number of customer references, e.g. 3',
    answer: (_req, value) => plural(value, 'customer reference', 'customer references'),
    gap: (_req, missing) => plural(Math.ceil(missing), 'more customer reference', 'more customer references'),
    change: (before, after) =>
      `${plural(after.count, 'customer reference', 'customer references')} instead of ${formatNumber(before.count)}`,
  },
  satisfaction: {
    title: 'Satisfaction',
    verdictFields: ['threshold', 'scale'],
    control: 'number',
    figure: 'threshold',
    whole: false,
    unit: (req) => `score, ${req.scale.min}–${req.scale.max} scale`,
    scale: (req) => ({ min: req.scale.min, max: req.scale.max }),
    threshold: (req) =>
      `${formatNumber(req.threshold)} or more on a ${formatScale(req.scale.min, req.scale.max)} scale (${req.scale.name})`,
    expected: (req) => `a score from ${req.scale.min} to ${req.scale.max}`,
    answer: (req, value) =>
      `${formatNumber(value)} on the ${formatNumber(req.scale.min)}–${formatNumber(req.scale.max)} scale`,
    gap: (_req, missing) =>
      `${plural(shortfall(missing), 'more point', 'more points')} of customer satisfaction`,
    sameMeasure: (a, b) => a.scale.min === b.scale.min && a.scale.max === b.scale.max,
    change: (before, after) => {
      const survey = before.scale.name === after.scale.name;
      if (before.threshold === after.threshold && !survey) {
        return `measured by the ${after.scale.name} instead of the ${before.scale.name}`;
      }
      return survey
        ? `${formatNumber(after.threshold)} or more instead of ${formatNumber(before.threshold)} (${after.scale.name})`
        : null;
    },
  },
};

/**
 * The entry of a requirement's kind, typed for that requirement. TypeScript cannot follow that
 * `KINDS[req.kind]` belongs to `req` itself, so the one cast of the table lives here.
 */
export function specOf<R extends Requirement>(req: R): KindSpec<R> {
  return KINDS[req.kind] as unknown as KindSpec<R>;
}

/** The fields every requirement has that decide a verdict, whatever its kind. */
export const COMMON_VERDICT_FIELDS = ['id', 'kind', 'weight'] as const;

/** The fields of a requirement that decide its verdict (see `verdictFields`), in a fixed order. */
export function verdictFieldsOf(req: Requirement): readonly string[] {
  return [...COMMON_VERDICT_FIELDS, ...specOf(req).verdictFields];
}

/** The plain name of a kind, e.g. "Program status". */
export function kindTitle(kind: RequirementKind): string {
  return KINDS[kind].title;
}

/** A kind's place in matrix row order, 0 for the first row; subtract two to sort by kind. */
export function kindRank(kind: RequirementKind): number {
  return REQUIREMENT_KINDS.indexOf(kind);
}

/** Whether an interim designation may waive requirements of this kind at an area's Expert level. */
export function mayWaive(kind: RequirementKind): boolean {
  return (WAIVABLE_KINDS as readonly RequirementKind[]).includes(kind);
}

/** A checkbox for done / held, a number box for everything else. */
export function controlOf(req: Requirement): 'checkbox' | 'number' {
  return specOf(req).control;
}

/** Whether the answer must be a whole number (people, references). */
export function isWhole(req: Requirement): boolean {
  const spec = specOf(req);
  return spec.control === 'number' && spec.whole;
}

/** The unit a number field is entered in, e.g. "USD", "%", "people"; "" for checkboxes. */
export function unitOf(req: Requirement): string {
  const spec = specOf(req);
  return spec.control === 'number' ? spec.unit(req) : '';
}

/** Where a partner may type the unit beside the number, if anywhere. */
export function typedUnitOf(req: Requirement): 'prefix' | 'suffix' | undefined {
  const spec = specOf(req);
  return spec.control === 'number' ? spec.typedUnit : undefined;
}

/** The name of the field holding the figure a requirement is measured by, e.g. "amount"; undefined for checkboxes. */
export function figureFieldOf(req: Requirement): string | undefined {
  const spec = specOf(req);
  return spec.control === 'number' ? spec.figure : undefined;
}

/** The figure a requirement is measured by, e.g. 150000 for a revenue target; undefined for checkboxes. */
export function figureOf(req: Requirement): number | undefined {
  const spec = specOf(req);
  return spec.control === 'number' ? req[spec.figure] : undefined;
}

/** The numeric target of a requirement, or true for one answered with done / held. */
export function targetOf(req: Requirement): number | true {
  return figureOf(req) ?? true;
}

/** The scale an answer lies on, e.g. { min: 1, max: 5 }; null for kinds that take any number from 0. */
export function scaleOf(req: Requirement): { min: number; max: number } | null {
  const spec = specOf(req);
  return spec.control === 'number' && spec.scale ? spec.scale(req) : null;
}

/** The answer from which partial credit starts: the bottom of the scale, else 0. */
export function creditFloor(req: Requirement): number {
  return scaleOf(req)?.min ?? 0;
}

/** What a partner must enter, after "expected", e.g. "a score from 1 to 5". */
export function expectedAnswer(req: Requirement): string {
  return specOf(req).expected(req);
}

/**
 * Whether two requirements count the same thing over the same period and scale, so that their figures
 * can be compared (Expert at least Principal). False for requirements of different kinds.
 */
export function sameMeasure(a: Requirement, b: Requirement): boolean {
  if (a.kind !== b.kind) return false;
  return specOf(b).sameMeasure?.(a, b) ?? true;
}

/** The threshold of a requirement in a short phrase, as the matrix, the widget and exports show it. */
export function describeThreshold(req: Requirement): string {
  return specOf(req).threshold(req);
}

/** An answer in words, e.g. "USD 160,000", "2 people passed", "done", "not answered". */
export function describeAnswer(req: Requirement, answer: number | boolean | null): string {
  if (answer === null) return 'not answered';
  const spec = specOf(req);
  if (typeof answer === 'boolean') {
    const words = spec.control === 'checkbox' ? spec.answered : DONE;
    return answer ? words.yes : words.no;
  }
  return spec.control === 'number' ? spec.answer(req, answer) : formatNumber(answer);
}

/**
 * What is missing, in plain words, for a requirement that is answered but not met, e.g. "1 more customer
 * reference"; for done / held kinds, the threshold itself. `missing` is the threshold minus the answer.
 */
export function describeShortfall(req: Requirement, missing: number): string {
  const spec = specOf(req);
  return spec.control === 'number' ? spec.gap(req, missing) : spec.threshold(req);
}

/**
 * What is still missing as a number, rounded as its words round it (whole kinds up to the next whole
 * number, the others up to two decimals), e.g. 2 for "2 more customer references". `missing` is the
 * threshold minus the answer.
 */
export function shortfallFigure(req: Requirement, missing: number): number {
  return isWhole(req) ? Math.ceil(missing) : shortfall(missing);
}

/**
 * A changed threshold in words, as short as the two rules allow: "USD 75,000 instead of USD 50,000" when
 * only the amount differs, the two whole thresholds when more does.
 */
export function describeChange(before: Requirement, after: Requirement): string {
  const whole = `${describeThreshold(after)} instead of ${describeThreshold(before)}`;
  if (before.kind !== after.kind || !sameMeasure(before, after)) return whole;
  return specOf(after).change?.(before, after) ?? whole;
}
