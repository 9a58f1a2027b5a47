/**
 * What the partner record's page shows of a day (src/islands/workspace/day-part.tsx): each competency the
 * partner follows with the level it reaches on that day and the tier those levels give, from the record with
 * typed answers winning (standingOn, rollUp), and the forecast from that day (forecast.ts): every day in the
 * next 24 months on which a level or the tier lapses, why, and the fewest actions that keep it. The engine
 * scores; this only puts its results in the shape the page renders, as plain JSON.
 */
import { rulesOn } from '../domain/announced.ts';
import type { ExplorerLabels } from '../domain/labels.ts';
import { isIllustrative, marked, tierTitleIllustrative, type Marked } from '../domain/provenance.ts';
import type { CompetencyRules } from '../domain/rules.ts';
import { forecast, type ForecastChoice, type ForecastLapse } from '../engine/forecast.ts';
import { countedPeople, standingOn } from '../engine/record-figures.ts';
import { rollUp, type RollUpTier } from '../engine/rollup.ts';
import type { IsoDay, PartnerRecord } from '../schemas/record.ts';
import { formatDay } from '../text/days.ts';
import type { Translate } from '../text/translate.ts';
import { addMonths } from '../util/dates.ts';

/** How far the forecast looks ahead of the chosen day, in months. */
export const FORECAST_MONTHS = 24;

/** One competency on the day. */
export interface DayRow {
  slug: string;
  title: string;
  /** The competency's page, scored on the same day (`?on=`). */
  href: string;
  /** The level held in words ("Expert", "None"; an interim designation's outcome), or why it is not scored. */
  level: string;
  /** The level held; null for none, or when the competency is not offered in its context. */
  held: string | null;
  /** Each level's progress, e.g. "Expert: 6 of 6 met, 100% ready"; [] when not offered. */
  progress: string[];
  /** How many of its answers the record gives, and how many were typed on its page. */
  fromRecord: number;
  typed: number;
  /** False when it is not offered for its business model or region (`level` then says why). */
  offered: boolean;
  /** When announced rules are in force on the day: which, from when (marked as the announcement is); else null. */
  rules: Marked | null;
}

/** One lapse of the forecast, as the page lists it. */
export interface LapseRow {
  day: IsoDay;
  /** The day in the page's words. */
  date: string;
  /** What lapses, e.g. "Expert in Gateway Security". */
  what: string;
  /** Why, one reason each. */
  reasons: string[];
  /** The fewest actions that keep it; [] when the record cannot keep it. */
  actions: string[];
  /** The whole sentence, as the calendar and the live region say it. */
  text: string;
  /** True when it rests on an example value (a threshold, a tier's needs). */
  illustrative: boolean;
}

/** The day's view. */
export interface RecordDayView {
  day: IsoDay;
  /** The last day the forecast looks at. */
  until: IsoDay;
  rows: DayRow[];
  /** The tier the levels give on the day, its title marked as the content marks it; null for none. */
  tier: Marked | null;
  /** The forecast's lapses, in order of day. */
  lapses: LapseRow[];
  /** The forecast as the engine gives it, for the calendar. */
  forecastLapses: ForecastLapse[];
  /** One sentence for the live region: the day, the levels held, the tier and the first lapse. */
  said: string;
}

/** What the view is worked out from. */
export interface RecordDayInput {
  record: PartnerRecord;
  /** Every competency's rules, in catalogue order: who counts toward which is decided over all of them. */
  catalogue: readonly CompetencyRules[];
  tiers: readonly RollUpTier[];
  labels: ExplorerLabels;
  /** The competencies followed, each with its business model, region and typed answers, in catalogue order. */
  choices: readonly ForecastChoice[];
  day: IsoDay;
  t: Translate;
  /** A competency's page on a day. */
  hrefOf: (slug: string, day: IsoDay) => string;
}

/** Whether the record holds anything a competency's figures or plan could come from. */
export function recordFeeds(
  record: PartnerRecord,
  rules: CompetencyRules,
  names: ReadonlySet<string>,
): boolean {
  const of = (entries: Record<string, { competency: string }>) =>
    Object.values(entries).some((e) => e.competency === rules.slug);
  return (
    of(record.bookings) ||
    of(record.references) ||
    of(record.surveys) ||
    of(record.evidence) ||
    Object.values(record.credentials).some((c) => names.has(c.name))
  );
}

/**
 * The competencies the page follows: those chosen in the portfolio, or, when none is, every competency the
 * record holds something for (a pass of a course or exam it names, bookings, references, surveys, evidence);
 * in catalogue order either way.
 */
export function followedSlugs(
  record: PartnerRecord,
  catalogue: readonly CompetencyRules[],
  chosen: readonly string[],
  credentialsOf: (slug: string) => readonly string[],
): { slugs: string[]; from: 'portfolio' | 'record' } {
  if (chosen.length > 0) {
    const picked = new Set(chosen);
    return { slugs: catalogue.filter((c) => picked.has(c.slug)).map((c) => c.slug), from: 'portfolio' };
  }
  const slugs = catalogue
    .filter((c) => recordFeeds(record, c, new Set(credentialsOf(c.slug))))
    .map((c) => c.slug);
  return { slugs, from: 'record' };
}

/** The day's view: each competency's standing, the tier, and the forecast from the day on. */
export function recordDayView(input: RecordDayInput): RecordDayView {
  const { record, catalogue, tiers, labels, choices, day, t } = input;
  // Each competency is scored under the rules in force on the day, as the forecast scores each day.
  const written = new Map(catalogue.map((c) => [c.slug, c]));
  const onDay = catalogue.map((c) => rulesOn(c, day));
  const bySlug = new Map(onDay.map((c) => [c.slug, c]));
  const counted = countedPeople(record, onDay, day);
  const assessments = [];
  const rows: DayRow[] = [];
  for (const choice of choices) {
    const rules = bySlug.get(choice.slug);
    if (rules === undefined) continue;
    const standing = standingOn(record, rules, choice.context, day, counted, choice.typed, t, labels);
    const a = standing.assessment;
    assessments.push(a);
    const origins = Object.values(standing.origin);
    const announced = written.get(rules.slug)?.announced;
    rows.push({
      slug: rules.slug,
      title: rules.title,
      href: input.hrefOf(rules.slug, day),
      level: a.status === 'assessed' ? a.headline.value : a.message,
      held: a.status === 'assessed' ? a.achieved : null,
      progress: a.status === 'assessed' ? a.levels.map((l) => `${l.title}: ${l.summary}`) : [],
      fromRecord: origins.filter((o) => o === 'record').length,
      typed: origins.filter((o) => o === 'typed').length,
      offered: a.status === 'assessed',
      rules:
        announced && announced.version === rules.version
          ? marked(
              t('workspace.day.rules', {
                version: announced.version,
                date: formatDay(t.formats, announced.effective),
              }),
              isIllustrative(announced.provenance),
            )
          : null,
    });
  }
  const roll = rollUp(assessments, tiers, t);
  const tierOf = roll.tier && tiers.find((x) => x.id === roll.tier?.id);
  const tier = tierOf ? marked(tierOf.title, tierTitleIllustrative(tierOf)) : null;
  const until = addMonths(day, FORECAST_MONTHS);
  const ahead = forecast(record, choices, catalogue, tiers, day, t, { until, labels });
  const lapses = ahead.lapses.map((l): LapseRow => ({
    day: l.day,
    date: l.date,
    what: l.what,
    reasons: l.reasons.map((r) => r.text),
    actions: l.actions.map((a) => a.text),
    text: l.text,
    illustrative: l.illustrative,
  }));
  const date = formatDay(t.formats, day);
  const held = rows.filter((r) => r.held !== null).map((r) => t('workspace.day.heldIn', r));
  const said = [
    t('workspace.day.said', {
      day: date,
      levels: held.length > 0 ? t.list(held) : t('workspace.day.saidNone'),
      tier: tier ? tier.text : t('workspace.day.noTier'),
    }),
    lapses[0]
      ? t('workspace.forecast.saidFirst', { text: lapses[0].text })
      : t('workspace.forecast.none', { until: formatDay(t.formats, until) }),
  ].join(' ');
  return { day, until, rows, tier, lapses, forecastLapses: ahead.lapses, said };
}
