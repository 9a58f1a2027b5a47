import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import CatalogueFilters from '../../src/components/CatalogueFilters.astro';
import CompareTable from '../../src/components/CompareTable.astro';
import EligibilityExplorer from '../../src/components/EligibilityExplorer.astro';
import ExplorerSet from '../../src/components/ExplorerSet.astro';
import { buildComparison } from '../../src/views/compare.ts';
import { diffSets, explorerPanels, requirementSet } from '../../src/views/explorer.ts';
import { filterGroups } from '../../src/views/filters.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { findBySlug, loadRules } from '../helpers/content.ts';
import { LABELS } from '../helpers/labels.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

/** HTML text as a reader sees it: tags dropped, entities decoded, whitespace collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&amp;', '&')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replace(/\s+/g, ' ');
}

let all: CompetencyRules[];
let container: AstroContainer;
const bySlug = (slug: string): CompetencyRules => findBySlug(all, slug);

beforeAll(async () => {
  all = await loadRules();
  container = await AstroContainer.create();
});

describe('CatalogueFilters', () => {
  test('returns a named navigation of links per dimension, the chosen ones marked as the current page', async () => {
    const html = await container.renderToString(CatalogueFilters, {
      props: { groups: filterGroups({ model: 'resell' }, LABELS, translator('en')) },
    });

    expect(html).toContain('aria-label="Filter competencies"');
    expect(html.match(/role="group"/g)).toHaveLength(3);
    expect(html).toMatch(/href="\/competencies\/for\/resell\/emea\/"[^>]*>\s*EMEA/);
    const current = [...html.matchAll(/<a[^>]*aria-current="page"[^>]*>\s*([^<]+?)\s*</g)].map((m) => m[1]);
    expect(current).toEqual(['Resell', 'Any region', 'Any level']);
  });
});

describe('ExplorerSet', () => {
  test('returns the requirements with their thresholds and the diff with a mark per change', async () => {
    const rules = bySlug('archiving');
    const set = requirementSet(rules, { model: 'integrate', region: 'na', level: 'principal' }, LABELS, EN);
    const other = requirementSet(rules, { model: 'resell', region: 'na', level: 'principal' }, LABELS, EN);

    const html = await container.renderToString(ExplorerSet, {
      props: { set, diffs: [diffSets(set, other, LABELS, translator('en'))] },
    });

    const text = textOf(html);
    expect(text).toContain('Archiving revenue USD 50,000 in the trailing 12 months');
    expect(text).toContain('On Resell instead of Integrate:');
    expect(text).toContain('− Certified archiving engineers no longer required');
    expect(text).toContain('→ Archiving revenue: USD 75,000 instead of USD 50,000 in the trailing 12 months');
  });

  test('returns the reason instead of a list for an unavailable choice', async () => {
    const rules = bySlug('security-monitoring-and-management');
    const set = requirementSet(rules, { model: 'resell', region: 'na', level: 'expert' }, LABELS, EN);

    const html = await container.renderToString(ExplorerSet, { props: { set, diffs: [] } });

    expect(textOf(html).trim()).toBe('Not offered on Resell (illustrative) .');
    expect(html).toContain('data-illustrative>Not offered on Resell<');
  });
});

describe('EligibilityExplorer', () => {
  test('returns a choice per model, region and level, the requirements once per model and level', async () => {
    const panels = explorerPanels(bySlug('mobility'), LABELS, translator('en'));

    const html = await container.renderToString(EligibilityExplorer, { props: { panels, labels: LABELS } });

    expect(html.match(/<div class="xp__choice"/g)).toHaveLength(16);
    expect(html.match(/<div class="xp"/g)).toHaveLength(4);
    expect(html.match(/<div class="xp__shared"/g)).toHaveLength(4);
    expect(html.match(/<div class="xp__choice"[^>]*data-default/g)).toHaveLength(1);
    expect(html).toMatch(/<div class="xp__choice" id="explore-integrate-na-principal"[^>]*data-default/);
    // Mobility is not offered in Latin America: those choices carry their own reason.
    expect(html.match(/<div class="xp__choice"[^>]*data-own/g)).toHaveLength(4);
    expect(html).toContain('href="#explore-resell-na-principal"');
    expect(textOf(html)).toContain('Not offered in Latin America (illustrative) .');
    expect(html).toContain('data-pagefind-ignore');
  });
});

describe('CompareTable', () => {
  test('returns a table and cards per level, with the reason spanning the row of an unavailable competency', async () => {
    const comparison = buildComparison(all, { model: 'resell', region: null }, LABELS, translator('en'));
    const hrefs = Object.fromEntries(all.map((r) => [r.slug, `/competencies/${r.slug}/`]));

    const html = await container.renderToString(CompareTable, {
      props: { comparison, hrefs, described: 'Resell partners in any region' },
    });

    expect(html.match(/<table/g)).toHaveLength(2);
    expect(html.match(/class="cmp__card[ "]/g)).toHaveLength(2 * all.length);
    expect(html).toMatch(
      /<td colspan="\d+" class="cmp__reason"[^>]*><span class="illustrative" data-illustrative>Not offered on Resell</,
    );
    expect(textOf(html)).toContain(
      'Principal requirements of every competency for Resell partners in any region',
    );
  });
});
