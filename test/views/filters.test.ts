import { beforeAll, describe, expect, test } from 'vitest';
import {
  allFilters,
  clashingSlugs,
  describeFilter,
  filterCatalogue,
  filterGroups,
  filterMatch,
  filterPath,
  filterTitle,
  isEmptyFilter,
  parseFilterSegments,
  shownCount,
} from '../../src/views/filters.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { findBySlug, loadRules } from '../helpers/content.ts';
import { makeRules } from '../helpers/fixtures.ts';
import { LABELS } from '../helpers/labels.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

let all: CompetencyRules[];
const bySlug = (slug: string): CompetencyRules => findBySlug(all, slug);

beforeAll(async () => {
  all = await loadRules();
});

describe('filterPath', () => {
  test('returns the catalogue for no filter and the ids in model, region, level order otherwise', () => {
    expect(filterPath({})).toBe('/competencies/');
    expect(filterPath({ level: 'expert', model: 'resell' })).toBe('/competencies/for/resell/expert/');
    expect(filterPath({ region: 'emea' })).toBe('/competencies/for/emea/');
  });
});

describe('parseFilterSegments', () => {
  test('returns the filter a path holds, the inverse of filterPath', () => {
    for (const filter of allFilters(LABELS)) {
      const rest = filterPath(filter).replace(/^\/competencies\/(for\/)?/, '');

      expect(parseFilterSegments(rest, LABELS)).toEqual(
        Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)),
      );
    }
  });

  test('rejects unknown ids, repeated dimensions and ids out of order', () => {
    expect(parseFilterSegments('resell/mars', LABELS)).toBeNull();
    expect(parseFilterSegments('resell/integrate', LABELS)).toBeNull();
    expect(parseFilterSegments('expert/resell', LABELS)).toBeNull();
  });
});

describe('allFilters', () => {
  test('returns every combination once, the empty filter first', () => {
    const filters = allFilters(LABELS);

    expect(filters).toHaveLength(3 * 5 * 3);
    expect(isEmptyFilter(filters[0] ?? { model: 'resell' })).toBe(true);
    expect(new Set(filters.map(filterPath)).size).toBe(filters.length);
  });
});

describe('filterMatch', () => {
  test('returns every reason a competency is ruled out', () => {
    const smm = bySlug('security-monitoring-and-management');

    expect(filterMatch(smm, { model: 'resell', region: 'latam', level: 'expert' }, LABELS, EN)).toEqual({
      matches: false,
      reasons: ['Not offered on Resell', 'Not offered in Latin America'],
      marked: [
        { text: 'Not offered on Resell', illustrative: true },
        { text: 'Not offered in Latin America', illustrative: true },
      ],
    });
    expect(filterMatch(smm, { model: 'integrate', region: 'na' }, LABELS, EN)).toEqual({
      matches: true,
      reasons: [],
      marked: [],
    });
  });

  test('returns a missing level, on the chosen model or on any', () => {
    const designation = bySlug('services-expert');

    expect(filterMatch(designation, { level: 'principal' }, LABELS, EN).reasons).toEqual([
      'No Principal level',
    ]);
    expect(filterMatch(designation, { model: 'integrate', level: 'principal' }, LABELS, EN).reasons).toEqual([
      'No Principal level on Integrate',
    ]);
  });

  test('returns a retired competency as ruled out by any filter but listed without one', () => {
    const retired = makeRules({ status: 'retired' });

    expect(filterMatch(retired, {}, LABELS, EN).matches).toBe(true);
    expect(filterMatch(retired, { region: 'na' }, LABELS, EN).reasons).toEqual([
      'Retired, no longer awarded',
    ]);
  });
});

describe('filterCatalogue', () => {
  test('returns matching competencies by group and every other one with its reasons', () => {
    const catalogue = filterCatalogue(all, { region: 'latam' }, LABELS, translator('en'));

    expect(catalogue.total).toBe(all.length);
    expect(catalogue.shown + catalogue.excluded.length).toBe(all.length);
    expect(catalogue.excluded.map((e) => `${e.rules.slug}: ${e.reasons.join('; ')}`)).toEqual([
      'mobility: Not offered in Latin America',
      'security-monitoring-and-management: Not offered in Latin America',
    ]);
    expect(catalogue.groups.flatMap((g) => g.items).every((i) => i.set === null)).toBe(true);
  });

  test('returns the requirement set and the diff to the other model once a model and a level are chosen', () => {
    const catalogue = filterCatalogue(all, { model: 'resell', level: 'principal' }, LABELS, translator('en'));

    const archiving = catalogue.groups.flatMap((g) => g.items).find((i) => i.rules.slug === 'archiving');

    expect(archiving?.set?.requirements.map((r) => r.id)).toEqual([
      'sales-training',
      'revenue',
      'references',
    ]);
    expect(archiving?.diffs.map((d) => d.heading)).toEqual(['On Integrate instead of Resell']);
    expect(archiving?.diffs[0]?.text).toContain('Certified archiving engineers now required');
  });
});

describe('filterGroups', () => {
  test('returns "any" and each id per dimension, linking to the filter with that option and the others kept', () => {
    const groups = filterGroups({ model: 'resell', level: 'expert' }, LABELS, translator('en'));

    expect(groups.map((g) => g.label)).toEqual(['Business model', 'Region', 'Level']);
    const region = groups[1];
    expect(region?.options.map((o) => [o.title, o.path, o.current])).toEqual([
      ['Any region', '/competencies/for/resell/expert/', true],
      ['NA', '/competencies/for/resell/na/expert/', false],
      ['LATAM', '/competencies/for/resell/latam/expert/', false],
      ['EMEA', '/competencies/for/resell/emea/expert/', false],
      ['APJ', '/competencies/for/resell/apj/expert/', false],
    ]);
    expect(groups[0]?.options.find((o) => o.current)?.title).toBe('Resell');
  });
});

describe('describeFilter and filterTitle', () => {
  test('returns the filter in words for a heading and in a few words for a title', () => {
    const filter = { model: 'resell', region: 'emea', level: 'expert' } as const;

    expect(describeFilter(filter, LABELS, translator('en'))).toBe('Resell partners in EMEA at Expert level');
    expect(describeFilter({ region: 'apj' }, LABELS, translator('en'))).toBe('partners in APJ');
    expect(describeFilter({}, LABELS, translator('en'))).toBe('');
    expect(filterTitle(filter, LABELS, translator('en'))).toBe('Resell, EMEA, Expert');
  });
});

describe('clashingSlugs', () => {
  test('returns a slug that would take the filter pages folder', () => {
    expect(clashingSlugs(['archiving', 'for', 'resell'])).toEqual(['for']);
  });
});

describe('shownCount', () => {
  test('returns how many competencies a filter keeps, marked when it rests on example availability', () => {
    const filter = { model: 'resell', region: 'emea', level: 'expert' } as const;
    const sourced = all.map((r) => ({
      ...r,
      provenance: { ...r.provenance, regions: 'source', businessModels: 'source' } as const,
    }));

    const shown = shownCount(
      filterCatalogue(all, filter, LABELS, translator('en')),
      'Resell partners',
      translator('en'),
    );
    const fromSource = filterCatalogue(sourced, filter, LABELS, translator('en'));

    expect(shown).toEqual({
      text: `10 of ${all.length} competencies and designations are open to Resell partners.`,
      illustrative: true,
    });
    expect(fromSource.countsIllustrative).toBe(false);
    expect(filterCatalogue(all, {}, LABELS, translator('en')).countsIllustrative).toBe(false);
    expect(filterCatalogue(all, { region: 'latam' }, LABELS, translator('en')).countsIllustrative).toBe(true);
  });
});
