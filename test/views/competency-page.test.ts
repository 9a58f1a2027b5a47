import { translator } from '../../src/text/text.ts';
import { describe, expect, test } from 'vitest';
import { competencyPage, modelDifferences } from '../../src/views/competency-page.ts';
import { kinds, makeDesignation, makeRules } from '../helpers/fixtures.ts';
import { LABELS } from '../helpers/labels.ts';

const REGIONS = LABELS.regions.map((r, order) => ({ ...r, order }));

describe('competencyPage', () => {
  test('returns the facts at a glance in the words of the labels', () => {
    const rules = makeRules({
      businessModels: ['integrate'],
      requirements: { expert: { integrate: [kinds.exam] } },
    });

    const page = competencyPage(rules, LABELS, REGIONS, undefined, translator('en'));

    expect(page.levels).toBe('Expert');
    expect(page.models).toEqual({ text: 'Integrate. Not offered on Resell', illustrative: true });
    expect(page.offeredRegions.map((r) => r.id)).toEqual(['na', 'emea']);
    expect(page.interim).toBe(false);
  });

  test('returns the designation only for an area on the business model it stands in for', () => {
    const designation = makeDesignation();

    expect(competencyPage(makeRules(), LABELS, REGIONS, designation, translator('en')).designation).toBe(
      designation,
    );
    expect(
      competencyPage(
        makeRules({ businessModels: ['resell'], requirements: { principal: { resell: [kinds.revenue] } } }),
        LABELS,
        REGIONS,
        designation,
        translator('en'),
      ).designation,
    ).toBeUndefined();
    expect(
      competencyPage(designation, LABELS, REGIONS, designation, translator('en')).designation,
    ).toBeUndefined();
  });

  test('returns the title of the model an interim designation is checked on', () => {
    const designation = makeDesignation();

    const page = competencyPage(designation, LABELS, REGIONS, designation, translator('en'));

    expect(page.interim).toBe(true);
    expect(page.standsInFor).toBe('Integrate');
  });
});

describe('modelDifferences', () => {
  const rules = makeRules({
    requirements: {
      principal: {
        integrate: [kinds.training, { ...kinds.revenue, amount: 50000 }],
        resell: [{ ...kinds.revenue, amount: 75000 }, kinds.references],
      },
    },
  });

  test("returns what changes on the other model, naming only the other model's thresholds", () => {
    const diffs = modelDifferences(rules, LABELS, 'integrate', translator('en'));

    expect(diffs).toEqual([
      {
        level: 'principal',
        heading: 'At Principal, on Resell instead of Integrate',
        summary: { text: '', illustrative: false },
        lines: [
          { change: 'removed', text: 'Sales training no longer required', illustrative: false },
          {
            change: 'changed',
            text: 'Area revenue: USD 75,000 in the trailing 12 months',
            illustrative: true,
          },
          {
            change: 'added',
            text: 'Customer references now required: 3 customer references',
            illustrative: true,
          },
        ],
      },
    ]);
    expect(JSON.stringify(diffs)).not.toContain('50,000');
  });

  test('returns the reason where the other model is not offered, and every model in the page view', () => {
    const integrateOnly = makeRules({
      businessModels: ['integrate'],
      requirements: { principal: { integrate: [kinds.training] } },
    });

    const page = competencyPage(integrateOnly, LABELS, REGIONS, undefined, translator('en'));

    expect(page.differences.integrate).toEqual([
      expect.objectContaining({
        summary: { text: 'Not offered on Resell.', illustrative: true },
        lines: [],
      }),
    ]);
    expect(page.differences.resell).toEqual([
      expect.objectContaining({
        heading: 'At Principal, on Integrate instead of Resell',
        lines: [expect.objectContaining({ change: 'added' })],
      }),
    ]);
  });
});
