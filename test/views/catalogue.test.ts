import { describe, expect, test } from 'vitest';
import {
  buildRequirementMatrix,
  competencyCard,
  describeTierNeeds,
  groupCompetencies,
  hasIllustrativeFigures,
  offeredLevelIds,
  regionalAvailability,
  requirementRowOrder,
  sortCompetencies,
} from '../../src/views/catalogue.ts';
import { LABELS } from '../helpers/labels.ts';
import { toRules, type CompetencyRules } from '../../src/domain/rules.ts';
import { CompetencySchema } from '../../src/schemas/competency.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

const REGIONS = [
  { id: 'emea', title: 'Europe, Middle East and Africa', short: 'EMEA', order: 3 },
  { id: 'na', title: 'North America', short: 'NA', order: 1 },
  { id: 'apj', title: 'Asia Pacific and Japan', short: 'APJ', order: 4 },
  { id: 'latam', title: 'Latin America', short: 'LATAM', order: 2 },
];

const common = { evidence: 'Some records', help: 'Some guidance' };
const references = (count: number, illustrative = false) => ({
  kind: 'references',
  id: 'references',
  label: 'Customer references',
  count,
  provenance: { threshold: illustrative ? 'illustrative' : 'source', evidence: 'source' },
  ...common,
});
const revenue = (amount: number) => ({
  kind: 'revenue',
  id: 'revenue',
  label: 'Revenue',
  amount,
  currency: 'USD',
  periodMonths: 12,
  ...common,
});
const training = {
  kind: 'training',
  id: 'training',
  label: 'Sales training',
  courses: ['Foundations'],
  ...common,
};
const growth = { kind: 'growth', id: 'growth', label: 'Growth', percent: 10, periodMonths: 12, ...common };

/** Rules parsed by the real schema, with the fields a test does not care about filled in. */
function rules(slug: string, fields: Record<string, unknown> = {}): CompetencyRules {
  const data = CompetencySchema.parse({
    title: slug.charAt(0).toUpperCase() + slug.slice(1),
    summary: 'A competency used as a test fixture in the catalogue tests.',
    group: 'security',
    kind: 'competency',
    order: 10,
    businessModels: ['integrate', 'resell'],
    regions: [{ id: 'na' }, { id: 'emea' }],
    requirements: {
      principal: { integrate: [references(1)], resell: [references(1)] },
      expert: { integrate: [references(3)], resell: [references(2)] },
    },
    version: '1.0',
    effective: '2026-01-15',
    history: [{ version: '1.0', date: '2026-01-15', summary: 'First rules.' }],
    ...fields,
  });
  return toRules({ id: slug, data });
}

describe('sortCompetencies', () => {
  test('returns competencies by group order, then order, then title, without mutating the input', () => {
    const list = [
      rules('zeta', { group: 'services', order: 1 }),
      rules('beta', { group: 'security', order: 20 }),
      rules('alpha', { group: 'security', order: 20 }),
      rules('gamma', { group: 'information-management', order: 50 }),
      rules('delta', { group: 'security', order: 5 }),
    ];
    const before = list.map((c) => c.slug);

    const sorted = sortCompetencies(list);

    expect(sorted.map((c) => c.slug)).toEqual(['gamma', 'delta', 'alpha', 'beta', 'zeta']);
    expect(list.map((c) => c.slug)).toEqual(before);
  });
});

describe('groupCompetencies', () => {
  test('returns non-empty groups in catalogue order with their titles', () => {
    const list = [
      rules('backup', { group: 'storage-and-availability' }),
      rules('services', { group: 'services' }),
      rules('archiving', { group: 'information-management' }),
    ];

    const groups = groupCompetencies(list, translator('en'));

    expect(groups.map((g) => [g.id, g.title, g.competencies.map((c) => c.slug)])).toEqual([
      ['information-management', 'Information management', ['archiving']],
      ['storage-and-availability', 'Storage and availability', ['backup']],
      ['services', 'Services', ['services']],
    ]);
  });
});

describe('requirementRowOrder', () => {
  test('returns ids by requirement kind order, then by first appearance, each once', () => {
    const competency = rules('order', {
      requirements: {
        principal: { integrate: [references(1), revenue(10), training], resell: [revenue(5)] },
        expert: { integrate: [growth, references(3)], resell: [revenue(50)] },
      },
    });

    const order = requirementRowOrder(competency);

    expect(order.map((r) => r.id)).toEqual(['training', 'revenue', 'growth', 'references']);
  });
});

describe('buildRequirementMatrix', () => {
  test('returns one level block per level with a column per business model', () => {
    const matrix = buildRequirementMatrix(rules('archiving'), LABELS, EN);

    expect(
      matrix.levels.map((l) => [l.title, l.columns.map((c) => `${c.levelTitle} ${c.modelTitle}`)]),
    ).toEqual([
      ['Principal', ['Principal Integrate', 'Principal Resell']],
      ['Expert', ['Expert Integrate', 'Expert Resell']],
    ]);
  });

  test('returns Principal rows carried up to Expert, marked with the level they come from', () => {
    const competency = rules('carry', {
      requirements: {
        principal: { integrate: [training, references(1)], resell: [references(1)] },
        expert: { integrate: [references(3)], resell: [references(2)] },
      },
    });

    const expert = buildRequirementMatrix(competency, LABELS, EN).levels[1];

    const trainingRow = expert?.rows.find((r) => r.id === 'training');
    expect(trainingRow?.cells[0]).toMatchObject({
      state: 'required',
      carried: true,
      carriedFrom: 'Principal',
    });
    expect(trainingRow?.cells[1]).toEqual({ state: 'not-required' });
    const referencesRow = expert?.rows.find((r) => r.id === 'references');
    expect(referencesRow?.cells[0]).toMatchObject({
      state: 'required',
      carried: false,
      threshold: { text: '3 customer references', illustrative: false },
    });
  });

  test('returns no carried rows when Expert does not include Principal', () => {
    const competency = rules('separate', {
      expertIncludesPrincipal: false,
      requirements: {
        principal: { integrate: [training], resell: [training] },
        expert: { integrate: [references(3)], resell: [references(2)] },
      },
    });

    const matrix = buildRequirementMatrix(competency, LABELS, EN);

    expect(matrix.levels[1]?.rows.map((r) => r.id)).toEqual(['references']);
    expect(matrix.carries).toBe(false);
  });

  test('returns only the rows required somewhere at each level', () => {
    const competency = rules('rows', {
      requirements: {
        principal: { integrate: [references(1)], resell: [references(1)] },
        expert: { integrate: [growth, references(3)], resell: [references(2)] },
      },
    });

    const matrix = buildRequirementMatrix(competency, LABELS, EN);

    expect(matrix.levels.map((l) => l.rows.map((r) => r.id))).toEqual([
      ['references'],
      ['growth', 'references'],
    ]);
    expect(matrix.levels[1]?.rows[0]?.cells[1]).toEqual({ state: 'not-required' });
  });

  test('returns a not-offered column for a business model the competency lacks', () => {
    const competency = rules('integrate-only', {
      businessModels: ['integrate'],
      requirements: { principal: { integrate: [references(1)] }, expert: { integrate: [references(3)] } },
    });

    const principal = buildRequirementMatrix(competency, LABELS, EN).levels[0];

    expect(principal?.columns[1]).toMatchObject({
      offered: false,
      notOffered: { text: 'Not offered on Resell', illustrative: true },
    });
    expect(principal?.rows[0]?.cells[1]).toEqual({ state: 'not-offered' });
    expect(principal?.offered).toBe(true);
  });

  test('returns a level that is not offered on any model when the competency exists only at Expert', () => {
    const competency = rules('interim', {
      kind: 'interim-designation',
      businessModels: ['integrate'],
      requirements: { expert: { integrate: [references(3)] } },
    });

    const [principal, expert] = buildRequirementMatrix(competency, LABELS, EN).levels;

    expect(principal?.offered).toBe(false);
    expect(principal?.columns.map((c) => c.notOffered.text)).toEqual([
      'No Principal level on Integrate',
      'Not offered on Resell',
    ]);
    expect(expert?.rows[0]?.cells[0]).toMatchObject({ state: 'required', carried: false });
  });

  test('returns illustrative true only when some requirement is illustrative', () => {
    const plain = rules('plain');
    const marked = rules('marked', {
      requirements: {
        principal: { integrate: [references(1, true)], resell: [references(1)] },
        expert: { integrate: [references(3)], resell: [references(2)] },
      },
    });

    expect(buildRequirementMatrix(plain, LABELS, EN).illustrative).toBe(false);
    expect(buildRequirementMatrix(marked, LABELS, EN).illustrative).toBe(true);
    expect(hasIllustrativeFigures(marked)).toBe(true);
  });
});

describe('regionalAvailability', () => {
  test('returns every region in order, unlisted ones marked not offered, with notes', () => {
    const competency = rules('regional', { regions: [{ id: 'emea' }, { id: 'apj', note: 'Japan only.' }] });

    const regions = regionalAvailability(competency, REGIONS);

    expect(regions.map((r) => [r.short, r.offered, r.note])).toEqual([
      ['NA', false, ''],
      ['LATAM', false, ''],
      ['EMEA', true, ''],
      ['APJ', true, 'Japan only.'],
    ]);
  });
});

describe('offeredLevelIds', () => {
  test('returns the levels offered on any business model', () => {
    const competency = rules('interim', {
      businessModels: ['integrate'],
      requirements: { expert: { integrate: [references(3)] } },
    });

    expect(offeredLevelIds(competency)).toEqual(['expert']);
    expect(offeredLevelIds(rules('both'))).toEqual(['principal', 'expert']);
  });
});

describe('competencyCard', () => {
  test('returns titles of levels and models, the interim flag and all regions', () => {
    const competency = rules('services-expert', {
      kind: 'interim-designation',
      businessModels: ['integrate'],
      requirements: { expert: { integrate: [references(3)] } },
    });

    const card = competencyCard(competency, LABELS, REGIONS);

    expect(card).toMatchObject({
      slug: 'services-expert',
      interim: true,
      retired: false,
      levels: ['Expert'],
      models: ['Integrate'],
    });
    expect(card.regions.filter((r) => r.offered).map((r) => r.id)).toEqual(['na', 'emea']);
  });
});

describe('describeTierNeeds', () => {
  const t = translator('en');
  test('returns the needs of a tier in words', () => {
    expect(describeTierNeeds({ principal: 0, expert: 0 }, t)).toBe('No competency needed');
    expect(describeTierNeeds({ principal: 1, expert: 0 }, t)).toBe('1 competency at Principal or above');
    expect(describeTierNeeds({ principal: 1, expert: 1 }, t)).toBe('1 competency at Expert');
    expect(describeTierNeeds({ principal: 3, expert: 3 }, t)).toBe('3 competencies at Expert');
    expect(describeTierNeeds({ principal: 4, expert: 2 }, t)).toBe(
      '4 competencies at Principal or above, 2 of them at Expert',
    );
  });
});
