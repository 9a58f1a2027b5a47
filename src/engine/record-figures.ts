/**
 * A competency's figures worked out from the partner record on a given day, and the answers and verdict they
 * give: one set of rules for every page that reads the record (the competency pages, the portfolio, the
 * Services Expert check, the record's own page and its forecast).
 *
 * How each kind counts (the requirement's `counting` rules; "N months after a day" is the same day of the
 * month N months later, clamped to the month's end, src/util/dates.ts):
 * - a pass is current on a day D when it was passed on or before D and, with `validMonths`, D is before the
 *   day `validMonths` after it was passed (its expiry day, from which it no longer counts);
 * - training: met when one person holds a current pass of every listed course;
 * - exam: the people counted toward the competency (countedPeople) holding a current pass of the exam, each
 *   once (`onePersonOnce`, else every current pass);
 * - revenue: the sum of the competency's bookings in the last ceil(periodMonths / 3) whole quarters ended on
 *   or before D; growth: that window against as many quarters before it, in percent, rounded down to one
 *   decimal, never below 0;
 * - references: distinct customers (names trimmed, case ignored) with a reference dated on or before D and,
 *   with `withinMonths`, after the day that many months before D; satisfaction: the average of the survey
 *   scores in the same kind of window;
 * - status: never from the record.
 * A kind without anything recorded for the competency (no bookings, references or surveys at all; for
 * growth, no earlier revenue to compare with) gives no figure, so the requirement stays typed or unanswered.
 * A figure typed on the page wins over the record's (answersOn). The days ahead on which a level or the tier
 * lapses, and what keeps it, are forecast.ts's.
 *
 * Everything here is pure (the day is a parameter) and every result is plain JSON, for the islands to render.
 */
import {
  appliedRequirements,
  catalogueOrder,
  everyRequirement,
  offeredLevels,
  type AppliedRequirement,
  type CompetencyRules,
} from '../domain/rules.ts';
import { windowQuarters } from '../domain/counting.ts';
import type { ExplorerLabels } from '../domain/labels.ts';
import type { BusinessModelId } from '../schemas/ids.ts';
import type {
  IsoDay,
  PartnerRecord,
  RecordBooking,
  RecordCredential,
  RecordReference,
  RecordSource,
  RecordSurvey,
} from '../schemas/record.ts';
import type { Requirement } from '../schemas/requirement.ts';
import { isIsoDay as isDay, isQuarter } from '../schemas/record-values.ts';
import type { Translate } from '../text/translate.ts';
import { addDays, addMonths, addQuarters, quarterEnd, quarterOf, quarterStart } from '../util/dates.ts';
import { assess } from './assess.ts';
import type { Answers, AnswerValue, AssessmentContext, CompetencyAssessment } from './types.ts';

/** The people counted toward each competency on a day, where a rule limits how many one person counts toward. */
export interface CountedPeople {
  /** By competency slug: the ids of the people counted toward it, in the record's order of people. */
  competencies: Record<string, string[]>;
  /** By person id: the competencies they count toward, in the order they were given them. */
  people: Record<string, string[]>;
  /**
   * By person id: competencies whose exam they hold a current pass of but do not count toward, because they
   * already count toward as many as the rule allows.
   */
  over: Record<string, string[]>;
}

/** The first and last day of a window of dated records (both inclusive). */
export interface DayWindow {
  first: IsoDay;
  last: IsoDay;
}

/** A counted entry that stops counting on a day: a pass that expires, a reference or survey leaving the window. */
export interface LapsingEntry {
  /** The entry's id in its section of the record (credentials, references, surveys). */
  entry: string;
  /** The person whose pass it is; null for references and surveys. */
  person: string | null;
  /** The first day it no longer counts. */
  day: IsoDay;
}

/** What a figure from the record was made of, so that a page can say so and a partner can count it again. */
export interface FigureSource {
  /** What was counted: people (training, exam), bookings (revenue, growth), references or surveys. */
  counted: 'people' | 'bookings' | 'references' | 'surveys';
  /** The people counted, by id (training: everyone holding every course; exam: the people counted). */
  people: string[];
  /** The record entries counted, by id: the passes, bookings, references (one per customer) or surveys. */
  entries: string[];
  /** The window counted: the quarters of revenue and growth, the months of references and surveys; null when none. */
  window: DayWindow | null;
  /** Growth only: the quarters the window is compared with; else null. */
  previous: DayWindow | null;
  /** The counted entries that stop counting on a later day, soonest first (ties by entry id). */
  lapsing: LapsingEntry[];
}

/** One figure worked out from the record. */
export interface RecordFigure {
  value: number | boolean;
  source: FigureSource;
}

/** A competency's figures from the record, by requirement id; a requirement with no figure is left out. */
export type RecordFigures = Record<string, RecordFigure>;

/** Where an answer comes from: typed on the page, or worked out from the record. */
export type AnswerOrigin = 'typed' | 'record';

/** The answers a competency is scored with on a day, each with where it comes from. */
export interface DayAnswers {
  /** The answers, by requirement id: the typed ones, and the record's figures for the rest. */
  answers: Answers;
  /** Where each answer comes from, by requirement id. */
  origin: Record<string, AnswerOrigin>;
  /** Every figure the record gives, typed over or not. */
  figures: RecordFigures;
}

/** A competency's verdict on a day from the record and the typed answers. */
export interface DayStanding extends DayAnswers {
  /** The day, YYYY-MM-DD. */
  day: IsoDay;
  /** The assessment, as `assess` gives it for the answers. */
  assessment: CompetencyAssessment;
}

// ---------------------------------------------------------------------------------------------------------
// Reading the record: only entries that make sense count, so that a crafted record never throws here.

/** A course or exam name as compared: trimmed, inner spaces made one, case ignored. */
export const nameKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** A customer's name as compared: trimmed, case ignored. */
const customerKey = (name: string): string => name.trim().toLowerCase();

const entriesOf = <T>(section: Record<string, T> | undefined): [string, T][] =>
  section === undefined ? [] : Object.entries(section);

/** The credentials of people in the record, with a real day, as [id, credential]. */
function credentialsOf(record: PartnerRecord): [string, RecordCredential][] {
  return entriesOf(record.credentials).filter(
    ([, c]) =>
      typeof c.name === 'string' &&
      typeof c.passed === 'string' &&
      isDay(c.passed) &&
      Object.hasOwn(record.people, c.person),
  );
}

const isAmount = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

function bookingsOf(record: PartnerRecord, slug: string): [string, RecordBooking][] {
  return entriesOf(record.bookings).filter(
    ([, b]) =>
      b.competency === slug && typeof b.quarter === 'string' && isQuarter(b.quarter) && isAmount(b.amount),
  );
}

function referencesOf(record: PartnerRecord, slug: string): [string, RecordReference][] {
  return entriesOf(record.references).filter(
    ([, r]) =>
      r.competency === slug && typeof r.customer === 'string' && typeof r.date === 'string' && isDay(r.date),
  );
}

function surveysOf(record: PartnerRecord, slug: string): [string, RecordSurvey][] {
  return entriesOf(record.surveys).filter(
    ([, s]) => s.competency === slug && isAmount(s.score) && typeof s.date === 'string' && isDay(s.date),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Days

/** The first day a pass no longer counts; null when it does not lapse. */
export function expiryOf(passed: IsoDay, validMonths: number | undefined): IsoDay | null {
  return validMonths === undefined ? null : addMonths(passed, validMonths);
}

/** Whether a pass counts on a day. */
export function isCurrent(passed: IsoDay, validMonths: number | undefined, day: IsoDay): boolean {
  const expiry = expiryOf(passed, validMonths);
  return passed <= day && (expiry === null || day < expiry);
}

/** Whether a record dated `date` is in the window of `withinMonths` before `day` (no window: on or before it). */
export function isWithin(date: IsoDay, withinMonths: number | undefined, day: IsoDay): boolean {
  return date <= day && (withinMonths === undefined || addMonths(day, -withinMonths) < date);
}

/** The first day a record dated `date` is no longer within `withinMonths` of the day; null without a window. */
export function leavesWindowOn(date: IsoDay, withinMonths: number | undefined): IsoDay | null {
  if (withinMonths === undefined) return null;
  // The same day of the month N months on, or the first day after it once the months clamp (31 Jan + 1 month).
  let day = addMonths(date, withinMonths);
  while (isWithin(date, withinMonths, day)) day = addDays(day, 1);
  return day;
}

/** The last whole quarter ended on or before a day. */
export function lastQuarterEnded(day: IsoDay): string {
  const quarter = quarterOf(day);
  return quarterEnd(quarter) === day ? quarter : addQuarters(quarter, -1);
}

/** The quarters counted for a period of months on a day: the last ceil(months / 3) whole quarters ended, oldest first. */
export function quarterWindow(day: IsoDay, periodMonths: number): { first: string; last: string } {
  const last = lastQuarterEnded(day);
  return { first: addQuarters(last, 1 - windowQuarters(periodMonths)), last };
}

const windowOfQuarters = (q: { first: string; last: string }): DayWindow => ({
  first: quarterStart(q.first),
  last: quarterEnd(q.last),
});

/** Text in code-point order, whatever the language. */
const order = (a: string, b: string): number => Number(a > b) - Number(a < b);

const bySoonest = (a: LapsingEntry, b: LapsingEntry): number =>
  order(a.day, b.day) || order(a.entry, b.entry);

// ---------------------------------------------------------------------------------------------------------
// Who counts toward which competency

/** The exam requirements of a competency, on every level and business model. */
function examsOf(rules: CompetencyRules): Extract<Requirement, { kind: 'exam' }>[] {
  return everyRequirement(rules).flatMap((r) => (r.kind === 'exam' ? [r] : []));
}

/**
 * The most competencies one person counts toward, as a competency's exam rules allow; Infinity when none
 * limits it. With several exam requirements the strictest limit applies.
 */
function limitOf(rules: CompetencyRules): number {
  return Math.min(Infinity, ...examsOf(rules).map((r) => r.counting?.competenciesPerPerson ?? Infinity));
}

/** The current pass of an exam a person holds on a day that lasts longest, or null. */
function bestPass(
  passes: readonly [string, RecordCredential][],
  exam: string,
  validMonths: number | undefined,
  day: IsoDay,
): [string, RecordCredential] | null {
  let best: [string, RecordCredential] | null = null;
  for (const entry of passes) {
    const [id, c] = entry;
    if (nameKey(c.name) !== nameKey(exam) || !isCurrent(c.passed, validMonths, day)) continue;
    if (best === null || c.passed > best[1].passed || (c.passed === best[1].passed && id < best[0]))
      best = entry;
  }
  return best;
}

/** A person's credentials, by person id. */
function passesByPerson(record: PartnerRecord): Map<string, [string, RecordCredential][]> {
  const by = new Map<string, [string, RecordCredential][]>();
  for (const entry of credentialsOf(record)) {
    const list = by.get(entry[1].person);
    if (list === undefined) by.set(entry[1].person, [entry]);
    else list.push(entry);
  }
  return by;
}

/**
 * Which people count toward which competency on a day. A person is a candidate for every competency of the
 * catalogue (retired ones left out) whose exam they hold a current pass of, under that exam requirement's
 * validity. They count toward the candidates in order, first those their allocation in the record names (in
 * its order), then the others in catalogue order; a competency whose exam rules limit how many competencies
 * one person counts toward (`competenciesPerPerson`, K) takes them only while they count toward fewer than K
 * competencies. With one limit across the catalogue, that is: at most K competencies, the first K in order.
 */
export function countedPeople(
  record: PartnerRecord,
  catalogue: readonly CompetencyRules[],
  day: IsoDay,
): CountedPeople {
  const ordered = catalogue.filter((c) => c.status !== 'retired').sort(catalogueOrder);
  const bySlug = new Map(ordered.map((c) => [c.slug, c]));
  const passes = passesByPerson(record);
  const result: CountedPeople = { competencies: {}, people: {}, over: {} };
  for (const c of ordered) result.competencies[c.slug] = [];
  for (const person of Object.keys(record.people)) {
    const own = passes.get(person) ?? [];
    const candidates = ordered.filter((c) =>
      examsOf(c).some((r) => bestPass(own, r.exam, r.counting?.validMonths, day) !== null),
    );
    if (candidates.length === 0) continue;
    const preferred = record.allocations[person]?.competencies ?? [];
    const first = [...new Set(Array.isArray(preferred) ? preferred : [])].filter((slug) =>
      candidates.some((c) => c.slug === slug),
    );
    const order = [...first, ...candidates.map((c) => c.slug).filter((slug) => !first.includes(slug))];
    const counted: string[] = [];
    const over: string[] = [];
    for (const slug of order) {
      const rules = bySlug.get(slug);
      if (rules !== undefined && counted.length < limitOf(rules)) counted.push(slug);
      else over.push(slug);
    }
    result.people[person] = counted;
    if (over.length > 0) result.over[person] = over;
    for (const slug of counted) result.competencies[slug]?.push(person);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------
// One figure per kind

const source = (counted: FigureSource['counted'], parts: Partial<FigureSource> = {}): FigureSource => ({
  counted,
  people: [],
  entries: [],
  window: null,
  previous: null,
  lapsing: [],
  ...parts,
});

type Of<K extends Requirement['kind']> = Extract<Requirement, { kind: K }>;

function trainingFigure(
  req: Of<'training'>,
  passes: ReadonlyMap<string, [string, RecordCredential][]>,
  people: readonly string[],
  day: IsoDay,
): RecordFigure {
  const validMonths = req.counting?.validMonths;
  const holders: string[] = [];
  const entries: string[] = [];
  const lapsing: LapsingEntry[] = [];
  for (const person of people) {
    const held = req.courses
      .map((course) => bestPass(passes.get(person) ?? [], course, validMonths, day))
      .filter((p) => p !== null);
    if (held.length < req.courses.length) continue;
    holders.push(person);
    for (const pass of held) {
      entries.push(pass[0]);
      const expiry = expiryOf(pass[1].passed, validMonths);
      if (expiry !== null) lapsing.push({ entry: pass[0], person, day: expiry });
    }
  }
  return {
    value: holders.length > 0,
    source: source('people', { people: holders, entries, lapsing: lapsing.sort(bySoonest) }),
  };
}

function examFigure(
  req: Of<'exam'>,
  passes: ReadonlyMap<string, [string, RecordCredential][]>,
  counted: readonly string[],
  day: IsoDay,
): RecordFigure {
  const validMonths = req.counting?.validMonths;
  const once = req.counting?.onePersonOnce ?? true;
  const people: string[] = [];
  const entries: string[] = [];
  const lapsing: LapsingEntry[] = [];
  for (const person of counted) {
    const own = passes.get(person) ?? [];
    const current = once
      ? [bestPass(own, req.exam, validMonths, day)].filter((p) => p !== null)
      : own.filter(([, c]) => nameKey(c.name) === nameKey(req.exam) && isCurrent(c.passed, validMonths, day));
    if (current.length === 0) continue;
    people.push(person);
    for (const [id, c] of current) {
      entries.push(id);
      const expiry = expiryOf(c.passed, validMonths);
      if (expiry !== null) lapsing.push({ entry: id, person, day: expiry });
    }
  }
  return {
    value: entries.length,
    source: source('people', { people, entries, lapsing: lapsing.sort(bySoonest) }),
  };
}

/** The sum of bookings in a window of quarters, and the bookings counted. */
function bookedIn(
  bookings: readonly [string, RecordBooking][],
  quarters: { first: string; last: string },
): { sum: number; entries: string[] } {
  let sum = 0;
  const entries: string[] = [];
  for (const [id, b] of bookings) {
    if (b.quarter < quarters.first || b.quarter > quarters.last) continue;
    sum += b.amount;
    entries.push(id);
  }
  return { sum, entries };
}

function revenueFigure(
  req: Of<'revenue'>,
  bookings: readonly [string, RecordBooking][],
  day: IsoDay,
): RecordFigure | null {
  if (bookings.length === 0) return null;
  const quarters = quarterWindow(day, req.periodMonths);
  const { sum, entries } = bookedIn(bookings, quarters);
  return { value: sum, source: source('bookings', { entries, window: windowOfQuarters(quarters) }) };
}

/** Growth in percent from an earlier sum to a later one, rounded down to one decimal, at least 0. */
export function growthPercent(later: number, earlier: number): number {
  return Math.max(0, Math.floor(((later - earlier) * 1000) / earlier) / 10);
}

/** The windows of a period on a day: the quarters counted, and as many quarters before them. */
function periodWindows(day: IsoDay, periodMonths: number) {
  const now = quarterWindow(day, periodMonths);
  const n = Math.ceil(periodMonths / 3);
  return { now, then: { first: addQuarters(now.first, -n), last: addQuarters(now.last, -n) } };
}

/**
 * The sums of a competency's bookings on a day: in the window of a period (`now`, its revenue) and in as
 * many quarters before it (`then`, what growth compares it with).
 */
export function bookingSums(
  record: PartnerRecord,
  slug: string,
  periodMonths: number,
  day: IsoDay,
): { now: number; then: number } {
  const bookings = bookingsOf(record, slug);
  const windows = periodWindows(day, periodMonths);
  return { now: bookedIn(bookings, windows.now).sum, then: bookedIn(bookings, windows.then).sum };
}

function growthFigure(
  req: Of<'growth'>,
  bookings: readonly [string, RecordBooking][],
  day: IsoDay,
): RecordFigure | null {
  const { now: quarters, then: before } = periodWindows(day, req.periodMonths);
  const now = bookedIn(bookings, quarters);
  const then = bookedIn(bookings, before);
  if (then.entries.length === 0 || then.sum <= 0) return null;
  return {
    value: growthPercent(now.sum, then.sum),
    source: source('bookings', {
      entries: [...now.entries, ...then.entries],
      window: windowOfQuarters(quarters),
      previous: windowOfQuarters(before),
    }),
  };
}

/** The window of dated records counted on a day, or null when every record up to the day counts. */
function monthsWindow(day: IsoDay, withinMonths: number | undefined): DayWindow | null {
  return withinMonths === undefined ? null : { first: addDays(addMonths(day, -withinMonths), 1), last: day };
}

function referencesFigure(
  req: Of<'references'>,
  references: readonly [string, RecordReference][],
  day: IsoDay,
): RecordFigure | null {
  if (references.length === 0) return null;
  const within = req.counting?.withinMonths;
  // Each customer once, by their latest reference in the window.
  const latest = new Map<string, [string, RecordReference]>();
  for (const entry of references) {
    const [id, r] = entry;
    if (!isWithin(r.date, within, day)) continue;
    const key = customerKey(r.customer);
    const seen = latest.get(key);
    if (seen === undefined || r.date > seen[1].date || (r.date === seen[1].date && id < seen[0]))
      latest.set(key, entry);
  }
  const counted = [...latest.values()];
  const lapsing = counted.flatMap(([id, r]): LapsingEntry[] => {
    const leaves = leavesWindowOn(r.date, within);
    return leaves === null ? [] : [{ entry: id, person: null, day: leaves }];
  });
  return {
    value: counted.length,
    source: source('references', {
      entries: counted.map(([id]) => id),
      window: monthsWindow(day, within),
      lapsing: lapsing.sort(bySoonest),
    }),
  };
}

function satisfactionFigure(
  req: Of<'satisfaction'>,
  surveys: readonly [string, RecordSurvey][],
  day: IsoDay,
): RecordFigure | null {
  const within = req.counting?.withinMonths;
  const counted = surveys.filter(([, s]) => isWithin(s.date, within, day));
  if (counted.length === 0) return null;
  const average = counted.reduce((sum, [, s]) => sum + s.score, 0) / counted.length;
  const lapsing = counted.flatMap(([id, s]): LapsingEntry[] => {
    const leaves = leavesWindowOn(s.date, within);
    return leaves === null ? [] : [{ entry: id, person: null, day: leaves }];
  });
  return {
    value: average,
    source: source('surveys', {
      entries: counted.map(([id]) => id),
      window: monthsWindow(day, within),
      lapsing: lapsing.sort(bySoonest),
    }),
  };
}

// ---------------------------------------------------------------------------------------------------------
// A competency's figures, answers and verdict on a day

/**
 * The requirements a competency asks on a business model, each id once: the highest level's where levels
 * declare the same id (answers, and so figures, are one per id).
 */
export function requirementsOn(rules: CompetencyRules, model: BusinessModelId): AppliedRequirement[] {
  const byId = new Map<string, AppliedRequirement>();
  for (const level of offeredLevels(rules, model))
    for (const req of appliedRequirements(rules, level, model)) {
      byId.delete(req.id);
      byId.set(req.id, req);
    }
  return [...byId.values()];
}

/**
 * A competency's figures from the record on a day, by requirement id, for the requirements of its levels on
 * a business model; `counted` is countedPeople for the same record and day over the whole catalogue.
 * A requirement the record gives no figure for is left out.
 */
export function figuresOn(
  record: PartnerRecord,
  rules: CompetencyRules,
  model: BusinessModelId,
  day: IsoDay,
  counted: CountedPeople,
): RecordFigures {
  const figures: RecordFigures = {};
  const passes = passesByPerson(record);
  const bookings = bookingsOf(record, rules.slug);
  for (const req of requirementsOn(rules, model)) {
    const figure = figureOf(req);
    if (figure !== null) figures[req.id] = figure;
  }
  return figures;

  function figureOf(req: Requirement): RecordFigure | null {
    switch (req.kind) {
      case 'training':
        return trainingFigure(req, passes, Object.keys(record.people), day);
      case 'exam':
        return examFigure(req, passes, counted.competencies[rules.slug] ?? [], day);
      case 'revenue':
        return revenueFigure(req, bookings, day);
      case 'growth':
        return growthFigure(req, bookings, day);
      case 'references':
        return referencesFigure(req, referencesOf(record, rules.slug), day);
      case 'satisfaction':
        return satisfactionFigure(req, surveysOf(record, rules.slug), day);
      case 'status':
        return null;
    }
  }
}

/** Typed answers over the record's figures: a typed answer wins, and each answer says where it comes from. */
export function mergeAnswers(figures: RecordFigures, typed: Answers): DayAnswers {
  const answers: Record<string, AnswerValue> = {};
  const origin: Record<string, AnswerOrigin> = {};
  for (const [id, figure] of Object.entries(figures)) {
    answers[id] = figure.value;
    origin[id] = 'record';
  }
  for (const [id, value] of Object.entries(typed)) {
    answers[id] = value;
    origin[id] = 'typed';
  }
  return { answers, origin, figures };
}

/** The record's section each kind of figure counts entries of. */
const COUNTED_SECTIONS = {
  people: 'credentials',
  bookings: 'bookings',
  references: 'references',
  surveys: 'surveys',
} as const satisfies Record<FigureSource['counted'], keyof PartnerRecord>;

/**
 * Who entered the record's entries behind each figure the answers use (those from the record, not typed
 * over), by requirement id: each colleague and time once, in the order of the entries. Entries made on the
 * record page carry no one; requirements without any entry a colleague's reply brought are left out.
 */
export function enteredBy(
  record: PartnerRecord,
  given: Pick<DayAnswers, 'origin' | 'figures'>,
): Record<string, RecordSource[]> {
  const out: Record<string, RecordSource[]> = {};
  for (const [requirement, figure] of Object.entries(given.figures)) {
    if (given.origin[requirement] !== 'record') continue;
    const section: Readonly<Record<string, { by?: RecordSource | undefined }>> =
      record[COUNTED_SECTIONS[figure.source.counted]];
    const seen = new Map<string, RecordSource>();
    for (const entry of figure.source.entries) {
      const by = section[entry]?.by;
      if (by && typeof by.name === 'string' && typeof by.at === 'string')
        seen.set(`${by.name}\n${by.at}`, { name: by.name, at: by.at });
    }
    if (seen.size > 0) out[requirement] = [...seen.values()];
  }
  return out;
}

/** The answers a competency is scored with on a day: the typed ones, and the record's figures for the rest. */
export function answersOn(
  record: PartnerRecord,
  rules: CompetencyRules,
  model: BusinessModelId,
  day: IsoDay,
  counted: CountedPeople,
  typed: Answers = {},
): DayAnswers {
  return mergeAnswers(figuresOn(record, rules, model, day, counted), typed);
}

/** A competency's verdict on a day, scored by `assess` from the typed answers and the record's figures. */
export function standingOn(
  record: PartnerRecord,
  rules: CompetencyRules,
  context: AssessmentContext,
  day: IsoDay,
  counted: CountedPeople,
  typed: Answers,
  t: Translate,
  labels?: ExplorerLabels,
): DayStanding {
  const given = answersOn(record, rules, context.businessModel, day, counted, typed);
  return { day, ...given, assessment: assess(rules, context, given.answers, t, labels) };
}

/**
 * Every competency's answers on a day, each for its own context where it has one, else the portfolio's:
 * what the portfolio (portfolioView) and the tier are scored with on that day. `typed` holds each
 * competency's typed answers by slug; one allocation of people serves the whole catalogue.
 */
export function portfolioAnswersOn(
  record: PartnerRecord,
  catalogue: readonly CompetencyRules[],
  context: AssessmentContext,
  day: IsoDay,
  typed: Readonly<Record<string, Answers>> = {},
  own: Readonly<Record<string, AssessmentContext>> = {},
): Record<string, DayAnswers> {
  const counted = countedPeople(record, catalogue, day);
  const out: Record<string, DayAnswers> = {};
  for (const rules of catalogue) {
    const model = (own[rules.slug] ?? context).businessModel;
    out[rules.slug] = answersOn(record, rules, model, day, counted, typed[rules.slug] ?? {});
  }
  return out;
}
