/**
 * The record's calendar, an iCalendar file (RFC 5545, `.ics`): an all-day event on each day the forecast says
 * a level or the tier lapses, and on each day evidence is due (evidence marked ready is left out). Calendar
 * applications import it as it is; an event keeps its UID from one export to the next, so importing again
 * updates the events rather than adding them twice.
 *
 * Written by hand, as the format needs little: lines end in CRLF and are folded at 75 octets (never inside a
 * character), text values escape backslash, semicolon, comma and line breaks. Pure: the moment of the export
 * (DTSTAMP) is a parameter.
 */
import { everyRequirement, type CompetencyRules } from '../domain/rules.ts';
import type { PartnerRecord } from '../schemas/record.ts';
import { isIsoDay } from '../schemas/record-values.ts';
import type { Translate } from '../text/translate.ts';
import { addDays } from '../util/dates.ts';
import type { ForecastLapse } from './forecast.ts';

/** The media type of the file. */
export const CALENDAR_TYPE = 'text/calendar;charset=utf-8';

/** One all-day event. */
export interface CalendarEvent {
  /** Unique and stable across exports, e.g. "lapse-level-gateway-security-expert-2027-03-14@competency-record". */
  uid: string;
  /** The day, YYYY-MM-DD. */
  day: string;
  /** The event's title. */
  summary: string;
  /** More about it, lines separated by "\n"; empty for none. */
  description: string;
}

/** The domain part of every UID: names what made the events, so they never clash with others. */
const UID_DOMAIN = 'competency-record';

/** A text value escaped as RFC 5545 section 3.3.11 asks. */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** A content line folded at 75 octets (RFC 5545 section 3.1), continuation lines starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets, each continuation 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const dateValue = (day: string): string => day.replaceAll('-', '');

/** A moment in UTC as a DATE-TIME value, e.g. "20261207T093000Z". */
function stampValue(moment: Date): string {
  return moment
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** The iCalendar file of some all-day events, named `name`, stamped with the moment of the export. */
export function writeCalendar(events: readonly CalendarEvent[], name: string, stamp: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Competency Catalogue//Partner record//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stampValue(stamp)}`,
      `DTSTART;VALUE=DATE:${dateValue(event.day)}`,
      `DTEND;VALUE=DATE:${dateValue(addDays(event.day, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      ...(event.description === '' ? [] : [`DESCRIPTION:${escapeText(event.description)}`]),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A text made safe for a UID: letters, digits and hyphens. */
const uidPart = (text: string): string => text.replace(/[^A-Za-z0-9-]/g, '-');

/** A requirement's label in a competency, by its id; the id when no level asks it. */
function requirementLabel(rules: CompetencyRules | undefined, id: string): string {
  return (rules && everyRequirement(rules).find((req) => req.id === id)?.label) ?? id;
}

/**
 * The record's events: each lapse of the forecast (its sentence as the description), then each evidence due
 * day of evidence not ready yet (its note and links), each list in order of day.
 */
export function recordEvents(
  record: PartnerRecord,
  lapses: readonly ForecastLapse[],
  catalogue: readonly CompetencyRules[],
  t: Translate,
): CalendarEvent[] {
  const bySlug = new Map(catalogue.map((c) => [c.slug, c]));
  const lapseEvents = lapses.map((l): CalendarEvent => ({
    uid: `lapse-${l.subject}-${uidPart(l.id)}-${uidPart(l.from)}-${l.day}@${UID_DOMAIN}`,
    day: l.day,
    summary: t('forecast.reason.level', { what: l.what }),
    description: l.text,
  }));
  const due = Object.entries(record.evidence)
    .flatMap(([id, e]): CalendarEvent[] => {
      if (e.status === 'ready' || !isIsoDay(e.due)) return [];
      const rules = bySlug.get(e.competency);
      const event: CalendarEvent = {
        uid: `evidence-${uidPart(id)}@${UID_DOMAIN}`,
        day: e.due,
        summary: t('calendar.due', {
          label: requirementLabel(rules, e.requirement),
          title: rules?.title ?? e.competency,
        }),
        description: [e.note ?? '', ...(Array.isArray(e.links) ? e.links : [])]
          .filter((s) => s !== '')
          .join('\n'),
      };
      return [event];
    })
    .sort((a, b) => Number(a.day > b.day) - Number(a.day < b.day));
  return [...lapseEvents, ...due];
}

/** The record's calendar file: the forecast's lapses and the evidence due days, stamped with the moment of export. */
export function recordCalendar(
  record: PartnerRecord,
  lapses: readonly ForecastLapse[],
  catalogue: readonly CompetencyRules[],
  t: Translate,
  stamp: Date,
): string {
  return writeCalendar(recordEvents(record, lapses, catalogue, t), t('calendar.name'), stamp);
}
