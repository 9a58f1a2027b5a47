/**
 * The forecast: from a day on, the days on which a competency's level or the tier would lapse as the partner
 * record stands, why, and the fewest actions that keep it, each in a sentence of the page's language ("Expert
 * in Gateway Security lapses on 14 March 2027: 2 of 3 certifications expire; renew 1 Gateway Security
 * Technical Specialist certification by then").
 *
 * Only the record and the rules change with the day (typed answers stay as typed): the record on the days a
 * pass is passed or expires, a reference or survey enters or leaves its window, or a quarter ends; the rules
 * on the day announced rules take effect (rulesOn). Those days (changeDays) are checked, each against the one
 * checked before it, each scored under the rules that apply on it. A level lapses when the level held falls
 * (Expert to Principal or none, Principal to none); the tier when the tier the chosen competencies imply
 * falls. Pure, and plain JSON out: the day is a parameter.
 */
import { rulesOn } from '../domain/announced.ts';
import { compareTitles } from '../util/titles.ts';
import { describeAnswer, describeThreshold } from '../domain/kinds.ts';
import { tierNeedsIllustrative, tierTitleIllustrative } from '../domain/provenance.ts';
import type { ExplorerLabels } from '../domain/labels.ts';
import { appliedRequirements, everyRequirement, type CompetencyRules } from '../domain/rules.ts';
import { isInterimDesignation } from '../domain/designation.ts';
import { LEVEL_IDS, type LevelId } from '../schemas/ids.ts';
import type { IsoDay, PartnerRecord } from '../schemas/record.ts';
import type { Requirement, RequirementKind } from '../schemas/requirement.ts';
import { formatDay } from '../text/days.ts';
import type { Translate } from '../text/translate.ts';
import { addMonths, quarterEnd, quarterOf, addQuarters } from '../util/dates.ts';
import {
  bookingSums,
  countedPeople,
  expiryOf,
  growthPercent,
  leavesWindowOn,
  nameKey,
  standingOn,
  type DayStanding,
  type RecordFigure,
} from './record-figures.ts';
import { isIsoDay } from '../schemas/record-values.ts';
import { rollUp, type RollUpTier } from './rollup.ts';
import type { Answers, AnswerValue, AssessmentContext, LevelResult } from './types.ts';

/** A competency the forecast follows: its slug, the business model and region it is scored for, its typed answers. */
export interface ForecastChoice {
  slug: string;
  context: AssessmentContext;
  typed: Answers;
}

/** Why a level or the tier lapses: a requirement no longer met, or (for the tier) a competency's level lapsing. */
export interface ForecastReason {
  /** The competency's slug. */
  competency: string;
  /** The requirement's id; null when the reason is the competency's level lapsing. */
  requirement: string | null;
  /** The requirement's label, or the level lapsing in words, e.g. "Expert in Gateway Security". */
  label: string;
  /** The requirement's kind; null for a level lapsing. */
  kind: RequirementKind | null;
  /** The figure the day before; null for a level lapsing, or a requirement the rules did not ask before. */
  before: AnswerValue | null;
  /** The figure on the day; null when the record no longer gives one, or for a level lapsing. */
  after: AnswerValue | null;
  /** The requirement's threshold; null for a level lapsing. */
  threshold: number | true | null;
  /** True when the threshold is an example value. */
  illustrative: boolean;
  /** The reason in words, e.g. "2 of 3 certifications expire". */
  text: string;
}

/** One action that keeps a requirement met on the day it would lapse. */
export interface ForecastAction {
  /** The competency's slug. */
  competency: string;
  /** The requirement's id. */
  requirement: string;
  /** The requirement's kind. */
  kind: RequirementKind;
  /** How many: passes to renew (exam; courses for training), references or survey results to add, the amount to book. */
  count: number;
  /** The day by which it is needed: the day of the lapse. */
  by: IsoDay;
  /** The action in words, e.g. "renew 1 Gateway Security Technical Specialist certification". */
  text: string;
}

/** A level or the tier lapsing on a day. */
export interface ForecastLapse {
  /** The day it lapses, YYYY-MM-DD: the first day it is no longer held. */
  day: IsoDay;
  /** That day in the page's words, e.g. "14 March 2027". */
  date: string;
  /** A competency's level, or the tier. */
  subject: 'level' | 'tier';
  /** The competency's slug, or the tier's id. */
  id: string;
  /** The competency's title, or the tier's. */
  title: string;
  /** The level (or tier id) held the day before. */
  from: string;
  /** The level (or tier id) held on the day; null for none. */
  to: string | null;
  /** What lapses in words, e.g. "Expert in Gateway Security", "The Gold tier". */
  what: string;
  /** Why, in the order of the requirements (of the competencies, for the tier). */
  reasons: ForecastReason[];
  /** The fewest actions that keep it; [] when the record cannot keep it (e.g. a survey scale's top is the threshold). */
  actions: ForecastAction[];
  /** True when what it rests on is an example (a threshold, the tier's needs). */
  illustrative: boolean;
  /** The whole sentence. */
  text: string;
}

/** The forecast from a day to a later one. */
export interface Forecast {
  /** The first day, whose standing the others are compared with. */
  from: IsoDay;
  /** The last day looked at. */
  until: IsoDay;
  /** The days checked after `from`, in order: the days on which the record changes. */
  checked: IsoDay[];
  /** Every lapse, in order of day, then the competencies' levels before the tier. */
  lapses: ForecastLapse[];
}

// ---------------------------------------------------------------------------------------------------------
// The days the record changes on

/**
 * The days after `from`, up to `until`, on which something in the record starts or stops counting for the
 * catalogue's rules: passes passed or expiring, references and surveys dated or leaving their windows, and
 * the ends of quarters (revenue and growth move then); and the days announced rules take effect.
 */
export function changeDays(
  record: PartnerRecord,
  catalogue: readonly CompetencyRules[],
  from: IsoDay,
  until: IsoDay,
): IsoDay[] {
  const days = new Set<IsoDay>();
  const add = (day: IsoDay | null): void => {
    if (day !== null && day > from && day <= until) days.add(day);
  };
  // How long a pass of each course or exam counts, by name, under each rule that names it.
  const validity = new Map<string, Set<number | undefined>>();
  const windows = new Map<string, Set<number | undefined>>();
  for (const rules of catalogue) {
    if (rules.announced !== undefined) add(rules.announced.effective);
    const written = rules.announced ? [rules, rules.announced] : [rules];
    for (const req of written.flatMap((r) => everyRequirement(r))) {
      if (req.kind === 'training' || req.kind === 'exam') {
        for (const name of req.kind === 'training' ? req.courses : [req.exam]) {
          const set = validity.get(nameKey(name)) ?? new Set();
          set.add(req.counting?.validMonths);
          validity.set(nameKey(name), set);
        }
      }
      if (req.kind === 'references' || req.kind === 'satisfaction') {
        const key = `${req.kind}/${rules.slug}`;
        const set = windows.get(key) ?? new Set();
        set.add(req.counting?.withinMonths);
        windows.set(key, set);
      }
    }
  }
  for (const c of Object.values(record.credentials)) {
    if (typeof c.name !== 'string' || !isIsoDay(c.passed)) continue;
    add(c.passed);
    for (const months of validity.get(nameKey(c.name)) ?? []) add(expiryOf(c.passed, months));
  }
  const dated = [
    ...Object.values(record.references).map((r) => ({ kind: 'references', ...r })),
    ...Object.values(record.surveys).map((s) => ({ kind: 'satisfaction', ...s })),
  ];
  for (const entry of dated) {
    if (!isIsoDay(entry.date)) continue;
    add(entry.date);
    for (const months of windows.get(`${entry.kind}/${entry.competency}`) ?? [])
      add(leavesWindowOn(entry.date, months));
  }
  for (let q = quarterOf(from); quarterEnd(q) <= until; q = addQuarters(q, 1)) add(quarterEnd(q));
  return [...days].sort();
}

// ---------------------------------------------------------------------------------------------------------
// Standings on a day

/** A followed competency on a day: its standing, the level held and its levels scored ([] when not offered). */
interface Followed {
  rules: CompetencyRules;
  choice: ForecastChoice;
  standing: DayStanding;
  held: LevelId | null;
  levels: LevelResult[];
}

interface Standing {
  /** Each followed competency, by slug. */
  competencies: Map<string, Followed>;
  /** The tier the levels imply (as the roll-up's tiers give it), and the competencies counted toward tiers. */
  tier: RollUpTier | null;
  counts: { principal: number; expert: number };
}

const rankOf = (level: LevelId | null): number => (level === null ? -1 : LEVEL_IDS.indexOf(level));

// ---------------------------------------------------------------------------------------------------------
// Reasons and actions, kind by kind

/** The smallest whole amount to book so that growth reaches the target. */
function bookingForGrowth(now: number, then: number, percent: number): number {
  let amount = Math.max(0, Math.ceil((then * (100 + percent)) / 100 - now));
  while (growthPercent(now + amount, then) < percent) amount += 1;
  while (amount > 0 && growthPercent(now + amount - 1, then) >= percent) amount -= 1;
  return amount;
}

interface Context {
  record: PartnerRecord;
  rules: CompetencyRules;
  day: IsoDay;
  t: Translate;
}

/**
 * Why a requirement is no longer met on a day, in words. `newRules` is the version of the rules that take
 * effect on the day, when they do; a figure that did not move is then the rules' doing, not the record's.
 */
function reasonText(
  req: Requirement,
  before: AnswerValue | null,
  after: AnswerValue | null,
  t: Translate,
  newRules: string | null,
): string {
  if (newRules !== null && (before === null || before === after)) {
    const threshold = describeThreshold(req, t);
    return after === null
      ? t('forecast.reason.rulesNone', { version: newRules, label: req.label, threshold })
      : t('forecast.reason.rules', {
          version: newRules,
          label: req.label,
          threshold,
          after: describeAnswer(req, after, t),
        });
  }
  if (before === null || after === null) return t('forecast.reason.gone', { label: req.label });
  if (req.kind === 'training') return t('forecast.reason.training', { label: req.label });
  if (req.kind === 'exam' && typeof before === 'number' && typeof after === 'number' && after < before)
    return t.count('forecast.reason.exam', before - after, { total: t.number(before) });
  if (req.kind === 'references' && typeof before === 'number' && typeof after === 'number' && after < before)
    return t.count('forecast.reason.references', before - after, { total: t.number(before) });
  return t('forecast.reason.falls', {
    label: req.label,
    after: describeAnswer(req, after, t),
    threshold: describeThreshold(req, t),
  });
}

/** The fewest actions that keep one requirement met on the day, or null when the record cannot keep it. */
function actionFor(
  { record, rules, day, t }: Context,
  req: Requirement,
  before: RecordFigure | undefined,
  after: RecordFigure | undefined,
): { count: number; text: string } | null {
  const value = typeof after?.value === 'number' ? after.value : 0;
  switch (req.kind) {
    case 'exam': {
      const count = req.people - value;
      return { count, text: t.count('forecast.action.renew', count, { exam: req.exam }) };
    }
    case 'training': {
      // The holder the day before with the fewest courses lapsing, and those courses.
      const lapsed = new Map<string, string[]>();
      for (const entry of before?.source.lapsing ?? []) {
        const name = record.credentials[entry.entry]?.name;
        if (entry.day > day || entry.person === null || name === undefined) continue;
        lapsed.set(entry.person, [...(lapsed.get(entry.person) ?? []), name]);
      }
      const courses = [...lapsed.values()].sort((a, b) => a.length - b.length)[0] ?? req.courses;
      return { count: courses.length, text: t('forecast.action.training', { courses: t.list(courses) }) };
    }
    case 'references': {
      const count = req.count - value;
      return { count, text: t.count('forecast.action.references', count) };
    }
    case 'revenue': {
      const count = Math.ceil(req.amount - value);
      return { count, text: t('forecast.action.book', { amount: t.money(count, req.currency) }) };
    }
    case 'growth': {
      const sums = bookingSums(record, rules.slug, req.periodMonths, day);
      if (sums.then <= 0) return null;
      const count = bookingForGrowth(sums.now, sums.then, req.percent);
      // Growth is measured on the competency's revenue: its currency is the revenue requirement's.
      const revenue = everyRequirement(rules).find((r) => r.kind === 'revenue');
      const unit = revenue?.kind === 'revenue' ? revenue.currency : undefined;
      return {
        count,
        text: t('forecast.action.book', { amount: unit ? t.money(count, unit) : t.number(count) }),
      };
    }
    case 'satisfaction': {
      // The fewest results at the top of the scale that lift the average to the threshold.
      const n = after?.source.entries.length ?? 0;
      const sum = value * n;
      const top = req.scale.max;
      if (top <= req.threshold) return null;
      const count = Math.max(1, Math.ceil((req.threshold * n - sum) / (top - req.threshold) - 1e-9));
      return { count, text: t.count('forecast.action.surveys', count, { score: t.number(top) }) };
    }
    case 'status':
      return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// The forecast

/** What lapses in words: "Expert in Gateway Security"; an interim designation by its title alone. */
function levelWhat(rules: CompetencyRules, level: LevelResult, t: Translate): string {
  return isInterimDesignation(rules)
    ? rules.title
    : t('forecast.what.level', { level: level.title, title: rules.title });
}

function sentence(what: string, day: IsoDay, reasons: string[], actions: string[], t: Translate): string {
  const date = formatDay(t.formats, day);
  const why = t.list(reasons);
  return actions.length > 0
    ? t('forecast.lapse', { what, date, why, keep: t('forecast.keep', { actions: t.list(actions) }) })
    : t('forecast.lapse.noKeep', { what, date, why });
}

/**
 * The forecast for the chosen competencies (each with its context and typed answers) from `from` up to
 * `until` (24 months later by default): every lapse of a level or the tier, in order, with why and the fewest
 * actions that keep it. `catalogue` is every competency (who counts toward which is decided over all of
 * them); `tiers` are the roll-up's.
 */
export function forecast(
  record: PartnerRecord,
  chosen: readonly ForecastChoice[],
  catalogue: readonly CompetencyRules[],
  tiers: readonly RollUpTier[],
  from: IsoDay,
  t: Translate,
  { until = addMonths(from, 24), labels }: { until?: IsoDay; labels?: ExplorerLabels } = {},
): Forecast {
  const bySlug = new Map(catalogue.map((c) => [c.slug, c]));
  const followed = chosen.flatMap((choice) => {
    const rules = bySlug.get(choice.slug);
    return rules === undefined ? [] : [{ rules, choice }];
  });
  // Interim designations do not count toward tiers.
  const interim = new Set(followed.filter((f) => isInterimDesignation(f.rules)).map((f) => f.rules.slug));
  const standingAt = (day: IsoDay): Standing => {
    const counted = countedPeople(
      record,
      catalogue.map((c) => rulesOn(c, day)),
      day,
    );
    const competencies = new Map<string, Followed>();
    for (const { rules: written, choice } of followed) {
      const rules = rulesOn(written, day);
      const standing = standingOn(record, rules, choice.context, day, counted, choice.typed, t, labels);
      const a = standing.assessment;
      competencies.set(rules.slug, {
        rules,
        choice,
        standing,
        held: a.status === 'assessed' ? a.achieved : null,
        levels: a.status === 'assessed' ? a.levels : [],
      });
    }
    const roll = rollUp(
      [...competencies.values()].map((c) => c.standing.assessment),
      tiers,
      t,
    );
    return {
      competencies,
      tier: tiers.find((x) => x.id === roll.tier?.id) ?? null,
      counts: roll.counts,
    };
  };

  const checked = changeDays(record, catalogue, from, until);
  const lapses: ForecastLapse[] = [];
  let previous = standingAt(from);
  for (const day of checked) {
    const now = standingAt(day);
    const levels = levelLapses(previous, now, day);
    lapses.push(...levels);
    const tierLapse = tierLapseOf(previous, now, day, levels);
    if (tierLapse !== null) lapses.push(tierLapse);
    previous = now;
  }
  return { from, until, checked, lapses };

  function levelLapses(before: Standing, after: Standing, day: IsoDay): ForecastLapse[] {
    const out: ForecastLapse[] = [];
    for (const [slug, was] of before.competencies) {
      const is = after.competencies.get(slug);
      const held = was.held;
      // The level held the day before, as scored on the day.
      const level = is?.levels.find((l) => l.level === held);
      if (held === null || is === undefined || level === undefined || rankOf(is.held) >= rankOf(held))
        continue;
      // The requirements as the rules of the day ask them: announced rules may take effect on it.
      const requirements = new Map(
        appliedRequirements(is.rules, held, is.choice.context.businessModel).map((r) => [r.id, r]),
      );
      const newRules = is.rules.version === was.rules.version ? null : is.rules.version;
      const context: Context = { record, rules: is.rules, day, t };
      const reasons: ForecastReason[] = [];
      const actions: ForecastAction[] = [];
      for (const result of level.requirements) {
        const req = requirements.get(result.id);
        const before = was.standing.answers[result.id] ?? null;
        // A requirement with no figure the day before was not asked then: only new rules make it a reason.
        if (result.status === 'met' || req === undefined || (before === null && newRules === null)) continue;
        const after = is.standing.answers[result.id] ?? null;
        reasons.push({
          competency: slug,
          requirement: result.id,
          label: result.label,
          kind: result.kind,
          before,
          after,
          threshold: result.threshold,
          illustrative: result.illustrative,
          text: reasonText(req, before, after, t, newRules),
        });
        const action = actionFor(
          context,
          req,
          was.standing.figures[result.id],
          is.standing.figures[result.id],
        );
        if (action !== null)
          actions.push({ competency: slug, requirement: result.id, kind: result.kind, by: day, ...action });
      }
      // One booking counts toward revenue and growth alike: the larger amount keeps both.
      const booked = actions.filter((a) => a.kind === 'revenue' || a.kind === 'growth');
      const smaller = booked.length === 2 ? booked.sort((a, b) => a.count - b.count)[0] : undefined;
      if (smaller !== undefined) actions.splice(actions.indexOf(smaller), 1);
      const what = levelWhat(was.rules, level, t);
      out.push({
        day,
        date: formatDay(t.formats, day),
        subject: 'level',
        id: slug,
        title: was.rules.title,
        from: held,
        to: is.held,
        what,
        reasons,
        actions,
        illustrative: reasons.some((r) => r.illustrative),
        text: sentence(
          what,
          day,
          reasons.map((r) => r.text),
          actions.map((a) => a.text),
          t,
        ),
      });
    }
    return out;
  }

  function tierLapseOf(
    before: Standing,
    after: Standing,
    day: IsoDay,
    levels: readonly ForecastLapse[],
  ): ForecastLapse | null {
    const was = before.tier;
    if (was === null || (after.tier?.rank ?? -1) >= was.rank) return null;
    // The lapses that count toward tiers, those with fewest actions first: keep as few as the tier needs.
    const areas = levels
      .filter((l) => !interim.has(l.id))
      .sort((a, b) => a.actions.length - b.actions.length || compareTitles(a.title, b.title));
    const counts = { ...after.counts };
    const kept: ForecastLapse[] = [];
    for (const lapse of areas) {
      if (counts.principal >= was.needs.principal && counts.expert >= was.needs.expert) break;
      kept.push(lapse);
      counts.principal += Number(lapse.to === null);
      counts.expert += Number(lapse.from === 'expert');
    }
    const reasons: ForecastReason[] = areas.map((l) => ({
      competency: l.id,
      requirement: null,
      label: l.what,
      kind: null,
      before: null,
      after: null,
      threshold: null,
      illustrative: l.illustrative,
      text: t('forecast.reason.level', { what: l.what }),
    }));
    const actions = kept.flatMap((l) => l.actions);
    const what = t('forecast.what.tier', { tier: was.title });
    return {
      day,
      date: formatDay(t.formats, day),
      subject: 'tier',
      id: was.id,
      title: was.title,
      from: was.id,
      to: after.tier?.id ?? null,
      what,
      reasons,
      actions,
      illustrative: [
        tierNeedsIllustrative(was),
        tierTitleIllustrative(was),
        ...reasons.map((r) => r.illustrative),
      ].some(Boolean),
      text: sentence(
        what,
        day,
        reasons.map((r) => r.text),
        actions.map((a) => a.text),
        t,
      ),
    };
  }
}
