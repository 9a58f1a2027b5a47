import { describe, expect, test } from 'vitest';
import { competencyPage } from '../../src/views/competency-page.ts';
import { kinds, makeDesignation, makeRules } from '../helpers/fixtures.ts';
import { LABELS } from '../helpers/labels.ts';

const REGIONS = LABELS.regions.map((r, order) => ({ ...r, order }));

describe('competencyPage', () => {
  test('returns the facts at a glance in the words of the labels', () => {
    const rules = makeRules({
      businessModels: ['integrate'],
      requirements: { expert: { integrate: [kinds.exam] } },
    });

    const page = competencyPage(rules, LABELS, REGIONS, undefined);

    expect(page.levels).toBe('Expert');
    expect(page.models).toEqual({ text: 'Integrate. Not offered on Resell', illustrative: true });
    expect(page.offeredRegions.map((r) => r.id)).toEqual(['na', 'emea']);
    expect(page.interim).toBe(false);
  });

  test('returns the designation only for an area on the business model it stands in for', () => {
    const designation = makeDesignation();

    expect(competencyPage(makeRules(), LABELS, REGIONS, designation).designation).toBe(designation);
    expect(
      competencyPage(
        makeRules({ businessModels: ['resell'], requirements: { principal: { resell: [kinds.revenue] } } }),
        LABELS,
        REGIONS,
        designation,
      ).designation,
    ).toBeUndefined();
    expect(competencyPage(designation, LABELS, REGIONS, designation).designation).toBeUndefined();
  });

  test('returns the title of the model an interim designation stands in for', () => {
    const designation = makeDesignation();

    const page = competencyPage(designation, LABELS, REGIONS, designation);

    expect(page.interim).toBe(true);
    expect(page.standsInFor).toBe('Integrate');
  });
});
