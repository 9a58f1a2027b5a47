/**
 * What holds on a day, on the record's page (loaded on the partner's click, DaySection.tsx): the day field
 * (today by default, kept in the address as `?on=`), each competency followed with its level and the tier on
 * that day, the forecast from it, and the calendar of its lapse days and the evidence due days (its code
 * loaded on the click that asks for it). Scoring is the engine's; this renders recordDayView.
 *
 * A competency is scored for the business model and region it was last assessed for on its page (its saved
 * answers' context), else the first of each, as the portfolio does, with the answers typed there winning over
 * the record's figures.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ExplorerLabels } from '../../domain/labels.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import type { ForecastChoice } from '../../engine/forecast.ts';
import type { AssessmentContext } from '../../engine/types.ts';
import { parseAnswers } from '../../engine/answers.ts';
import { knownAnswers } from '../../persistence/known-answers.ts';
import { checkRulesFile, type PortfolioRules } from '../../persistence/portfolio-rules.ts';
import { readSaved } from '../../persistence/storage.ts';
import type { StorageLike } from '../../persistence/storage-access.ts';
import type { Answers } from '../../schemas/answers.ts';
import { LEVEL_IDS } from '../../schemas/ids.ts';
import { formatDay } from '../../text/days.ts';
import { followedSlugs, recordDayView, type LapseRow, type RecordDayView } from '../../views/record-day.ts';
import { download } from '../shared/download.ts';
import { importAgain, loadOnce } from '../shared/load-once.ts';
import { MarkedValue, MarkName } from '../shared/MarkedValue.tsx';
import { chooseDay, DayField, ON_PARAM, type ChosenDay } from '../shared/record-on.tsx';
import type { Workspace } from './use-record.ts';

/** How long the day must stay as chosen before its standing is read out: one announcement, not one per key. */
const SAY_AFTER_MS = 900;

/** The calendar's code, loaded on the click that downloads it. */
const loadCalendar = loadOnce(importAgain(() => import('../../engine/calendar.ts')));

/** The rules file (every competency's rules), fetched once. */
let rulesFile: Promise<PortfolioRules> | null = null;
function fetchRules(href: string): Promise<PortfolioRules> {
  rulesFile ??= fetch(href)
    .then((r) => (r.ok ? (r.json() as Promise<unknown>) : null))
    .then(checkRulesFile)
    .catch((e: unknown) => {
      rulesFile = null;
      throw e;
    });
  return rulesFile;
}

/** What each competency followed is scored with, from what its own page saved in this browser. */
function choicesOf(
  store: StorageLike,
  labels: ExplorerLabels,
  catalogue: readonly CompetencyRules[],
  slugs: readonly string[],
): ForecastChoice[] {
  const { models, regions } = labels;
  const first: AssessmentContext = {
    businessModel: models[0]?.id ?? 'integrate',
    region: regions[0]?.id ?? '',
  };
  const bySlug = new Map(catalogue.map((c) => [c.slug, c]));
  return slugs.flatMap((slug): ForecastChoice[] => {
    const rules = bySlug.get(slug);
    if (rules === undefined) return [];
    const saved = readSaved(store, slug, parseAnswers);
    if (saved.status !== 'ok') return [{ slug, context: first, typed: {} }];
    const { model, region } = saved.envelope.context;
    const known = models.find((m) => m.id === model);
    const context =
      known && regions.some((r) => r.id === region) ? { businessModel: known.id, region } : first;
    const typed: Answers = knownAnswers(rules, saved.envelope.answers);
    return [{ slug, context, typed }];
  });
}

/** The part of the record's page that works out what holds on a day. */
export function DayPart({ ws }: { ws: Workspace }) {
  const { t, data } = ws;
  const [rules, setRules] = useState<PortfolioRules | null>(null);
  const [failed, setFailed] = useState(false);
  const [on, setOn] = useState<ChosenDay>(() => chooseDay(location.search, ws.today));
  const { rulesHref, competencies, labels, tiers, hrefs } = data;
  const load = useCallback(() => {
    setFailed(false);
    fetchRules(rulesHref).then(setRules, () => setFailed(true));
  }, [rulesHref]);
  useEffect(load, [load]);

  const followed = useMemo(
    () =>
      rules &&
      followedSlugs(
        ws.record,
        rules.rules,
        ws.chosen,
        (slug) => competencies.find((c) => c.slug === slug)?.credentials.map((c) => c.name) ?? [],
      ),
    [rules, ws.record, ws.chosen, competencies],
  );
  // What each competency's page saved is read once the rules are here, and again for a newly followed one.
  const followedKey = followed?.slugs.join(' ') ?? null;
  const { storage } = ws;
  const choices = useMemo(
    () =>
      rules && followedKey !== null
        ? choicesOf(storage.current, labels, rules.rules, followedKey ? followedKey.split(' ') : [])
        : null,
    [rules, followedKey, storage, labels],
  );
  const view = useMemo(
    () =>
      rules &&
      choices &&
      recordDayView({
        record: ws.record,
        catalogue: rules.rules,
        tiers,
        labels,
        choices,
        day: on.day,
        t,
        hrefOf: (slug, day) => `${hrefs[slug] ?? ''}?${ON_PARAM}=${day}`,
      }),
    [rules, choices, ws.record, on.day, t, tiers, labels, hrefs],
  );

  // The standing is read out once the day stays as chosen a moment, and once when the part first shows it,
  // unless something else was said meanwhile (a download, an edit): that is newer, and stays.
  const latestRef = useRef({ view, say: ws.say, n: ws.said.n });
  useEffect(() => {
    latestRef.current = { view, say: ws.say, n: ws.said.n };
  });
  const shown = view !== null;
  useEffect(() => {
    if (!shown) return;
    const before = latestRef.current.n;
    const timer = setTimeout(() => {
      const { view: now, say, n } = latestRef.current;
      if (now && n === before) say(now.said);
    }, SAY_AFTER_MS);
    return () => clearTimeout(timer);
  }, [on.day, shown]);

  if (failed)
    return (
      <>
        <p role="alert" class="ws-error">
          {t('workspace.day.unavailable')}
        </p>
        <button type="button" onClick={load}>
          {t('workspace.day.show')}
        </button>
      </>
    );
  if (!view || !followed) return <p class="ws-wait">{t('workspace.day.loading')}</p>;
  return (
    <MarkName name={t('site.markName')}>
      <DayField prefix="ws" on={on} t={t} pick={setOn} />
      {view.rows.length === 0 ? (
        <p class="ws-empty">{t('workspace.day.nothing')}</p>
      ) : (
        <>
          <p>
            {t(
              followed.from === 'portfolio' ? 'workspace.day.followPortfolio' : 'workspace.day.followRecord',
            )}
          </p>
          <Standing ws={ws} view={view} />
          <Forecast ws={ws} view={view} />
        </>
      )}
      <Calendar ws={ws} view={view} rules={rules?.rules ?? []} />
    </MarkName>
  );
}

/** Each competency followed with its level on the day, and the tier. */
function Standing({ ws, view }: { ws: Workspace; view: RecordDayView }) {
  const { t } = ws;
  const date = formatDay(t.formats, view.day);
  const columns = [t('workspace.day.level'), t('workspace.day.progress'), t('workspace.day.figures')];
  return (
    <>
      <table class="ws-table ws-list ws-standing" role="table">
        <caption>{t('workspace.day.caption', { day: date })}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              {t('workspace.competency')}
            </th>
            {columns.map((c) => (
              <th scope="col" role="columnheader" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {view.rows.map((row) => (
            <tr role="row" key={row.slug} data-held={row.held ?? 'none'}>
              <th scope="row" role="rowheader">
                <a href={row.href}>{row.title}</a>
              </th>
              <td role="cell" class={`ws-level ws-level--${rankClass(row.held)}`}>
                <span class="ws-cell-h" aria-hidden="true">
                  {columns[0]}
                </span>
                {row.level}
                {row.rules && (
                  <span class="ws-rules">
                    <MarkedValue {...row.rules} />
                  </span>
                )}
              </td>
              <td role="cell">
                <span class="ws-cell-h" aria-hidden="true">
                  {columns[1]}
                </span>
                {row.progress.join('; ')}
              </td>
              <td role="cell">
                <span class="ws-cell-h" aria-hidden="true">
                  {columns[2]}
                </span>
                {t.list([
                  t.count('workspace.day.fromRecord', row.fromRecord),
                  ...(row.typed > 0 ? [t.count('workspace.day.typed', row.typed)] : []),
                ])}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="ws-tier">
        {t('workspace.day.tier', { day: date })}{' '}
        <strong>{view.tier ? <MarkedValue {...view.tier} /> : t('workspace.day.noTier')}</strong>
      </p>
    </>
  );
}

/** A level held as a word for the style: the highest, another, or none. */
function rankClass(held: string | null): string {
  if (held === null) return 'none';
  return held === LEVEL_IDS[LEVEL_IDS.length - 1] ? 'top' : 'held';
}

/** The forecast: each lapse in order of day, the first marked, with why and what keeps it. */
function Forecast({ ws, view }: { ws: Workspace; view: RecordDayView }) {
  const { t } = ws;
  const until = formatDay(t.formats, view.until);
  return (
    <section class="ws-forecast" aria-labelledby="ws-forecast-h">
      <h3 id="ws-forecast-h">{t('workspace.forecast.heading', { until })}</h3>
      <p>{t('workspace.forecast.lead', { day: formatDay(t.formats, view.day) })}</p>
      {view.lapses.length === 0 ? (
        <p class="ws-empty">{t('workspace.forecast.none', { until })}</p>
      ) : (
        <ol class="ws-lapses">
          {view.lapses.map((lapse, i) => (
            <Lapse key={`${lapse.day} ${lapse.what}`} ws={ws} lapse={lapse} first={i === 0} />
          ))}
        </ol>
      )}
    </section>
  );
}

function Lapse({ ws, lapse, first }: { ws: Workspace; lapse: LapseRow; first: boolean }) {
  const { t } = ws;
  return (
    <li class={first ? 'ws-lapse ws-lapse--first' : 'ws-lapse'}>
      <p class="ws-lapse-h">
        {first && <span class="ws-first">{t('workspace.forecast.first')}</span>}{' '}
        <time dateTime={lapse.day}>{lapse.date}</time>
        {t('list.colon')}
        <strong>
          <MarkedValue
            text={t('forecast.reason.level', { what: lapse.what })}
            illustrative={lapse.illustrative}
          />
        </strong>
      </p>
      <p>
        <span class="ws-lapse-k">{t('workspace.forecast.why')}</span> {t.list(lapse.reasons)}
      </p>
      <p>
        <span class="ws-lapse-k">{t('workspace.forecast.keep')}</span>{' '}
        {lapse.actions.length > 0 ? t.list(lapse.actions) : t('workspace.forecast.cannot')}
      </p>
    </li>
  );
}

/** The calendar file of the forecast's lapse days and the evidence due days; its code loads on the click. */
function Calendar({
  ws,
  view,
  rules,
}: {
  ws: Workspace;
  view: RecordDayView;
  rules: readonly CompetencyRules[];
}) {
  const { t } = ws;
  const save = () => {
    loadCalendar().then(
      ({ recordEvents, writeCalendar, CALENDAR_TYPE }) => {
        const events = recordEvents(ws.record, view.forecastLapses, rules, t);
        if (events.length === 0) return ws.say(t('workspace.calendar.empty'));
        const file = `competency-record-${view.day}.ics`;
        download(file, writeCalendar(events, t('calendar.name'), new Date()), CALENDAR_TYPE);
        ws.say(t.count('workspace.calendar.done', events.length, { file }));
      },
      () => ws.say(t('workspace.calendar.failed')),
    );
  };
  return (
    <div class="ws-calendar">
      <p>{t('workspace.calendar.lead')}</p>
      <button type="button" onClick={save}>
        {t('workspace.calendar.download')}
      </button>
    </div>
  );
}
