import { describe, expect, test } from 'vitest';
import {
  announcedEntries,
  atomFeed,
  changeAnchor,
  changeEntries,
  entryId,
  escapeXml,
  feedEntries,
  groupByDate,
} from '../../src/views/changes.ts';
import { makeRules } from '../helpers/fixtures.ts';
import { makeAnnounced } from '../helpers/announced.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

const history = (entries: [version: string, date: string, summary: string][]) =>
  entries.map(([version, date, summary]) => ({ version, date, summary }));

const alpha = makeRules(
  {
    title: 'Alpha',
    version: '1.10',
    history: history([
      ['1.10', '2026-09-01', 'Raised the revenue target.'],
      ['1.9', '2026-09-01', 'Added a course.'],
      ['1.0', '2026-01-15', 'First rules.'],
    ]),
  },
  'alpha',
);
const beta = makeRules(
  {
    title: 'Beta',
    version: '1.1',
    history: history([
      ['1.1', '2026-09-01', 'Lowered the exam count.'],
      ['1.0', '2026-01-15', 'First rules.'],
    ]),
  },
  'beta',
);

describe('changeEntries', () => {
  test('returns every history entry newest first, then by version as numbers, then by title', () => {
    const entries = changeEntries([beta, alpha]);

    expect(entries.map((e) => `${e.date} ${e.slug} ${e.version}${e.first ? ' first' : ''}`)).toEqual([
      '2026-09-01 alpha 1.10',
      '2026-09-01 alpha 1.9',
      '2026-09-01 beta 1.1',
      '2026-01-15 alpha 1.0 first',
      '2026-01-15 beta 1.0 first',
    ]);
    expect(entries[0]?.anchor).toBe('alpha-1-10');
  });
});

describe('groupByDate', () => {
  test('returns one group per date, newest first, keeping the order within a date', () => {
    const days = groupByDate(changeEntries([alpha, beta]));

    expect(days.map((d) => [d.date, d.entries.length])).toEqual([
      ['2026-09-01', 3],
      ['2026-01-15', 2],
    ]);
  });
});

describe('atomFeed', () => {
  const options = {
    feedUrl: 'https://example.test/docs/changes/feed.xml',
    pageUrl: 'https://example.test/docs/changes/',
    competencyUrl: (slug: string) => `https://example.test/docs/competencies/${slug}/`,
    title: 'Rule changes',
    subtitle: 'Changes <newest> first & more',
    author: 'Catalogue',
  };

  test('returns an Atom document with the feed id, its newest date as updated, and one entry per change', () => {
    const xml = atomFeed(EN, changeEntries([alpha, beta]), options);

    expect(
      xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"'),
    ).toBe(true);
    expect(xml).toContain('<id>https://example.test/docs/changes/feed.xml</id>');
    expect(xml).toContain('<updated>2026-09-01T00:00:00Z</updated>');
    expect(xml).toContain('<subtitle>Changes &lt;newest&gt; first &amp; more</subtitle>');
    expect(xml.match(/<entry>/g)).toHaveLength(5);
    expect(xml).toContain('<id>tag:example.test,2026-09-01:alpha/1.10</id>');
    expect(xml).toContain('<title>Alpha: first published rules (version 1.0)</title>');
    expect(xml).toContain('href="https://example.test/docs/competencies/beta/"');
  });

  test('returns at most the limit of entries, the newest ones', () => {
    const xml = atomFeed(EN, changeEntries([alpha, beta]), { ...options, limit: 2 });

    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).not.toContain('2026-01-15T00:00:00Z');
  });
});

describe('escapeXml, entryId and changeAnchor', () => {
  test('returns escaped text, a tag URI and a fragment id', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(entryId('example.test', { date: '2026-01-15', slug: 'x', version: '1.0' })).toBe(
      'tag:example.test,2026-01-15:x/1.0',
    );
    expect(changeAnchor('x', '2.0.1')).toBe('x-2-0-1');
  });
});

describe('announced rules in the change log', () => {
  const announcing = makeAnnounced({ title: 'Gamma' });

  test('lists each announcement apart, dated by its publication and carrying its effective date', () => {
    expect(announcedEntries([alpha, announcing])).toEqual([
      {
        date: '2026-12-01',
        effective: '2027-07-01',
        version: '1.1',
        summary: 'Expert on Integrate asks for a fourth reference.',
        illustrative: true,
        slug: 'sample',
        title: 'Gamma',
        first: false,
        anchor: 'sample-1-1',
      },
    ]);
  });

  test('puts announcements into the feed by their publication date, with an id and title of their own', () => {
    const entries = feedEntries([alpha, announcing]);
    const feed = atomFeed(EN, entries, {
      feedUrl: 'https://example.com/changes/feed.xml',
      pageUrl: 'https://example.com/changes/',
      competencyUrl: (slug) => `https://example.com/competencies/${slug}/`,
      title: 'Changes',
      subtitle: 'Example changes',
      author: 'Catalogue',
    });

    expect(entries.map((e) => `${e.date} ${e.slug} ${e.version}`)).toEqual([
      '2026-12-01 sample 1.1',
      '2026-09-01 alpha 1.10',
      '2026-09-01 alpha 1.9',
      '2026-01-15 alpha 1.0',
      '2026-01-15 sample 1.0',
    ]);
    expect(feed).toContain('<id>tag:example.com,2026-12-01:sample/1.1/announced</id>');
    expect(feed).toContain('<title>Gamma: rules version 1.1 announced, in effect from 1 July 2027</title>');
    expect(feed).toContain('<updated>2026-12-01T00:00:00Z</updated>');
    expect(feed).toContain(`Expert on Integrate asks for a fourth reference. ${EN('feed.mark')}`);
  });
});
