/**
 * The partner record as the assessment pages read it (loaded with their lazy parts only): the record stored in
 * this browser, the day its figures are worked out for (today where the browser is, or the day the address
 * names as `?on=YYYY-MM-DD`), the field that picks that day, and each figure's note under its answer: where
 * it came from ("3 people, from your record"), or, under a typed answer, the record's figure beside it.
 *
 * The pages score with the typed answers over the record's figures (answersOn, src/engine/record-figures.ts);
 * what they save, share and export stays the typed answers.
 */
import { useState } from 'preact/hooks';
import type { CompetencyRules } from '../../domain/rules.ts';
import type { Requirement } from '../../schemas/requirement.ts';
import type { IsoDay, PartnerRecord, RecordEvidence } from '../../schemas/record.ts';
import { evidenceFor } from '../../engine/action-plan.ts';
import type { AnswerOrigin, RecordFigure, RecordFigures } from '../../engine/record-figures.ts';
import { numberFieldOf } from '../../engine/answers.ts';
import { figureText } from '../../domain/number-words.ts';
import { readRecord } from '../../persistence/record-storage.ts';
import type { StorageLike } from '../../persistence/storage-access.ts';
import { isIsoDay } from '../../schemas/record-schema.ts';
import { addMonths, localDay, quarterOf } from '../../util/dates.ts';
import { formatDay } from '../../text/days.ts';
import { islandTranslator, type IslandWords, type Translate } from '../../text/translate.ts';
import type { ControlProps } from '../self-assessment/AnswerControl.tsx';
import { FieldNote } from './FieldNote.tsx';

/** The address parameter that names the day: `?on=2027-03-14`. */
export const ON_PARAM = 'on';

/** How far before and after today a day may be chosen, in years. */
export const ON_RANGE_YEARS = 10;

/** The days a partner may choose, first and last, around today. */
export function dayRange(today: IsoDay): { min: IsoDay; max: IsoDay } {
  return { min: addMonths(today, -12 * ON_RANGE_YEARS), max: addMonths(today, 12 * ON_RANGE_YEARS) };
}

/** The day figures are worked out for, and why the day asked for was not taken ('' when it was, or none was). */
export interface ChosenDay {
  day: IsoDay;
  today: IsoDay;
  refused: '' | 'bad' | 'range';
  /** The text the address gave, when refused. */
  given: string;
}

/** The day the address asks for (`?on=`), else today; a day that is no day or out of range falls back to today. */
export function chooseDay(search: string, today: IsoDay): ChosenDay {
  const given = new URLSearchParams(search).get(ON_PARAM);
  if (given === null || given === '') return { day: today, today, refused: '', given: '' };
  if (!isIsoDay(given)) return { day: today, today, refused: 'bad', given };
  const { min, max } = dayRange(today);
  if (given < min || given > max) return { day: today, today, refused: 'range', given };
  return { day: given, today, refused: '', given: '' };
}

/** Puts the day into the address (none for today), so a reload or a copied link shows the same day. */
export function keepDayInAddress(day: IsoDay, today: IsoDay): void {
  const url = new URL(location.href);
  if (day === today) url.searchParams.delete(ON_PARAM);
  else url.searchParams.set(ON_PARAM, day);
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

/** The record stored in this browser, or null when there is none or it cannot be read. */
export function storedRecord(store: Pick<StorageLike, 'getItem'>): PartnerRecord | null {
  const read = readRecord(store);
  return read.status === 'ok' ? read.state.record : null;
}

/** The record and the day, as a page scores with them. */
export interface RecordOn extends ChosenDay {
  record: PartnerRecord;
}

/**
 * The record stored here and the day the address asks for, or the day already chosen (`kept`) when the
 * record is read again; null when there is no record.
 */
export function recordOn(store: Pick<StorageLike, 'getItem'>, kept?: ChosenDay | null): RecordOn | null {
  const record = storedRecord(store);
  return record && { ...(kept ?? chooseDay(location.search, localDay(new Date()))), record };
}

/** Whether the record holds passes that must be allocated across the catalogue's competencies. */
export const hasPasses = (record: PartnerRecord): boolean => Object.keys(record.credentials).length > 0;

// ---------------------------------------------------------------------------------------------------------
// The day field

/**
 * The labelled day field: today by default, a native date field (keyboard usable), kept in the address; a
 * day that is no day or out of range says so and counts as today.
 */
export function DayField(props: {
  prefix: string;
  on: ChosenDay;
  t: Translate;
  /** Takes a day chosen here. */
  pick: (on: ChosenDay) => void;
}) {
  const { prefix, on, t, pick } = props;
  const id = `${prefix}-on`;
  const { min, max } = dayRange(on.today);
  // What is typed stays in the field until it is a day; the figures move only then.
  const [typed, setTyped] = useState<string | null>(null);
  const take = (value: string) => {
    setTyped(value);
    if (value === '') return;
    const next = chooseDay(`?${ON_PARAM}=${encodeURIComponent(value)}`, on.today);
    if (next.refused === '') setTyped(null);
    keepDayInAddress(next.day, on.today);
    pick(next);
  };
  const refusal =
    on.refused === 'bad'
      ? t('figure.on.bad', { given: on.given, today: formatDay(t.formats, on.today) })
      : on.refused === 'range'
        ? t('figure.on.range', {
            given: on.given,
            first: formatDay(t.formats, min),
            last: formatDay(t.formats, max),
            today: formatDay(t.formats, on.today),
          })
        : '';
  return (
    <div class="sa-on">
      <label for={id}>{t('figure.on.label')}</label>{' '}
      <input
        type="date"
        id={id}
        min={min}
        max={max}
        value={typed ?? on.day}
        aria-describedby={`${id}-h`}
        onChange={(e) => take(e.currentTarget.value)}
      />{' '}
      {on.day !== on.today && (
        <button type="button" onClick={() => take(on.today)}>
          {t('figure.on.today')}
        </button>
      )}
      <p id={`${id}-h`} class="sa-on-h">
        {on.day === on.today
          ? t('figure.on.isToday', { day: formatDay(t.formats, on.day) })
          : t('figure.on.isOther', { day: formatDay(t.formats, on.day) })}
      </p>
      {refusal && (
        <p class="sa-error" role="alert">
          {refusal}
        </p>
      )}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------------------
// Where a figure came from

/** A quarter in words, e.g. "2026-Q1", "Q1 2026". */
const quarterWords = (t: Translate, day: IsoDay): string => {
  const [year = '', n = ''] = quarterOf(day).split('-Q');
  return t('figure.quarter', { year, n });
};

/** The people's labels, as the record names them, in a list. */
const peopleWords = (t: Translate, record: PartnerRecord, ids: readonly string[]): string =>
  t.list(ids.map((id) => record.people[id]?.label ?? id));

/** A window of dated records in words: "from 8 December 2024 to 7 December 2026", or "up to …" without a start. */
function windowWords(t: Translate, figure: RecordFigure, day: IsoDay): string {
  const w = figure.source.window;
  return w === null
    ? t('figure.upTo', { last: formatDay(t.formats, day) })
    : t('figure.window', { first: formatDay(t.formats, w.first), last: formatDay(t.formats, w.last) });
}

/** What a figure from the record is, in words, without saying where it came from, e.g. "3 people". */
export function figureWords(
  t: Translate,
  req: Requirement,
  figure: RecordFigure,
  record: PartnerRecord,
  day: IsoDay,
): string {
  const { value, source } = figure;
  const amount = (n: number) => figureText(numberFieldOf(req, t), n, t);
  switch (req.kind) {
    case 'training':
      return value === true
        ? t('figure.held', { people: peopleWords(t, record, source.people) })
        : t('figure.notHeld');
    case 'exam':
      return source.people.length > 0
        ? t.count('figure.people', Number(value), { people: peopleWords(t, record, source.people) })
        : t('figure.nobody');
    case 'revenue':
    case 'growth': {
      const w = source.window;
      const quarters = w && { first: quarterWords(t, w.first), last: quarterWords(t, w.last) };
      if (req.kind === 'revenue' || quarters === null || source.previous === null)
        return t('figure.booked', {
          amount: amount(Number(value)),
          ...(quarters ?? { first: '', last: '' }),
        });
      return t('figure.growth', {
        percent: amount(Number(value)),
        ...quarters,
        before: quarterWords(t, source.previous.first),
        beforeLast: quarterWords(t, source.previous.last),
      });
    }
    case 'references':
      return t.count('figure.references', Number(value), { window: windowWords(t, figure, day) });
    case 'satisfaction':
      return t.count('figure.surveys', source.entries.length, {
        score: amount(Number(value)),
        window: windowWords(t, figure, day),
      });
    case 'status':
      return '';
  }
}

/** What one field's note says of the record: its figure and where it came from, and the evidence planned. */
export interface FigureNote {
  /** The record's figure, and whether a typed answer wins over it; null when the record gives none. */
  figure: { origin: AnswerOrigin; req: Requirement; figure: RecordFigure } | null;
  /** The record's evidence for the requirement; null without. */
  evidence: RecordEvidence | null;
  record: PartnerRecord;
  day: IsoDay;
}

/**
 * The record's figures shown under the fields, by the prefix of the fields' ids ("sa", "sa-se",
 * "pf-<slug>"): what each assessment scored with last. One page, one record: set as the page scores.
 */
const shownFigures = new Map<string, Record<string, FigureNote>>();

/** Keeps what the fields with this prefix show of the record; nothing when `given` is null. */
export function showFigures(
  prefix: string,
  rules: CompetencyRules,
  given: { origin: Record<string, AnswerOrigin>; figures: RecordFigures } | null,
  on: RecordOn | null,
  requirementOf: (rules: CompetencyRules, id: string) => Requirement | undefined,
): void {
  if (given === null || on === null) {
    shownFigures.delete(prefix);
    return;
  }
  const notes: Record<string, FigureNote> = {};
  const { record, day } = on;
  for (const [id, figure] of Object.entries(given.figures)) {
    const req = requirementOf(rules, id);
    if (req)
      notes[id] = {
        figure: { origin: given.origin[id] ?? 'record', req, figure },
        evidence: null,
        record,
        day,
      };
  }
  for (const e of Object.values(record.evidence)) {
    if (e.competency !== rules.slug || notes[e.requirement]?.evidence) continue;
    const evidence = evidenceFor(record, rules.slug, e.requirement);
    notes[e.requirement] = { figure: null, record, day, ...notes[e.requirement], evidence };
  }
  shownFigures.set(prefix, notes);
}

/** The evidence planned in the record, in words: "Evidence: ready, owner AK, due 1 March 2027". */
function evidenceWords(t: Translate, e: RecordEvidence, record: PartnerRecord): string {
  const owner = e.owner === undefined ? undefined : record.people[e.owner]?.label;
  const parts = [
    t(`plan.evidence.${e.status}`),
    ...(owner === undefined ? [] : [t('figure.owner', { owner })]),
    ...(e.due === undefined ? [] : [t('figure.due', { day: formatDay(t.formats, e.due) })]),
  ];
  return t('figure.evidence', { parts: parts.join(t.raw('list.separator')) });
}

/**
 * The record's note under one field, or nothing: its figure and where it came from (or, under a typed
 * answer, the record's figure beside it), and the evidence planned for it. With no reading of a typed figure
 * under the box, it takes the id the box names in its description, so a screen reader says it with the field.
 */
export function RecordNote(props: ControlProps & { t: Translate }) {
  const { prefix, field, t } = props;
  const note = shownFigures.get(prefix)?.[field.id];
  if (!note) return null;
  const { figure, evidence } = note;
  const what = figure && figureWords(t, figure.req, figure.figure, note.record, note.day);
  const said = props.error === undefined && typeof props.value !== 'number';
  return (
    <p id={`${prefix}-${field.id}-${said ? 'e' : 'r'}`} class={`sa-rec sa-rec--${figure?.origin ?? 'plan'}`}>
      {figure &&
        what &&
        (figure.origin === 'record' ? t('figure.fromRecord', { what }) : t('figure.typedOver', { what }))}
      {evidence && <span class="sa-rec-ev">{evidenceWords(t, evidence, note.record)}</span>}
    </p>
  );
}

const notes = new WeakMap<IslandWords, (props: ControlProps) => unknown>();

/**
 * FieldNote with the record's note under it, in the words a page handed its island: one component per
 * island, so it is never remounted.
 */
export function recordNoteIn(words: IslandWords) {
  let note = notes.get(words);
  if (note === undefined) {
    const t = islandTranslator(words);
    note = (props: ControlProps) => (
      <>
        <FieldNote {...props} t={t} />
        <RecordNote {...props} t={t} />
      </>
    );
    notes.set(words, note);
  }
  return note as (props: ControlProps) => ReturnType<typeof FieldNote>;
}
