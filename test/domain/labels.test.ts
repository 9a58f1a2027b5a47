import { describe, expect, test } from 'vitest';
import {
  explorerLabels,
  ID_LABELS,
  matrixLabels,
  regionShort,
  siteLabels,
  titleIn,
} from '../../src/domain/labels.ts';
import { LABELS } from '../helpers/labels.ts';

describe('matrixLabels', () => {
  test('returns levels by rank and models by order, leaving out unknown ids', () => {
    const labels = matrixLabels(
      [
        { id: 'expert', data: { title: 'Expert', rank: 2 } },
        { id: 'principal', data: { title: 'Principal', rank: 1 } },
        { id: 'master', data: { title: 'Master', rank: 3 } },
      ],
      [
        { id: 'resell', data: { title: 'Resell', order: 2 } },
        { id: 'integrate', data: { title: 'Integrate', order: 1 } },
      ],
    );

    expect(labels).toEqual({ levels: LABELS.levels, models: LABELS.models });
  });
});

describe('explorerLabels', () => {
  test('returns the regions sorted by their order, without it', () => {
    const labels = explorerLabels({ levels: LABELS.levels, models: LABELS.models }, [
      { id: 'emea', title: 'EMEA region', short: 'EMEA', order: 3 },
      { id: 'na', title: 'NA region', short: 'NA', order: 1 },
    ]);

    expect(labels.regions).toEqual([
      { id: 'na', title: 'NA region', short: 'NA' },
      { id: 'emea', title: 'EMEA region', short: 'EMEA' },
    ]);
  });
});

describe('siteLabels', () => {
  test('returns every collection sorted, tiers by rank', () => {
    const labels = siteLabels({
      levels: [{ id: 'principal', data: { title: 'Principal', rank: 1 } }],
      models: [{ id: 'integrate', data: { title: 'Integrate', order: 1 } }],
      regions: [{ id: 'na', data: { title: 'North America', short: 'NA', order: 1 } }],
      tiers: [
        { id: 'gold', data: { title: 'Gold', rank: 2 } },
        { id: 'registered', data: { title: 'Registered', rank: 0 } },
      ],
    });

    expect(labels).toEqual({
      levels: [{ id: 'principal', title: 'Principal' }],
      models: [{ id: 'integrate', title: 'Integrate' }],
      regions: [{ id: 'na', title: 'North America', short: 'NA' }],
      tiers: [
        { id: 'registered', title: 'Registered' },
        { id: 'gold', title: 'Gold' },
      ],
    });
  });
});

describe('titleIn', () => {
  test('returns the title of an id, or the id when the list lacks it', () => {
    expect(titleIn(LABELS.regions, 'emea')).toBe('Europe, Middle East and Africa');
    expect(titleIn(LABELS.regions, 'mars')).toBe('mars');
  });
});

describe('regionShort', () => {
  test('returns the short name, or the code in capitals without a label', () => {
    expect(regionShort(LABELS, 'latam')).toBe('LATAM');
    expect(regionShort(ID_LABELS, 'apj')).toBe('APJ');
  });
});

describe('ID_LABELS', () => {
  test('returns every level and business model titled from its id', () => {
    expect(ID_LABELS.levels.map((l) => l.title)).toEqual(['Principal', 'Expert']);
    expect(ID_LABELS.models.map((m) => m.title)).toEqual(['Integrate', 'Resell']);
  });
});
