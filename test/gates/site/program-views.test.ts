import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { isSolutionArea } from '../../../src/domain/designation.ts';
import { fnv1a64, rulesHash } from '../../../src/engine/hash.ts';
import { checkRulesFile, RULES_FILE } from '../../../src/persistence/portfolio-rules.ts';
import { withBase } from '../../../src/util/base-path.ts';
import { defaultPath, langOf, localePath } from '../../../src/text/langs.ts';
import { allCompareViews, comparePath } from '../../../src/views/compare.ts';
import type { ExplorerLabels } from '../../../src/domain/labels.ts';
import { allFilters, filterPath, isEmptyFilter } from '../../../src/views/filters.ts';
import type { CompetencyRules } from '../../../src/domain/rules.ts';
import { loadBuiltRules, loadExplorerLabels } from '../../helpers/content.ts';
import { BASE, DIST, islandProps, readSite, SITE, type BuiltSite } from './dist.ts';

let site: BuiltSite;
let competencies: CompetencyRules[];
let labels: ExplorerLabels;

beforeAll(async () => {
  site = readSite();
  competencies = await loadBuiltRules();
  labels = await loadExplorerLabels();
});

/** The built file of a site path without the base, e.g. "/compare/" -> "compare/index.html". */
const fileOf = (path: string): string => `${path.replace(/^\//, '')}index.html`;

function page(file: string): string {
  const html = site.pages.get(file);
  if (html === undefined) throw new Error(`dist/${file} is missing`);
  return html;
}

describe('catalogue filter pages in dist/', () => {
  test('returns a page for every filter, each a view of the catalogue with no script and no search index', () => {
    const problems: string[] = [];
    const catalogue = new URL(withBase(BASE, '/competencies/'), SITE).href;

    for (const filter of allFilters(labels).filter((f) => !isEmptyFilter(f))) {
      const file = fileOf(filterPath(filter));
      const html = site.pages.get(file);
      if (html === undefined) {
        problems.push(`${file} is missing`);
        continue;
      }
      if (!html.includes(`<link rel="canonical" href="${catalogue}">`)) problems.push(`${file}: canonical`);
      if (/<script\b/i.test(html)) problems.push(`${file}: has a script`);
      if (html.includes('data-pagefind-body')) problems.push(`${file}: indexed by search`);
    }

    expect(problems).toEqual([]);
  });

  test('returns every competency on each filter page, matching or with the reason it is ruled out', () => {
    const html = page('competencies/for/resell/latam/expert/index.html');

    const missing = competencies.filter(
      (c) => !html.includes(`href="${withBase(BASE, `/competencies/${c.slug}/`)}"`),
    );

    expect(missing.map((c) => c.slug)).toEqual([]);
    expect(html).toContain('Not offered in Latin America');
    expect(html).toContain('Not offered on Resell');
  });
});

describe('comparison pages in dist/', () => {
  test('returns a page for every business model and region, each with no script', () => {
    const files = allCompareViews(labels).map((v) => fileOf(comparePath(v, labels)));

    const problems = files.filter((f) => !site.pages.has(f) || /<script\b/i.test(page(f)));

    expect(files).toHaveLength(labels.models.length * (labels.regions.length + 1));
    expect(problems).toEqual([]);
  });
});

describe('change log in dist/', () => {
  test('returns the Atom feed with absolute URLs and one entry per history entry and announcement, announced on the page', () => {
    const xml = site.files.includes('changes/feed.xml')
      ? readFileSync(join(DIST, 'changes/feed.xml'), 'utf8')
      : '';
    const entries = competencies.reduce((n, c) => n + c.history.length + (c.announced ? 1 : 0), 0);
    const prefix = new URL(withBase(BASE, '/'), SITE).href;

    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml.match(/<entry>/g)).toHaveLength(Math.min(entries, 50));
    expect(xml.match(/<updated>/g)?.length).toBe(Math.min(entries, 50) + 1);
    const hrefs = [...xml.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(hrefs.filter((h) => !h.startsWith(prefix))).toEqual([]);
    expect(page('changes/index.html')).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Competency rule changes" href="${withBase(BASE, '/changes/feed.xml')}">`,
    );
  });
});

describe('search in dist/', () => {
  test('returns a search box in the header of every page but the search page, a plain GET form', () => {
    const action = (file: string) => {
      const lang = langOf(/^(\w+)\//.exec(file)?.[1]);
      return `action="${withBase(BASE, localePath(lang, '/search/'))}" method="get"`;
    };

    const without = [...site.pages]
      .filter(
        ([file]) =>
          !['search/index.html', '404.html', '404/index.html'].includes(defaultPath(`/${file}`).slice(1)),
      )
      .filter(([file, html]) => !html.includes(action(file)))
      .map(([file]) => file);

    expect(without).toEqual([]);
    expect(page('index.html')).toMatch(/<label for="site-search-q"[^>]*>Search the catalogue<\/label>/);
  });

  test('returns competency pages marked for the search index, their explorer and widget left out', () => {
    const html = page('competencies/ediscovery/index.html');

    expect(html).toContain('data-pagefind-body');
    expect(html).toMatch(/<div class="explorer[^"]*"[^>]*data-pagefind-ignore/);
    expect(html).toMatch(
      /<div class="widget"[^>]*data-pagefind-ignore[^>]*>(<script>.*?<\/script>)?<astro-island /s,
    );
    expect(islandProps(html, 'SelfAssessment').map((p) => JSON.stringify(p.data))).toEqual([
      expect.stringContaining('"slug":"ediscovery"'),
    ]);
    expect(html).toMatch(/<details class="mdiff[ "][^>]*data-pagefind-ignore/);
  });

  test('returns the Pagefind index next to the pages, built after the site', () => {
    const built = existsSync(join(DIST, 'pagefind/pagefind.js'));

    expect(
      built,
      'dist/pagefind is missing: build with `npm run build`, which indexes the searchable pages with Pagefind',
    ).toBe(true);
  });
});

describe('portfolio in dist/', () => {
  test("returns every competency's rules and rules hash in the rules file, and no area's rules in the page", () => {
    const file = checkRulesFile(JSON.parse(readFileSync(join(DIST, 'self-assessment/rules.json'), 'utf8')));
    const slugs = competencies.map((c) => c.slug);

    expect(file.rules.map((r) => r.slug).sort()).toEqual([...slugs].sort());
    expect(file.versions).toEqual(Object.fromEntries(competencies.map((c) => [c.slug, rulesHash(c)])));
    const [props, ...more] = islandProps(page('self-assessment/index.html'), 'Portfolio');
    expect(more).toEqual([]);
    const data = JSON.stringify(props?.data);
    const text = readFileSync(join(DIST, 'self-assessment/rules.json'), 'utf8');
    expect(data).toContain(`"rulesHref":"${withBase(BASE, RULES_FILE)}?v=${fnv1a64(text)}"`);
    // The first view answers only the interim designation (its form is always shown): no area's rules.
    const evidence = (c: CompetencyRules) =>
      Object.values(c.requirements).flatMap((byModel) => Object.values(byModel ?? {}).flat());
    const interim = competencies.filter((c) => !isSolutionArea(c)).flatMap(evidence);
    expect(interim.filter((r) => data.includes(JSON.stringify(r?.evidence)))).not.toEqual([]);
    const inPage = competencies
      .filter(isSolutionArea)
      .flatMap(evidence)
      .filter((r) => r !== undefined && data.includes(JSON.stringify(r.evidence)));
    expect(inPage.map((r) => r?.id)).toEqual([]);
  });
});
