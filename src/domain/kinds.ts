/**
 * The table of requirement kinds: everything a kind means outside its schema, in one entry per kind. The
 * matrix, the widget, the explorer, compare, exports and the editor checks read a kind's control, unit,
 * target, bounds and wording from here and from nowhere else. Free of zod, so browser code can import it.
 *
 * Adding a kind: its schema in src/schemas/requirement.ts, its name in src/schemas/requirement-kinds.ts
 * and its entry in KINDS below; TypeScript rejects the table until the entry is there.
 */
import type { Requirement, RequirementKind } from '../schemas/requirement.ts';
import { REQUIREMENT_KINDS, WAIVABLE_KINDS } from '../schemas/requirement-kinds.ts';
import type { PlainKey, Translate } from '../text/translate.ts';

/** The requirement of one kind, e.g. `RequirementOf<'revenue'>`. */
export type RequirementOf<K extends RequirementKind> = Extract<Requirement, { kind: K }>;

/** The fields of a requirement that hold a number, e.g. "amount" for revenue. */
export type NumberField<R> = { [F in keyof R]-?: R[F] extends number ? F : never }[keyof R] & string;

/**
 * What every kind states, whatever its control. Its words are in the page's language: each takes the
 * translator (`t`), whose keys (`kind.*`) hold them and whose formats write the figures.
 */
interface Common<R> {
  /** The key of the kind's plain name, as the matrix labels its rows, e.g. "Revenue". */
  title: PlainKey;
  /** The key of the kind's name inside a sentence, e.g. "revenue" ("it asks for no revenue figure"). */
  noun: PlainKey;
  /**
   * The fields of this kind, besides `id`, `kind` and `weight`, that decide a verdict: only these go into the
   * rules hash and the rules lock, so a change to any other field (label, help, evidence, provenance, a field
   * added later to describe the requirement) leaves saved assessments' rules version as it was.
   */
  verdictFields: readonly (keyof R & string)[];
  /** The threshold in a short phrase, e.g. "USD 50,000 in the trailing 12 months". */
  threshold(req: R, t: Translate): string;
  /** What a partner must enter, after "expected", e.g. "a whole number of people who passed, e.g. 2". */
  expected(req: R, t: Translate): string;
  /**
   * Whether two requirements of this kind measure in the same way (currency, period, scale), so that their
   * figures can be compared. Kinds without such a qualifier leave it out: any two are comparable.
   */
  sameMeasure?(a: R, b: R): boolean;
  /**
   * What changes from one requirement of this kind to another, as short as the two allow, e.g. "USD 75,000
   * instead of USD 50,000 in the trailing 12 months"; null (or left out) to state both whole thresholds.
   */
  change?(before: R, after: R, t: Translate): string | null;
}

/** A kind answered with done / not done: a checkbox whose gap is the threshold itself. */
export interface CheckboxKind<R> extends Common<R> {
  control: 'checkbox';
  /** The keys of the answer in words, e.g. { yes: "held", no: "not held" }. */
  answered: { yes: PlainKey; no: PlainKey };
}

/** A kind answered with a number measured against one figure of the requirement. */
export interface NumberKind<R> extends Common<R> {
  control: 'number';
  /** The field holding the target the answer is measured against, e.g. "amount". */
  figure: NumberField<R>;
  /** Whole numbers only (people, references), so phones can offer a digits-only keypad. */
  whole: boolean;
  /** What the number counts, shown after the box, e.g. "USD", "%", "people". */
  unit(req: R, t: Translate): string;
  /** Where a partner may type the unit with the number: "USD 40,000" (prefix), "12 %" (suffix). */
  typedUnit?: 'prefix' | 'suffix';
  /**
   * The scale an answer lies on, for kinds measured on one: answers outside it are rejected and partial
   * credit counts from its bottom. Other kinds take any number from 0 and earn credit from 0.
   */
  scale?(req: R): { min: number; max: number };
  /** A number answered, in words, e.g. "2 people passed". */
  answer(req: R, value: number, t: Translate): string;
  /** What is missing when `missing` (threshold minus answer, above 0) is still to go, e.g. "1 more customer reference". */
  gap(req: R, missing: number, t: Translate): string;
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
const DONE = { yes: 'kind.done', no: 'kind.notDone' } as const;

/** A period in months, e.g. "the trailing 12 months". */
const period = (t: Translate, months: number): string => t.count('kind.period', months);

/** A scale's range, e.g. "0–10"; spelled out when its lower end is negative, e.g. "−100 to 100". */
const range = (t: Translate, min: number, max: number): string =>
  min < 0
    ? t('kind.satisfaction.scaleNegative', { min: t.number(min).replace('-', '\u2212'), max: t.number(max) })
    : t('kind.satisfaction.scale', { min: t.number(min), max: t.number(max) });

/** The requirement kinds and what each means. */
export const KINDS: KindTable = {
  status: {
    title: 'kind.status.title',
    noun: 'kind.status.noun',
    verdictFields: ['status'],
    control: 'checkbox',
    threshold: (req, t) => t('kind.status.threshold', { status: req.status }),
    expected: (req, t) => t('kind.status.expected', { status: req.status }),
    answered: { yes: 'kind.held', no: 'kind.notHeld' },
  },
  training: {
    title: 'kind.training.title',
    noun: 'kind.training.noun',
    verdictFields: ['courses', 'counting'],
    control: 'checkbox',
    threshold: (req, t) => t('kind.training.threshold', { courses: t.list(req.courses) }),
    expected: (_req, t) => t('kind.training.expected'),
    answered: DONE,
    change: (before, after, t) => {
      const added = after.courses.filter((c) => !before.courses.includes(c));
      const dropped = before.courses.filter((c) => !after.courses.includes(c));
      const parts = [
        ...(added.length > 0 ? [t('kind.training.also', { courses: t.list(added) })] : []),
        ...(dropped.length > 0 ? [t('kind.training.noLonger', { courses: t.list(dropped) })] : []),
      ];
      return parts.length > 0 ? parts.join(t('list.clauses')) : null;
    },
  },
  exam: {
    title: 'kind.exam.title',
    noun: 'kind.exam.noun',
    verdictFields: ['exam', 'people', 'counting'],
    control: 'number',
    figure: 'people',
    whole: true,
    unit: (_req, t) => t('kind.exam.unit'),
    threshold: (req, t) => t.count('kind.exam.threshold', req.people, { exam: req.exam }),
    expected: (_req, t) => t('kind.exam.expected'),
    answer: (_req, value, t) => t.count('kind.exam.answer', value),
    gap: (req, missing, t) => t.count('kind.exam.gap', Math.ceil(missing), { exam: req.exam }),
    change: (before, after, t) =>
      before.exam === after.exam
        ? t.count('kind.exam.change', after.people, { before: t.number(before.people), exam: after.exam })
        : null,
  },
  revenue: {
    title: 'kind.revenue.title',
    noun: 'kind.revenue.noun',
    verdictFields: ['amount', 'currency', 'periodMonths'],
    control: 'number',
    figure: 'amount',
    whole: false,
    unit: (req) => req.currency,
    typedUnit: 'prefix',
    threshold: (req, t) =>
      t('kind.revenue.threshold', {
        amount: t.money(req.amount, req.currency),
        period: period(t, req.periodMonths),
      }),
    expected: (req, t) => t('kind.revenue.expected', { currency: req.currency }),
    answer: (req, value, t) => t.money(value, req.currency),
    gap: (req, missing, t) =>
      t('kind.revenue.gap', {
        amount: t.money(shortfall(missing), req.currency),
        period: period(t, req.periodMonths),
      }),
    sameMeasure: (a, b) => a.currency === b.currency && a.periodMonths === b.periodMonths,
    change: (before, after, t) =>
      t('kind.revenue.change', {
        amount: t.money(after.amount, after.currency),
        before: t.money(before.amount, before.currency),
        period: period(t, after.periodMonths),
      }),
  },
  growth: {
    title: 'kind.growth.title',
    noun: 'kind.growth.noun',
    verdictFields: ['percent', 'periodMonths'],
    control: 'number',
    figure: 'percent',
    whole: false,
    unit: () => '%',
    typedUnit: 'suffix',
    threshold: (req, t) =>
      t('kind.growth.threshold', { percent: t.percent(req.percent), period: period(t, req.periodMonths) }),
    expected: (_req, t) => t('kind.growth.expected'),
    answer: (_req, value, t) => t.percent(value),
    gap: (_req, missing, t) => t.count('kind.growth.gap', shortfall(missing)),
    sameMeasure: (a, b) => a.periodMonths === b.periodMonths,
    change: (before, after, t) =>
      t('kind.growth.change', {
        percent: t.percent(after.percent),
        before: t.percent(before.percent),
        period: period(t, after.periodMonths),
      }),
  },
  references: {
    title: 'kind.references.title',
    noun: 'kind.references.noun',
    verdictFields: ['count', 'counting'],
    control: 'number',
    figure: 'count',
    whole: true,
    unit: (_req, t) => t('kind.references.unit'),
    threshold: (req, t) => t.count('kind.references.count', req.count),
    expected: (_req, t) => t('kind.references.expected'),
    answer: (_req, value, t) => t.count('kind.references.count', value),
    gap: (_req, missing, t) => t.count('kind.references.gap', Math.ceil(missing)),
    change: (before, after, t) =>
      t.count('kind.references.change', after.count, { before: t.number(before.count) }),
  },
  satisfaction: {
    title: 'kind.satisfaction.title',
    noun: 'kind.satisfaction.noun',
    verdictFields: ['threshold', 'scale', 'counting'],
    control: 'number',
    figure: 'threshold',
    whole: false,
    unit: (req, t) => t('kind.satisfaction.unit', { scale: range(t, req.scale.min, req.scale.max) }),
    scale: (req) => ({ min: req.scale.min, max: req.scale.max }),
    threshold: (req, t) =>
      t('kind.satisfaction.threshold', {
        threshold: t.number(req.threshold),
        scale: range(t, req.scale.min, req.scale.max),
        name: req.scale.name,
      }),
    expected: (req, t) =>
      t('kind.satisfaction.expected', { min: t.number(req.scale.min), max: t.number(req.scale.max) }),
    answer: (req, value, t) =>
      t('kind.satisfaction.answer', {
        value: t.number(value),
        scale: range(t, req.scale.min, req.scale.max),
      }),
    gap: (_req, missing, t) => t.count('kind.satisfaction.gap', shortfall(missing)),
    sameMeasure: (a, b) => a.scale.min === b.scale.min && a.scale.max === b.scale.max,
    change: (before, after, t) => {
      const survey = before.scale.name === after.scale.name;
      if (before.threshold === after.threshold && !survey) {
        return t('kind.satisfaction.survey', { after: after.scale.name, before: before.scale.name });
      }
      return survey
        ? t('kind.satisfaction.change', {
            threshold: t.number(after.threshold),
            before: t.number(before.threshold),
            name: after.scale.name,
          })
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
export function kindTitle(kind: RequirementKind, t: Translate): string {
  return t(KINDS[kind].title);
}

/** A kind's name inside a sentence, e.g. "revenue". */
export function kindNoun(kind: RequirementKind, t: Translate): string {
  return t(KINDS[kind].noun);
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
export function unitOf(req: Requirement, t: Translate): string {
  const spec = specOf(req);
  return spec.control === 'number' ? spec.unit(req, t) : '';
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
export function expectedAnswer(req: Requirement, t: Translate): string {
  return specOf(req).expected(req, t);
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
export function describeThreshold(req: Requirement, t: Translate): string {
  return specOf(req).threshold(req, t);
}

/** An answer in words, e.g. "USD 160,000", "2 people passed", "done", "not answered". */
export function describeAnswer(req: Requirement, answer: number | boolean | null, t: Translate): string {
  if (answer === null) return t('state.unanswered');
  const spec = specOf(req);
  if (typeof answer === 'boolean') {
    const words = spec.control === 'checkbox' ? spec.answered : DONE;
    return t(answer ? words.yes : words.no);
  }
  return spec.control === 'number' ? spec.answer(req, answer, t) : t.number(answer);
}

/**
 * What is missing, in plain words, for a requirement that is answered but not met, e.g. "1 more customer
 * reference"; for done / held kinds, the threshold itself. `missing` is the threshold minus the answer.
 */
export function describeShortfall(req: Requirement, missing: number, t: Translate): string {
  const spec = specOf(req);
  return spec.control === 'number' ? spec.gap(req, missing, t) : spec.threshold(req, t);
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
export function describeChange(before: Requirement, after: Requirement, t: Translate): string {
  const whole = t('kind.change', {
    after: describeThreshold(after, t),
    before: describeThreshold(before, t),
  });
  if (before.kind !== after.kind || !sameMeasure(before, after)) return whole;
  return specOf(after).change?.(before, after, t) ?? whole;
}
