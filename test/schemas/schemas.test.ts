import { describe, expect, test } from 'vitest';
import { CompetencySchema } from '../../src/schemas/competency.ts';
import { RequirementSchema } from '../../src/schemas/requirement.ts';

const common = {
  evidence: 'Records that prove it',
  help: 'How to count it',
};

/** One valid requirement of each kind, as an editor would write it in frontmatter. */
const GOOD = {
  training: {
    kind: 'training',
    id: 'sales-training',
    label: 'Sales training',
    courses: ['Foundations'],
    ...common,
  },
  exam: {
    kind: 'exam',
    id: 'technical-exam',
    label: 'Certified engineers',
    exam: 'Specialist',
    people: 2,
    ...common,
  },
  revenue: {
    kind: 'revenue',
    id: 'revenue',
    label: 'Revenue',
    amount: 50000,
    currency: 'USD',
    periodMonths: 12,
    ...common,
  },
  growth: { kind: 'growth', id: 'growth', label: 'Growth', percent: 10, periodMonths: 12, ...common },
  references: { kind: 'references', id: 'references', label: 'Customer references', count: 3, ...common },
  satisfaction: {
    kind: 'satisfaction',
    id: 'satisfaction',
    label: 'Customer satisfaction',
    threshold: 8,
    scale: { min: 0, max: 10, name: 'Customer survey' },
    ...common,
  },
  status: {
    kind: 'status',
    id: 'master',
    label: 'Master Specialist',
    status: 'Master Specialist',
    ...common,
  },
} as const;

/** Issues as an editor reads them: where, and what was expected. */
function issuesOf(input: unknown): { path: PropertyKey[]; message: string }[] {
  const result = RequirementSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: i.message }));
}

describe('RequirementSchema', () => {
  test.each(Object.entries(GOOD))('returns a %s requirement with defaults filled in', (kind, input) => {
    const parsed = RequirementSchema.parse(input);

    expect(parsed.kind).toBe(kind);
    expect(parsed.weight).toBe(1);
    expect(parsed.provenance).toBeUndefined();
  });

  const BAD: [string, Record<string, unknown>, PropertyKey[], string][] = [
    [
      'training with no course',
      { ...GOOD.training, courses: [] },
      ['courses'],
      'expected at least one course name',
    ],
    ['exam with no people', { ...GOOD.exam, people: 0 }, ['people'], 'expected at least 1'],
    [
      'exam with a fraction of a person',
      { ...GOOD.exam, people: 1.5 },
      ['people'],
      'expected a whole number, e.g. 2',
    ],
    ['exam without its name', { ...GOOD.exam, exam: '' }, ['exam'], 'expected the exam name'],
    [
      'revenue in a lower-case currency',
      { ...GOOD.revenue, currency: 'usd' },
      ['currency'],
      'expected a three-letter currency code, e.g. "USD"',
    ],
    ['revenue of zero', { ...GOOD.revenue, amount: 0 }, ['amount'], 'expected an amount above 0'],
    ['revenue as text', { ...GOOD.revenue, amount: '50k' }, ['amount'], 'expected a number, e.g. 150000'],
    [
      'growth over a fraction of a month',
      { ...GOOD.growth, periodMonths: 1.5 },
      ['periodMonths'],
      'expected a whole number of months, e.g. 12',
    ],
    ['growth of zero', { ...GOOD.growth, percent: 0 }, ['percent'], 'expected a percentage above 0'],
    ['references of zero', { ...GOOD.references, count: 0 }, ['count'], 'expected at least 1'],
    [
      'satisfaction above its scale',
      { ...GOOD.satisfaction, threshold: 11 },
      ['threshold'],
      'expected the threshold to lie above scale.min and at most scale.max',
    ],
    [
      'satisfaction on a scale without a name',
      { ...GOOD.satisfaction, scale: { min: 0, max: 10, name: '' } },
      ['scale', 'name'],
      'expected the name of the measure, e.g. "Customer satisfaction survey"',
    ],
    [
      'status without a name',
      { ...GOOD.status, status: 'ab' },
      ['status'],
      'expected the status name, e.g. "Master Specialist"',
    ],
    [
      'requirement with an id in capitals',
      { ...GOOD.references, id: 'Customer References' },
      ['id'],
      'expected lower-case words joined by hyphens, e.g. "sales-training"',
    ],
    [
      'requirement with a short label',
      { ...GOOD.references, label: 'Re' },
      ['label'],
      'expected a label of at least 3 characters, e.g. "Customer references"',
    ],
    [
      'requirement with a weight of zero',
      { ...GOOD.references, weight: 0 },
      ['weight'],
      'expected a weight above 0, e.g. 1',
    ],
    [
      'requirement of an unknown kind',
      { ...GOOD.references, kind: 'certification' },
      ['kind'],
      'expected kind to be one of: training, exam, revenue, growth, references, satisfaction, status',
    ],
  ];

  test.each(BAD)('rejects %s, naming the field and what was expected', (_name, input, path, message) => {
    const issues = issuesOf(input);

    expect(issues).toEqual([{ path, message }]);
  });

  test('rejects a satisfaction scale that runs backwards, naming scale.max and the threshold', () => {
    const issues = issuesOf({
      ...GOOD.satisfaction,
      threshold: 5,
      scale: { min: 10, max: 0, name: 'Survey' },
    });

    expect(issues).toEqual([
      { path: ['scale', 'max'], message: 'expected scale.min to be below scale.max, e.g. min: 0, max: 10' },
      { path: ['threshold'], message: 'expected the threshold to lie above scale.min and at most scale.max' },
    ]);
  });
});

describe('CompetencySchema', () => {
  const competency = {
    title: 'Archiving',
    summary: 'For partners who keep mailboxes lean with a searchable archive.',
    group: 'information-management',
    kind: 'competency',
    order: 10,
    businessModels: ['integrate'],
    regions: [{ id: 'emea' }],
    requirements: { principal: { integrate: [GOOD.references] } },
    version: '1.0',
    effective: '2026-01-15',
    history: [{ version: '1.0', date: '2026-01-15', summary: 'First rules.' }],
  };

  test('returns a competency with its requirements parsed and defaults filled in', () => {
    const parsed = CompetencySchema.parse(competency);

    expect(parsed.status).toBe('active');
    expect(parsed.expertIncludesPrincipal).toBe(true);
    expect(parsed.requirements.principal?.integrate?.[0]?.kind).toBe('references');
  });

  test('rejects a bad requirement with the full path to its field', () => {
    const input = {
      ...competency,
      requirements: { principal: { integrate: [{ ...GOOD.references, count: 0 }] } },
    };

    const result = CompetencySchema.safeParse(input);

    expect(result.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: ['requirements', 'principal', 'integrate', 0, 'count'], message: 'expected at least 1' },
    ]);
  });

  test('rejects a business model listed twice', () => {
    const result = CompetencySchema.safeParse({ ...competency, businessModels: ['integrate', 'integrate'] });

    expect(result.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: ['businessModels'], message: 'expected each business model once' },
    ]);
  });
});
