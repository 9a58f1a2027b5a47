/**
 * What the built site claims about the program: every statement is a fact of the overview (faithful, its
 * "typically", "may" and "will have the ability to" kept), a marked example, or the site's own explanation.
 * These gates keep out the claims the overview does not make, and keep counts worked out from example
 * availability, and the pickers' "not offered", marked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  marked,
  markedText as withMark,
  competencyFactIllustrative,
} from '../../../src/domain/provenance.ts';
import { offeredLevels, type CompetencyRules } from '../../../src/domain/rules.ts';
import type { ExplorerLabels } from '../../../src/domain/labels.ts';
import { loadBuiltRules, loadExplorerLabels } from '../../helpers/content.ts';
import { mainContent, markedText, type MarkedText } from '../checks/illustrative.ts';
import { visibleText } from '../checks/originality.ts';
import { DIST, readSite, type BuiltSite } from './dist.ts';

let site: BuiltSite;
let competencies: CompetencyRules[];
let labels: ExplorerLabels;

beforeAll(async () => {
  site = readSite();
  competencies = await loadBuiltRules();
  labels = await loadExplorerLabels();
});

/** Claims the overview does not make, each as the words that made it. */
const NOT_IN_THE_SOURCE = [
  'published on its partner portal',
  'on its partner portal',
  'are on the partner portal',
  'the portal has the values',
  'the portal shows what is open',
  'where an application starts',
  'contacts listed on PartnerNet',
  'validates applications',
  'stands in for',
  'Every competency has two levels',
  'level every competency starts with',
  'trade press',
  'public reports',
  'Comparable programs',
  'moves a partner up',
  "moves up the program's tiers",
  'is what moves a partner',
  'can vary by region',
];

/** The visible text of a page or the feed, whitespace collapsed, for phrase searches. */
const textOf = (html: string): string => visibleText(html).replace(/\s+/g, ' ');

/** The matches of `pattern` on a page with any character outside `data-illustrative`. */
function unmarkedMatches(page: MarkedText, pattern: RegExp): string[] {
  const found: string[] = [];
  for (const m of page.text.matchAll(pattern)) {
    const at = m.index;
    if (page.marked.slice(at, at + m[0].length).some((x) => !x)) found.push(m[0]);
  }
  return found;
}

describe('claims of the built site', () => {
  test('returns no page, and no feed entry, that makes a claim the overview does not make', () => {
    const feed = readFileSync(join(DIST, 'changes/feed.xml'), 'utf8');
    const texts = [...site.pages, ['changes/feed.xml', feed] as const];

    const found = texts.flatMap(([file, html]) => {
      const text = textOf(html).toLowerCase();
      return NOT_IN_THE_SOURCE.filter((claim) => text.includes(claim.toLowerCase())).map(
        (claim) => `${file}: "${claim}"`,
      );
    });

    expect(found).toEqual([]);
  });

  test('returns the overview’s "typically" and "will have the ability to" wherever the site restates them', () => {
    const pages = ['index.html', 'program/index.html'].map((f) => textOf(site.pages.get(f) ?? ''));

    for (const text of pages) {
      expect(text).toContain('typically recommend and build integrated solutions');
      expect(text).toContain('typically without adding services');
      expect(text).toContain('will have the ability to move up through the program’s tiers');
    }
  });

  test('returns every count of competencies open to a filter or not available for it inside a mark', () => {
    const counts =
      /\b\d+ of \d+ (?:competencies and designations are open to [^.]+|are not available for this choice)/g;
    const pages = [...site.pages].filter(
      ([f]) => f.startsWith('competencies/for/') || f.startsWith('compare/'),
    );

    const found = pages.flatMap(([file, html]) =>
      unmarkedMatches(markedText(mainContent(html)), counts).map((c) => `${file}: ${c}`),
    );

    expect(pages.length).toBeGreaterThan(0);
    expect(found).toEqual([]);
  });

  test('returns the counts of each group and of the ruled-out list marked on every filter page', () => {
    const headingCount = /<h2 id="(?:group-[\w-]+|excluded)"[^>]*>[\s\S]*?<\/h2>/g;
    const headings = [...site.pages]
      .filter(([f]) => f.startsWith('competencies/for/'))
      .flatMap(([file, html]) =>
        [...mainContent(html).matchAll(headingCount)].map((m) => [file, m] as const),
      );
    const unmarked = headings
      .filter(([, m]) => !/\(<span class="illustrative" data-illustrative>\d+</.test(m[0]))
      .map(([file, m]) => `${file}: ${textOf(m[0]).trim()}`);

    expect(headings.length).toBeGreaterThan(0);
    expect(unmarked).toEqual([]);
  });

  test('returns every picker option for a business model or region a competency is not offered on with its mark', () => {
    const expected: string[] = [];
    const found: string[] = [];
    for (const rules of competencies) {
      const html = site.pages.get(`competencies/${rules.slug}/index.html`) ?? '';
      const options = [...html.matchAll(/<option value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map(
        (m) => `${m[1]}: ${m[2]}`,
      );
      const note = (offered: boolean, illustrative: boolean) =>
        offered ? '' : ` (${withMark(marked('not offered', illustrative))})`;
      for (const m of labels.models) {
        const off = offeredLevels(rules, m.id).length === 0;
        expected.push(
          `${rules.slug} ${m.id}: ${m.title}${note(!off, competencyFactIllustrative(rules, 'businessModels'))}`,
        );
      }
      for (const r of labels.regions) {
        const off = !rules.regions.some((x) => x.id === r.id);
        expected.push(
          `${rules.slug} ${r.id}: ${r.title}${note(!off, competencyFactIllustrative(rules, 'regions'))}`,
        );
      }
      found.push(...options.map((o) => `${rules.slug} ${o}`));
    }

    expect(found.filter((o) => o.includes('not offered'))).toEqual(
      expected.filter((o) => o.includes('not offered')),
    );
    expect(found.filter((o) => o.includes('not offered')).length).toBeGreaterThan(0);
    expect(found.filter((o) => o.includes('(not offered)'))).toEqual([]);
  });
});
