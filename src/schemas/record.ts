/**
 * A partner record: the people, dated passes, bookings, references, survey results and evidence behind a
 * partner's figures, kept in the browser only, like the answers. The engine works out each competency's
 * figures from it on any day (src/engine/record-figures.ts); storage, merging and files keep its shape
 * (src/persistence/record-storage.ts).
 *
 * Every collection is a map keyed by a stable id the browser makes, so that two tabs or an imported file
 * merge entry by entry. Days are ISO dates (`2026-12-07`), quarters `2026-Q4`, amounts whole currency
 * units in the currency of the competency's revenue requirement.
 */
/** A calendar day, `YYYY-MM-DD`. */
export type IsoDay = string;

/** A calendar quarter, `YYYY-Qn`, e.g. `2026-Q4`. */
export type Quarter = string;

/**
 * Who entered an entry and when it came, when it came from a colleague's reply to a request (the partner's
 * own edits carry none): the name the colleague gave and the moment the reply was made, an ISO time.
 */
export interface RecordSource {
  /** The colleague's name, as they gave it, e.g. "Dana (Finance)". */
  name: string;
  /** When the reply was made, e.g. "2026-12-07T10:00:00.000Z". */
  at: string;
}

/** Someone on the partner's staff, named as the partner likes: an internal id or initials, no name needed. */
export interface RecordPerson {
  /** How the partner refers to them, e.g. "E-1042" or "AK". */
  label: string;
}

/** A course completed or an exam passed by one person, named as the catalogue names it. */
export interface RecordCredential {
  /** The person's id in `people`. */
  person: string;
  /** The course or exam, exactly as a requirement names it, e.g. "Gateway Security Technical Specialist". */
  name: string;
  /** The day it was passed. */
  passed: IsoDay;
  /** Who entered it and when it came, when a colleague's reply brought it. */
  by?: RecordSource | undefined;
}

/** Revenue booked for one competency in one quarter. */
export interface RecordBooking {
  /** The competency's slug, e.g. "gateway-security". */
  competency: string;
  /** The quarter the revenue was booked in. */
  quarter: Quarter;
  /** The amount, in whole units of the competency's revenue currency. */
  amount: number;
  /** Who entered it and when it came, when a colleague's reply brought it. */
  by?: RecordSource | undefined;
}

/** A customer reference for one competency. */
export interface RecordReference {
  /** The competency's slug. */
  competency: string;
  /** How the partner names the customer, e.g. "Customer A". */
  customer: string;
  /** The day the customer agreed to be a reference. */
  date: IsoDay;
  /** Who entered it and when it came, when a colleague's reply brought it. */
  by?: RecordSource | undefined;
}

/** One customer survey result for one competency. */
export interface RecordSurvey {
  /** The competency's slug. */
  competency: string;
  /** The score, on the scale of the competency's satisfaction requirement. */
  score: number;
  /** The day the survey was returned. */
  date: IsoDay;
  /** Who entered it and when it came, when a colleague's reply brought it. */
  by?: RecordSource | undefined;
}

/** Where the evidence for one requirement stands. */
export type EvidenceStatus = 'todo' | 'doing' | 'ready';

/** The partner's own plan for the evidence of one requirement of one competency. */
export interface RecordEvidence {
  /** The competency's slug. */
  competency: string;
  /** The requirement's id, e.g. "references". */
  requirement: string;
  /** The person in charge, an id in `people`. */
  owner?: string | undefined;
  status: EvidenceStatus;
  /** The day it is due. */
  due?: IsoDay | undefined;
  /** Free text. */
  note?: string | undefined;
  /** Addresses of the documents, e.g. a folder on the partner's drive. */
  links?: string[] | undefined;
  /** Who entered it and when it came, when a colleague's reply brought it. */
  by?: RecordSource | undefined;
}

/**
 * The competencies a person is counted toward where a rule limits how many (ExamCounting's
 * `competenciesPerPerson`), keyed in the record by the person's id. Without one, the engine counts a
 * person toward the competencies in catalogue order.
 */
export interface RecordAllocation {
  /** The competencies' slugs, in the partner's order of preference. */
  competencies: string[];
}

/** The whole record. Every map is keyed by an id made once, when the entry is added (allocations by person id). */
export interface PartnerRecord {
  people: Record<string, RecordPerson>;
  credentials: Record<string, RecordCredential>;
  bookings: Record<string, RecordBooking>;
  references: Record<string, RecordReference>;
  surveys: Record<string, RecordSurvey>;
  evidence: Record<string, RecordEvidence>;
  allocations: Record<string, RecordAllocation>;
}

/** The sections of a record, in the order pages and files list them. */
export const RECORD_SECTIONS = [
  'people',
  'credentials',
  'bookings',
  'references',
  'surveys',
  'evidence',
  'allocations',
] as const satisfies readonly (keyof PartnerRecord)[];

export type RecordSection = (typeof RECORD_SECTIONS)[number];

/** An empty record. */
export function emptyRecord(): PartnerRecord {
  return {
    people: {},
    credentials: {},
    bookings: {},
    references: {},
    surveys: {},
    evidence: {},
    allocations: {},
  };
}
