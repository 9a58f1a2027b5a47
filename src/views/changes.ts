/**
 * The change log of the rules: every competency's `history` entries, newest first and grouped by date,
 * and the same entries as an Atom feed (RFC 4287).
 */
import { announcementIllustrative } from '../domain/announced.ts';
import { historyIllustrative } from '../domain/provenance.ts';
import type { CompetencyRules } from '../domain/rules.ts';
import { startOfDay } from '../util/dates.ts';
import { formatDay } from '../text/days.ts';
import { compareVersions } from '../util/versions.ts';
import type { Translate } from '../text/text.ts';

/** One entry of the change log. */
export interface ChangeEntry {
  /** The date the version took effect, YYYY-MM-DD. */
  date: string;
  /** The rules version the entry introduced, e.g. "1.1". */
  version: string;
  /** What changed and why. */
  summary: string;
  /** True when the entry is an example of how a change is logged, not a change the program published. */
  illustrative: boolean;
  /** Competency slug and title. */
  slug: string;
  title: string;
  /** True for the first entry of a competency (its first published rules). */
  first: boolean;
  /** Fragment id of the entry on the change log page, e.g. "archiving-1-0". */
  anchor: string;
  /** For announced rules: the date they take effect, YYYY-MM-DD (`date` is the day they were announced). */
  effective?: string | undefined;
}

/** The entries of one date. */
export interface ChangeDay {
  date: string;
  entries: ChangeEntry[];
}

/** Fragment id of a competency's version, e.g. ("archiving", "1.1") -> "archiving-1-1". */
export function changeAnchor(slug: string, version: string): string {
  return `${slug}-${version.replaceAll('.', '-')}`;
}

/** Every history entry of every competency: newest date first, then higher version, then title. */
export function changeEntries(list: readonly CompetencyRules[]): ChangeEntry[] {
  return list
    .flatMap((rules) => {
      const oldest = [...rules.history].sort((a, b) => compareVersions(a.version, b.version))[0];
      return rules.history.map((h): ChangeEntry => ({
        date: h.date,
        version: h.version,
        summary: h.summary,
        illustrative: historyIllustrative(h),
        slug: rules.slug,
        title: rules.title,
        first: h === oldest,
        anchor: changeAnchor(rules.slug, h.version),
      }));
    })
    .sort(
      (a, b) =>
        Number(a.date < b.date) - Number(a.date > b.date) ||
        compareVersions(b.version, a.version) ||
        a.title.localeCompare(b.title, 'en'),
    );
}

/**
 * The announced rules of every competency, by the date they take effect, soonest first: `date` is the day
 * each was announced, `effective` the day it takes effect. On its effective date an announcement becomes
 * the first entry of its competency's history (rulesOn), under the same anchor.
 */
export function announcedEntries(list: readonly CompetencyRules[]): ChangeEntry[] {
  return list
    .flatMap((rules): ChangeEntry[] => {
      const next = rules.announced;
      if (next === undefined) return [];
      return [
        {
          date: next.published,
          effective: next.effective,
          version: next.version,
          summary: next.summary,
          illustrative: announcementIllustrative(next),
          slug: rules.slug,
          title: rules.title,
          first: false,
          anchor: changeAnchor(rules.slug, next.version),
        },
      ];
    })
    .sort(
      (a, b) => (a.effective ?? '').localeCompare(b.effective ?? '') || a.title.localeCompare(b.title, 'en'),
    );
}

/** History entries and announcements in one list for the feed, newest date (of change or announcement) first. */
export function feedEntries(list: readonly CompetencyRules[]): ChangeEntry[] {
  return [...announcedEntries(list), ...changeEntries(list)].sort(
    (a, b) => Number(a.date < b.date) - Number(a.date > b.date),
  );
}

/** Entries grouped by date, newest date first; the order within a date is kept. */
export function groupByDate(entries: readonly ChangeEntry[]): ChangeDay[] {
  const days: ChangeDay[] = [];
  for (const entry of entries) {
    const last = days.at(-1);
    if (last?.date === entry.date) last.entries.push(entry);
    else days.push({ date: entry.date, entries: [entry] });
  }
  return days;
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** What the feed needs besides the entries. */
export interface FeedOptions {
  /** Absolute URL of the feed itself, e.g. "https://example.com/changes/feed.xml". */
  feedUrl: string;
  /** Absolute URL of the change log page. */
  pageUrl: string;
  /** The absolute URL of a competency page from its slug. */
  competencyUrl: (slug: string) => string;
  title: string;
  subtitle: string;
  /** Who publishes the feed, e.g. the site's name. */
  author: string;
  /** How many entries to include, newest first. */
  limit?: number;
}

/**
 * A stable entry id: a tag URI (RFC 4151) from the site's host, the entry date and the competency's
 * version, so ids never change when the site moves path or the summary is reworded. An announcement is
 * an entry of its own, apart from the change it announces once that takes effect.
 */
export function entryId(
  host: string,
  entry: Pick<ChangeEntry, 'date' | 'slug' | 'version' | 'effective'>,
): string {
  return `tag:${host},${entry.date}:${entry.slug}/${entry.version}${entry.effective ? '/announced' : ''}`;
}

/**
 * The change log as an Atom 1.0 document in the language of `t`. `updated` is the newest entry's date
 * (midnight UTC). An illustrative entry's summary is followed by `feed.mark`, since a feed cannot carry the
 * pages' mark.
 */
export function atomFeed(t: Translate, entries: readonly ChangeEntry[], options: FeedOptions): string {
  const shown = entries.slice(0, options.limit ?? 50);
  const updated = startOfDay(shown[0]?.date ?? '1970-01-01');
  const host = new URL(options.feedUrl).host;
  const items = shown.map((e) => {
    const said = { competency: e.title, version: e.version };
    const title = e.effective
      ? t('feed.entry.announced', { ...said, date: formatDay(t.formats, e.effective) })
      : e.first
        ? t('feed.entry.first', said)
        : t('feed.entry', said);
    return [
      '  <entry>',
      `    <id>${escapeXml(entryId(host, e))}</id>`,
      `    <title>${escapeXml(title)}</title>`,
      `    <updated>${startOfDay(e.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(options.competencyUrl(e.slug))}"/>`,
      `    <summary>${escapeXml(e.illustrative ? t('list.then', { first: e.summary, then: t('feed.mark') }) : e.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(t.lang)}">`,
    `  <id>${escapeXml(options.feedUrl)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    `  <subtitle>${escapeXml(options.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(options.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(options.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(options.pageUrl)}"/>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
