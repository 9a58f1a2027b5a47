import { translator } from '../../src/text/text.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  allCompareViews,
  buildComparison,
  compareGroups,
  comparePath,
  compareTitle,
  defaultCompareView,
  describeCompareView,
} from '../../src/views/compare.ts';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { loadRules } from '../helpers/content.ts';
import { LABELS } from '../helpers/labels.ts';

let all: CompetencyRules[];

beforeAll(async () => {
  all = await loadRules();
});

describe('comparePath', () => {
  test('returns /compare/ for the default view and a path per model and region otherwise, each once', () => {
    const paths = allCompareViews(LABELS).map((v) => comparePath(v, LABELS));

    expect(comparePath(defaultCompareView(LABELS), LABELS)).toBe('/compare/');
    expect(paths).toContain('/compare/resell/');
    expect(paths).toContain('/compare/integrate/emea/');
    expect(new Set(paths).size).toBe(2 * 5);
  });
});

describe('buildComparison', () => {
  test('returns every competency in catalogue order, with the reason where it is not available', () => {
    const comparison = buildComparison(all, { model: 'resell', region: 'latam' }, LABELS, translator('en'));

    expect(comparison.rows).toHaveLength(all.length);
    const off = comparison.rows.filter((r) => !r.available).map((r) => `${r.slug}: ${r.reason}`);
    expect(off).toEqual([
      'mobility: Not offered in Latin America',
      'security-monitoring-and-management: Not offered on Resell',
      'services-expert: Not offered on Resell',
    ]);
    expect(comparison.rows.find((r) => r.slug === 'mid-market-backup-and-recovery')?.note).toMatch(
      /currency/,
    );
  });

  test('returns requirements by kind for each level, and only the kinds a level asks for', () => {
    const comparison = buildComparison(all, { model: 'integrate', region: null }, LABELS, translator('en'));

    const archiving = comparison.rows.find((r) => r.slug === 'archiving');
    const expert = archiving?.levels.find((l) => l.level === 'expert');
    expect(expert?.byKind.revenue?.map((l) => l.threshold)).toEqual([
      'USD 200,000 in the trailing 12 months',
    ]);
    expect(comparison.levels.map((l) => [l.id, l.kinds.map((k) => k.kind)])).toEqual([
      ['principal', ['training', 'exam', 'revenue', 'references']],
      ['expert', ['status', 'training', 'exam', 'revenue', 'growth', 'references', 'satisfaction']],
    ]);
    expect(comparison.illustrative).toBe(true);
  });

  test('returns a level the competency lacks with its reason', () => {
    const comparison = buildComparison(all, { model: 'integrate', region: 'na' }, LABELS, translator('en'));

    const designation = comparison.rows.find((r) => r.slug === 'services-expert');

    expect(designation?.interim).toBe(true);
    expect(designation?.levels.map((l) => l.reason)).toEqual(['No Principal level on Integrate', '']);
  });
});

describe('compareGroups', () => {
  test('returns the model and region options, the current ones marked', () => {
    const groups = compareGroups({ model: 'resell', region: 'emea' }, LABELS, translator('en'));

    expect(groups.map((g) => g.options.filter((o) => o.current).map((o) => o.title))).toEqual([
      ['Resell'],
      ['EMEA'],
    ]);
    expect(groups[0]?.options.map((o) => o.path)).toEqual([
      '/compare/integrate/emea/',
      '/compare/resell/emea/',
    ]);
    expect(groups[1]?.options[0]).toMatchObject({ title: 'Any region', path: '/compare/resell/' });
  });
});

describe('describeCompareView and compareTitle', () => {
  test('returns the view in words and in a few words', () => {
    expect(describeCompareView({ model: 'integrate', region: null }, LABELS, translator('en'))).toBe(
      'Integrate partners in any region',
    );
    expect(compareTitle({ model: 'resell', region: 'apj' }, LABELS, translator('en'))).toBe('Resell, APJ');
  });
});

describe('buildComparison unavailable', () => {
  test('returns how many competencies are not available, marked when that rests on example availability', () => {
    const sourced = all.map((r) => ({
      ...r,
      provenance: { ...r.provenance, regions: 'source', businessModels: 'source' } as const,
    }));

    const resell = buildComparison(all, { model: 'resell', region: null }, LABELS, translator('en'));
    const fromSource = buildComparison(sourced, { model: 'resell', region: null }, LABELS, translator('en'));
    const integrate = buildComparison(all, { model: 'integrate', region: null }, LABELS, translator('en'));

    expect(resell.unavailable).toEqual({
      text: `2 of ${all.length} are not available for this choice; each says why.`,
      illustrative: true,
    });
    expect(fromSource.unavailable.illustrative).toBe(false);
    expect(integrate.unavailable).toEqual({ text: '', illustrative: false });
  });
});
