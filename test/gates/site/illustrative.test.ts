import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readCollection } from '../../../src/content-check/load.ts';
import type { ExplorerLabels } from '../../../src/domain/labels.ts';
import {
  competencyFactIllustrative,
  countingIllustrative,
  evidenceIllustrative,
  historyIllustrative,
  thresholdIllustrative,
  tierBenefitsIllustrative,
  tierNeedsIllustrative,
  tierTitleIllustrative,
} from '../../../src/domain/provenance.ts';
import type { CompetencyRules } from '../../../src/domain/rules.ts';
import { actionPlan, actionPlanCsv } from '../../../src/engine/action-plan.ts';
import { assess, offeredCombinations } from '../../../src/engine/assess.ts';
import { TierSchema, type Tier } from '../../../src/schemas/tier.ts';
import {
  countsPerPage,
  mainContent,
  markedText,
  unmarkedByPage,
  unmarkedCount,
  type Needle,
} from '../checks/illustrative.ts';
import { illustrativeNeedles, type ProvenanceReader } from '../checks/illustrative-values.ts';
import { DIST, readSite, type BuiltSite } from './dist.ts';
import { escapeXml } from '../../../src/views/changes.ts';
import { loadBuiltRules, loadExplorerLabels } from '../../helpers/content.ts';
import { announcementIllustrative } from '../../../src/domain/announced.ts';
import { translator } from '../../../src/text/text.ts';

const EN = translator('en');

let site: BuiltSite;
let competencies: CompetencyRules[];
let needles: Needle[];
let labels: ExplorerLabels;

// The content model's own provenance, as the site reads it.
const provenance: ProvenanceReader = {
  requirement: (req) => ({
    threshold: thresholdIllustrative(req),
    evidence: evidenceIllustrative(req),
    counting: countingIllustrative(req),
  }),
  tier: (tier) => ({
    title: tierTitleIllustrative(tier),
    needs: tierNeedsIllustrative(tier),
    benefits: tierBenefitsIllustrative(tier),
  }),
  competency: (rules) => ({
    regions: competencyFactIllustrative(rules, 'regions'),
    businessModels: competencyFactIllustrative(rules, 'businessModels'),
    version: competencyFactIllustrative(rules, 'version'),
  }),
  history: historyIllustrative,
};

beforeAll(async () => {
  site = readSite();
  competencies = await loadBuiltRules();
  const tiers: Tier[] = (await readCollection('content/tiers')).map((e) =>
    TierSchema.parse(e.frontmatter.data),
  );
  labels = await loadExplorerLabels();
  needles = illustrativeNeedles(competencies, tiers, labels, provenance);
});

/** The self-assessment as the print view shows it: the widget's own markup. */
const widget = (html: string): string => {
  const start = html.indexOf('<astro-island');
  return start === -1 ? '' : html.slice(start, html.indexOf('</astro-island>', start) + 15);
};

describe('illustrative values in dist/', () => {
  test('returns every illustrative value inside data-illustrative wherever a page shows it', () => {
    const report = unmarkedByPage(site.pages, needles);

    if (process.env['SHOW_UNMARKED']) console.log(JSON.stringify(report, null, 1));
    expect(countsPerPage(report)).toEqual({});
  });

  test('returns every illustrative value marked in the print view of the self-assessment', () => {
    const report = unmarkedByPage(site.pages, needles, widget);

    expect(countsPerPage(report)).toEqual({});
  });

  test('returns an Illustrative column naming each CSV cell that carries an example value', () => {
    const problems: string[] = [];
    for (const rules of competencies) {
      for (const context of offeredCombinations(rules)) {
        const result = assess(rules, context, {}, EN, labels);
        if (result.status !== 'assessed') continue;
        const [head = [], ...rows] = parseCsv(
          actionPlanCsv(
            translator('en'),
            actionPlan(result, rules, { t: EN, exportDate: '2026-12-06', ...labels }),
          ),
        );
        const column = head.indexOf('Illustrative');
        for (const row of rows) {
          const marked = (row[column] ?? '').split(/,\s*/);
          row.forEach((cell, i) => {
            const text = markedText(escape(cell));
            const shows = needles.some((n) => !n.onPage && unmarkedCount(text, n.text) > 0);
            if (shows && (column === -1 || !marked.includes(head[i]!)))
              problems.push(`${rules.slug} ${context.businessModel}/${context.region}: ${head[i]}`);
          });
        }
      }
    }

    const perCompetency = Object.groupBy(problems, (p) => p.split(' ')[0] ?? '');
    expect(Object.fromEntries(Object.entries(perCompetency).map(([k, v]) => [k, v?.length]))).toEqual({});
  });

  test('returns the note on every illustrative entry and announcement of the Atom feed', () => {
    const feed = readFileSync(join(DIST, 'changes/feed.xml'), 'utf8');
    const entries = competencies.flatMap((c) => [
      ...c.history.filter(historyIllustrative),
      ...(c.announced && announcementIllustrative(c.announced) ? [c.announced] : []),
    ]);

    const summaries = [...feed.matchAll(/<summary>([^<]*)<\/summary>/g)].map((m) => m[1] ?? '');

    expect(summaries).toHaveLength(entries.length);
    expect(summaries.filter((text) => !text.includes(escapeXml(translator('en')('feed.mark'))))).toEqual([]);
  });

  test('finds a counting rule shown without its mark, on the page of its competency', () => {
    const rule = needles.find((n) => n.what === 'archiving: technical-exam counting');
    const page = (shown: string) =>
      new Map([['competencies/archiving/index.html', `<main><p>${shown}</p></main>`]]);

    expect(rule?.text).toBe('A pass counts for 24 months from the day it is passed');
    expect(countsPerPage(unmarkedByPage(page(rule?.text ?? ''), needles))).toEqual({
      'competencies/archiving/index.html': 1,
    });
    expect(
      countsPerPage(unmarkedByPage(page(`<span data-illustrative>${rule?.text ?? ''}</span>`), needles)),
    ).toEqual({});
  });

  test('finds an unmarked value and accepts a marked one', () => {
    const page = markedText(
      mainContent(
        '<main><p>USD 50,000 in <b>the</b> trailing</p><p data-illustrative><span>USD 50,000</span></p></main>',
      ),
    );

    expect(unmarkedCount(page, 'USD 50,000')).toBe(1);
    expect(unmarkedCount(page, 'USD 5,000')).toBe(0);
    expect(unmarkedCount(markedText('<p>110% and 10%.</p>'), '10%')).toBe(1);
  });
});

const escape = (text: string): string => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** Parses the RFC 4180 CSV the action plan writes. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  for (const line of csv
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)) {
    const cells: string[] = [];
    const re = /"((?:[^"]|"")*)"|([^,]*)/y;
    let at = 0;
    while (at <= line.length) {
      re.lastIndex = at;
      const m = re.exec(line)!;
      cells.push(m[1] !== undefined ? m[1].replaceAll('""', '"') : (m[2] ?? ''));
      at = re.lastIndex + 1;
    }
    rows.push(cells);
  }
  return rows;
}
