import { describe, expect, test } from 'vitest';
import { assess, offeredCombinations } from '../../src/engine/assess.ts';
import type { CompetencyAssessment, OfferedAssessment } from '../../src/engine/types.ts';
import { kinds, makeRules } from '../helpers/fixtures.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

const integrate = { businessModel: 'integrate', region: 'na' } as const;

function offered(result: CompetencyAssessment): OfferedAssessment {
  if (result.status !== 'assessed') throw new Error(`expected an assessed result, got ${result.message}`);
  return result;
}

describe('assess', () => {
  test('returns no level and zero readiness when nothing is answered', () => {
    const result = offered(assess(makeRules(), integrate, {}, EN));

    expect(result.achieved).toBeNull();
    expect(result.levels.map((l) => [l.level, l.met, l.readiness])).toEqual([
      ['principal', false, 0],
      ['expert', false, 0],
    ]);
    expect(result.levels[0]?.counts).toEqual({ met: 0, partial: 0, unmet: 0, unanswered: 2 });
  });

  test('returns Principal when every Principal requirement is met and Expert is not', () => {
    const result = offered(assess(makeRules(), integrate, { 'sales-training': true, references: 1 }, EN));

    expect(result.achieved).toBe('principal');
    expect(result.next?.level).toBe('expert');
  });

  test('returns Expert with every requirement met, Principal ones carried up', () => {
    const result = offered(
      assess(makeRules(), integrate, { 'sales-training': true, references: 3, 'technical-exam': 3 }, EN),
    );

    expect(result.achieved).toBe('expert');
    expect(result.next).toBeNull();
    expect(result.levels[1]?.requirements.map((r) => [r.id, r.from])).toEqual([
      ['sales-training', 'principal'],
      ['technical-exam', 'expert'],
      ['references', 'expert'],
    ]);
  });

  test('returns Expert unmet while a carried-up Principal requirement is missing', () => {
    const result = offered(assess(makeRules(), integrate, { references: 3, 'technical-exam': 3 }, EN));

    expect(result.achieved).toBeNull();
    expect(result.levels[1]?.met).toBe(false);
    expect(result.levels[1]?.requirements[0]?.reason.rule).toBe(
      'Sales training at Expert for Integrate (carried up from Principal)',
    );
  });

  test('returns Expert alone when Expert does not include Principal', () => {
    const rules = makeRules({ expertIncludesPrincipal: false });

    const result = offered(assess(rules, integrate, { references: 3, 'technical-exam': 3 }, EN));

    expect(result.levels.map((l) => l.met)).toEqual([false, true]);
    expect(result.achieved).toBe('expert');
    expect(result.next).toBeNull();
  });

  test('returns readiness weighted by requirement weight', () => {
    const rules = makeRules({
      businessModels: ['integrate'],
      requirements: {
        principal: { integrate: [{ ...kinds.references, weight: 3 }, kinds.training] },
      },
    });

    const result = offered(assess(rules, integrate, { references: 1.5, 'sales-training': false }, EN));

    // references: 1.5 of 3 = 0.5 progress, weight 3; training: 0, weight 1.
    expect(result.levels[0]?.readiness).toBeCloseTo((3 * 0.5 + 0) / 4, 12);
  });

  test('returns a met level with full readiness when a level lists no requirements', () => {
    const rules = makeRules({
      businessModels: ['integrate'],
      requirements: { principal: { integrate: [] } },
    });

    const result = offered(assess(rules, integrate, {}, EN));

    expect(result.levels[0]).toMatchObject({ met: true, readiness: 1 });
    expect(result.achieved).toBe('principal');
  });

  test('returns the next step with every missing requirement in plain words', () => {
    const rules = makeRules();

    const result = offered(
      assess(rules, integrate, { 'sales-training': true, references: 2, 'technical-exam': 0 }, EN),
    );

    expect(result.next).toMatchInlineSnapshot(`
      {
        "level": "expert",
        "missing": [
          {
            "gap": "3 more people to pass Tech Specialist",
            "id": "technical-exam",
            "illustrative": true,
            "label": "Certified engineers",
            "status": "unmet",
          },
          {
            "gap": "1 more customer reference",
            "id": "references",
            "illustrative": true,
            "label": "Customer references",
            "status": "partial",
          },
        ],
        "readiness": 0.5533333333333333,
        "text": "For Expert: 3 more people to pass Tech Specialist; 1 more customer reference.",
        "title": "Expert",
      }
    `);
  });

  test('returns only the levels offered on the business model', () => {
    const rules = makeRules({
      requirements: {
        principal: { integrate: [kinds.training], resell: [kinds.training] },
        expert: { integrate: [kinds.exam] },
      },
    });

    const result = offered(
      assess(rules, { businessModel: 'resell', region: 'emea' }, { 'sales-training': true }, EN),
    );

    expect(result.levels.map((l) => l.level)).toEqual(['principal']);
    expect(result.achieved).toBe('principal');
    expect(result.next).toBeNull();
  });

  test('returns the designation terms for an interim designation and null for a competency', () => {
    const designation = makeRules({
      kind: 'interim-designation',
      businessModels: ['integrate'],
      requirements: { expert: { integrate: [kinds.status] } },
      designation: { businessModel: 'integrate', waives: ['revenue'], until: 'the next program launches' },
    });

    const result = offered(assess(designation, integrate, { 'master-specialist': true }, EN));

    expect(result.designation).toEqual({
      businessModel: 'integrate',
      waives: ['revenue'],
      until: 'the next program launches',
    });
    expect(result.achieved).toBe('expert');
    expect(offered(assess(makeRules(), integrate, {}, EN)).designation).toBeNull();
  });

  test('returns the same result for the same input, as JSON-serialisable data', () => {
    const rules = makeRules();
    const answers = { 'sales-training': true, references: 2 };

    const result = assess(rules, integrate, answers, EN);

    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(assess(rules, integrate, answers, EN)).toEqual(result);
  });
});

describe('assess availability', () => {
  test('returns not offered in a region the competency does not list, with every offered combination', () => {
    const result = assess(makeRules(), { businessModel: 'integrate', region: 'apj' }, {}, EN);

    expect(result).toMatchObject({
      status: 'not-offered',
      reason: 'region',
      message: 'Sample Area is not offered in APJ; it is offered in NA, EMEA.',
      illustrative: true,
    });
    expect(result.status === 'not-offered' && result.offered).toEqual([
      { businessModel: 'integrate', region: 'na' },
      { businessModel: 'integrate', region: 'emea' },
      { businessModel: 'resell', region: 'na' },
      { businessModel: 'resell', region: 'emea' },
    ]);
  });

  test('returns not offered on a business model the competency does not list', () => {
    const rules = makeRules({
      businessModels: ['integrate'],
      requirements: { principal: { integrate: [kinds.training] } },
    });

    const result = assess(rules, { businessModel: 'resell', region: 'na' }, {}, EN);

    expect(result).toMatchObject({
      status: 'not-offered',
      reason: 'business-model',
      message: 'Sample Area is not offered on the Resell business model; it is offered on Integrate.',
      offered: [
        { businessModel: 'integrate', region: 'na' },
        { businessModel: 'integrate', region: 'emea' },
      ],
    });
  });

  test('returns not offered on a listed business model that has no level', () => {
    const rules = makeRules({ requirements: { principal: { integrate: [kinds.training] } } });

    const result = assess(rules, { businessModel: 'resell', region: 'na' }, {}, EN);

    expect(result).toMatchObject({ status: 'not-offered', reason: 'business-model' });
    expect(offeredCombinations(rules).map((c) => c.businessModel)).toEqual(['integrate', 'integrate']);
  });

  test('returns not offered, with nothing offered, for a retired competency', () => {
    const result = assess(makeRules({ status: 'retired' }), integrate, {}, EN);

    expect(result).toMatchObject({
      status: 'not-offered',
      reason: 'retired',
      message: 'Sample Area is retired and no longer awarded.',
      illustrative: false,
      offered: [],
    });
  });

  test('returns the reason unmarked when where the competency is offered comes from the overview', () => {
    const rules = makeRules({
      provenance: { regions: 'source', businessModels: 'source', version: 'source' },
    });

    const result = assess(rules, { businessModel: 'integrate', region: 'apj' }, {}, EN);

    expect(result).toMatchObject({ status: 'not-offered', reason: 'region', illustrative: false });
  });
});
