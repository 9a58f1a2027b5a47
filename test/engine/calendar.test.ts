import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import {
  escapeText,
  foldLine,
  recordCalendar,
  writeCalendar,
  type CalendarEvent,
} from '../../src/engine/calendar.ts';
import { forecast } from '../../src/engine/forecast.ts';
import { translator } from '../../src/text/text.ts';
import { catalogue, sampleRecord, tiers, TODAY } from '../helpers/partner-record.ts';

const EN = translator('en');
const STAMP = new Date('2026-12-07T09:30:00Z');
const integrate = { businessModel: 'integrate', region: 'na' } as const;

/** The events of a calendar file as a calendar library reads them. */
function readEvents(text: string) {
  // ical.js types its parse as `any`: a file of one calendar gives its jCal array.
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    events: calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: event.startDate.toString(),
        end: event.endDate.toString(),
        allDay: event.startDate.isDate,
        stamp: component.getFirstPropertyValue('dtstamp')?.toString(),
      };
    }),
  };
}

describe('the record calendar', () => {
  const lapses = forecast(
    sampleRecord(),
    catalogue.map((c) => ({
      slug: c.slug,
      context: integrate,
      typed: c.slug === 'archiving' ? { revenue: 60000 } : {},
    })),
    catalogue,
    tiers,
    TODAY,
    EN,
  ).lapses;

  test('holds an all-day event for each lapse and each evidence due day, as a calendar reads it', () => {
    const { name, events } = readEvents(recordCalendar(sampleRecord(), lapses, catalogue, EN, STAMP));
    expect(name).toBe('Competency record');
    expect(events.map((e) => [e.start, e.end, e.allDay, e.summary])).toEqual([
      ['2027-03-14', '2027-03-15', true, 'Expert in Gateway Security lapses'],
      ['2027-03-14', '2027-03-15', true, 'The Gold tier lapses'],
      ['2027-05-02', '2027-05-03', true, 'Principal in Gateway Security lapses'],
      ['2028-10-01', '2028-10-02', true, 'Principal in Archiving lapses'],
      ['2028-10-01', '2028-10-02', true, 'The Silver tier lapses'],
      ['2027-01-31', '2027-02-01', true, 'Evidence due: Area revenue, Archiving'],
      ['2027-02-15', '2027-02-16', true, 'Evidence due: Customer references, Gateway Security'],
    ]);
    expect(events[0]?.description).toBe(lapses[0]?.text);
    expect(events[6]?.description).toBe('Ask Customer C for a call');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events.every((e) => e.stamp === '2026-12-07T09:30:00Z')).toBe(true);
  });

  test("keeps each event's UID from one export to the next", () => {
    const uids = (stamp: Date) =>
      readEvents(recordCalendar(sampleRecord(), lapses, catalogue, EN, stamp)).events.map((e) => e.uid);
    expect(uids(new Date('2027-01-01T00:00:00Z'))).toEqual(uids(STAMP));
    expect(uids(STAMP)[0]).toBe('lapse-level-gateway-security-expert-2027-03-14@competency-record');
  });

  test('names a requirement and competency it does not know by their ids, and leaves out ready evidence', () => {
    const record = sampleRecord();
    record.evidence.e4 = {
      competency: 'gone',
      requirement: 'old-rule',
      status: 'todo',
      due: '2027-04-01',
      links: ['https://a.example/x'],
    };
    record.evidence.e5 = {
      competency: 'archiving',
      requirement: 'revenue',
      status: 'ready',
      due: '2027-04-02',
    };
    record.evidence.e6 = { competency: 'archiving', requirement: 'revenue', status: 'todo', due: 'someday' };
    record.evidence.e7 = {
      competency: 'archiving',
      requirement: 'technical-exam',
      status: 'doing',
      due: '2027-01-31',
    };
    const { events } = readEvents(recordCalendar(record, [], catalogue, EN, STAMP));
    expect(events.map((e) => [e.start, e.summary, e.description])).toEqual([
      ['2027-01-31', 'Evidence due: Area revenue, Archiving', null],
      ['2027-01-31', 'Evidence due: Certified engineers, Archiving', null],
      ['2027-02-15', 'Evidence due: Customer references, Gateway Security', 'Ask Customer C for a call'],
      ['2027-04-01', 'Evidence due: old-rule, gone', 'https://a.example/x'],
    ]);
  });

  test('escapes text and folds long lines without splitting a character, each line ending in CRLF', () => {
    const tricky: CalendarEvent = {
      uid: 'evidence-x@competency-record',
      day: '2027-02-28',
      summary: 'Back\\slash; comma, and a line\nbreak',
      description: `${'長い説明'.repeat(30)}\r\nend`,
    };
    const text = writeCalendar([tricky], 'Kalender', STAMP);
    const { name, events } = readEvents(text);
    expect(name).toBe('Kalender');
    expect(events[0]?.summary).toBe(tricky.summary);
    expect(events[0]?.description).toBe(`${'長い説明'.repeat(30)}\nend`);
    expect(events[0]?.end).toBe('2027-03-01');
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    const encoder = new TextEncoder();
    expect(Math.max(...lines.map((l) => encoder.encode(l).length))).toBeLessThanOrEqual(75);
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  test('writes the events in German and Japanese', () => {
    const DE = translator('de');
    const choice = catalogue.map((c) => ({ slug: c.slug, context: integrate, typed: {} }));
    const inGerman = forecast(sampleRecord(), choice, catalogue, tiers, TODAY, DE).lapses.slice(0, 1);
    const de = readEvents(recordCalendar(sampleRecord(), inGerman, catalogue, DE, STAMP));
    expect(de.name).toBe('Kompetenznachweise');
    expect(de.events.map((e) => e.summary)).toEqual([
      'Stufe Expert in Gateway Security erlischt',
      'Nachweis fällig: Area revenue, Archiving',
      'Nachweis fällig: Customer references, Gateway Security',
    ]);
    const ja = readEvents(recordCalendar(sampleRecord(), [], catalogue, translator('ja'), STAMP));
    expect(ja.events.map((e) => e.summary)).toEqual([
      'エビデンスの期限：ArchivingのArea revenue',
      'エビデンスの期限：Gateway SecurityのCustomer references',
    ]);
  });
});
