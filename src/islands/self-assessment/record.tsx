/**
 * The partner record on a competency page (loaded with the widget's lazy part): read from this browser once the
 * part loads and again when another tab changes it, with the day to work its figures out for (DayField). The
 * widget scores with the typed answers over the record's figures (scoreWithRecord); the Services Expert
 * check does the same for the designation. Where a rule limits how many competencies one person counts
 * toward, the people are allocated across the whole catalogue, whose rules come from the portfolio's rules
 * file, fetched only when the record holds passes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CompetencyRules } from '../../domain/rules.ts';
import {
  countedPeople,
  figuresOn,
  mergeAnswers,
  type CountedPeople,
  type DayAnswers,
} from '../../engine/record-figures.ts';
import { answerRequirement } from '../../engine/answers.ts';
import { assess } from '../../engine/assess.ts';
import type { AssessmentContext, CompetencyAssessment } from '../../engine/types.ts';
import { RECORD_KEY } from '../../persistence/record-storage.ts';
import { checkRulesFile } from '../../persistence/portfolio-rules.ts';
import type { Answers } from '../../schemas/answers.ts';
import type { IsoDay, PartnerRecord } from '../../schemas/record.ts';
import {
  DayField,
  hasPasses,
  recordOn,
  showFigures,
  type ChosenDay,
  type RecordOn,
} from '../shared/record-on.tsx';
import { textOf, type Host } from './host.ts';

/** The record as the widget reads it: the record and the day, and the catalogue's rules once fetched. */
interface WidgetRecord {
  on: RecordOn;
  /** Every competency's rules, to allocate people across them; null until fetched (or when not needed). */
  catalogue: readonly CompetencyRules[] | null;
  /** The allocation on `on.day`, worked out once per day. */
  counted: { day: string; people: CountedPeople } | null;
}

// One widget per page: what it read, for the scoring it asks for as it renders.
let current: WidgetRecord | null = null;

/** Every competency's rules, fetched once per page (null when they cannot be). */
let catalogueLoad: Promise<readonly CompetencyRules[] | null> | null = null;
function fetchCatalogue(href: string): Promise<readonly CompetencyRules[] | null> {
  catalogueLoad ??= fetch(href)
    .then((r) => (r.ok ? r.json() : null))
    .then((file: unknown) => checkRulesFile(file).rules)
    .catch(() => null);
  return catalogueLoad;
}

const NOBODY: CountedPeople = { competencies: {}, people: {}, over: {} };

/**
 * The people counted toward each competency on the record's day: nobody without passes; null while the
 * catalogue's rules, which the allocation needs, are not here.
 */
function allocation(record: WidgetRecord): CountedPeople | null {
  if (!hasPasses(record.on.record)) return NOBODY;
  if (record.catalogue === null) return null;
  if (record.counted?.day !== record.on.day)
    record.counted = {
      day: record.on.day,
      people: countedPeople(record.on.record, record.catalogue, record.on.day),
    };
  return record.counted.people;
}

/** A competency's answers and verdict on a day from the record and the typed answers (typed wins). */
export interface WithRecord extends DayAnswers {
  assessment: CompetencyAssessment;
}

/**
 * A competency's standing from the record and the typed answers on the record's day, for the fields with
 * ids prefixed `prefix` to show; null without a record. Exam figures wait for the catalogue's rules (people
 * are counted across it): until they come, those requirements count as typed or unanswered.
 */
export function standingWithRecord(
  prefix: string,
  rules: CompetencyRules,
  context: AssessmentContext,
  typed: Answers,
  host: Pick<Host, 'words'>,
): WithRecord | null {
  const record = current;
  if (record === null) {
    showFigures(prefix, rules, null, null, answerRequirement);
    return null;
  }
  const { on } = record;
  const counted = allocation(record);
  const figures = figuresOn(on.record, rules, context.businessModel, on.day, counted ?? NOBODY);
  if (counted === null)
    for (const id of Object.keys(figures))
      if (answerRequirement(rules, id)?.kind === 'exam') delete figures[id];
  const given = mergeAnswers(figures, typed);
  showFigures(prefix, rules, given, on, answerRequirement);
  return { ...given, assessment: assess(rules, context, given.answers, textOf(host)) };
}

/** What the widget and its Services Expert check need of the record: the record and day now. */
export const recordNow = (): RecordOn | null => current?.on ?? null;

/**
 * The day field of the record's figures, shown above the partner's own answers once a record is stored:
 * reads the record when it mounts and whenever another tab changes it, fetches the catalogue's rules when
 * the record holds passes to allocate, and has the island score again (host.setAnswers with the same
 * answers) when any of it changes.
 */
export function RecordDay({ host }: { host: Host }) {
  const [on, setOn] = useState<ChosenDay | null>(current?.on ?? null);
  // The island's newest host, for what is set up once below.
  const hostRef = useRef(host);
  useEffect(() => {
    hostRef.current = host;
  });
  useEffect(() => {
    const rescore = () => hostRef.current.setAnswers((now) => ({ ...now }));
    const read = () => {
      // A day picked here stays as the record changes.
      const next = recordOn(hostRef.current.storage.current, current?.on);
      // Nothing stored, before or now: nothing to score again (the verdict, read out, stays the same object).
      if (next === null && current === null) return;
      current = next && { on: next, catalogue: current?.catalogue ?? null, counted: null };
      setOn(current?.on ?? null);
      const href = hostRef.current.rulesHref;
      if (current && href && current.catalogue === null && hasPasses(current.on.record))
        void fetchCatalogue(href).then((catalogue) => {
          if (current && catalogue) {
            current.catalogue = catalogue;
            current.counted = null;
            rescore();
          }
        });
      rescore();
    };
    read();
    const onStorage = (e: StorageEvent) => void ((e.key === null || e.key === RECORD_KEY) && read());
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, [hostRef]);
  if (on === null || current === null) return null;
  const pick = (next: ChosenDay) => {
    if (current === null) return;
    current = { ...current, on: { ...current.on, ...next } };
    setOn(current.on);
    hostRef.current.setAnswers((now) => ({ ...now }));
  };
  return <DayField prefix="sa" on={on} t={textOf(host)} pick={pick} />;
}

/**
 * The record, its day and the people counted toward each competency, for an evidence pack: the catalogue's
 * rules fetched first when the record holds passes. Null without a record; throws when the allocation cannot
 * be worked out (the catalogue could not be fetched), so that no pack counts people otherwise than the page.
 */
export async function recordForPack(
  host: Pick<Host, 'rulesHref'>,
): Promise<{ record: PartnerRecord; counted: CountedPeople; day: IsoDay } | null> {
  const record = current;
  if (record === null) return null;
  if (record.catalogue === null && host.rulesHref && hasPasses(record.on.record)) {
    const catalogue = await fetchCatalogue(host.rulesHref);
    if (catalogue !== null && record.catalogue === null) record.catalogue = catalogue;
  }
  const counted = allocation(record);
  if (counted === null) throw new TypeError();
  return { record: record.on.record, counted, day: record.on.day };
}
