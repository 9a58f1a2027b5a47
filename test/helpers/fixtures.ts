/** Small rule sets for the assessment tests, parsed by the real competency schema. */
import { toRules, type CompetencyRules } from '../../src/domain/rules.ts';
import { CompetencySchema } from '../../src/schemas/competency.ts';
import type { Requirement } from '../../src/schemas/requirement.ts';

const common = { evidence: 'Proof of the figure', help: 'Count what the period covers.' };

/** One requirement of each kind, as content would write them (defaults filled in by the schema). */
export const kinds = {
  training: {
    kind: 'training',
    id: 'sales-training',
    label: 'Sales training',
    courses: ['Course A', 'Course B'],
    ...common,
  },
  exam: {
    kind: 'exam',
    id: 'technical-exam',
    label: 'Certified engineers',
    exam: 'Tech Specialist',
    people: 3,
    ...common,
  },
  revenue: {
    kind: 'revenue',
    id: 'revenue',
    label: 'Area revenue',
    amount: 200000,
    currency: 'USD',
    periodMonths: 12,
    ...common,
  },
  growth: {
    kind: 'growth',
    id: 'growth',
    label: 'Year-over-year growth',
    percent: 10,
    periodMonths: 12,
    ...common,
  },
  references: { kind: 'references', id: 'references', label: 'Customer references', count: 3, ...common },
  satisfaction: {
    kind: 'satisfaction',
    id: 'satisfaction',
    label: 'Customer satisfaction',
    threshold: 4,
    scale: { min: 1, max: 5, name: 'Customer survey' },
    ...common,
  },
  status: {
    kind: 'status',
    id: 'master-specialist',
    label: 'Master Specialist status',
    status: 'Master Specialist',
    ...common,
  },
} as const;

type RawRequirement = Record<string, unknown>;

/** Builds rules through CompetencySchema, so tests see exactly what content produces. */
export function makeRules(overrides: Record<string, unknown> = {}, slug = 'sample'): CompetencyRules {
  const data = CompetencySchema.parse({
    title: 'Sample Area',
    summary: 'A sample competency used by the assessment tests only.',
    group: 'security',
    kind: 'competency',
    order: 1,
    businessModels: ['integrate', 'resell'],
    regions: [{ id: 'na' }, { id: 'emea' }],
    requirements: {
      principal: {
        integrate: [kinds.training, { ...kinds.references, count: 1 }],
        resell: [{ ...kinds.revenue, amount: 50000 }],
      },
      expert: {
        integrate: [kinds.exam, kinds.references],
        resell: [kinds.revenue, kinds.growth],
      },
    },
    version: '1.0',
    effective: '2026-01-15',
    history: [{ version: '1.0', date: '2026-01-15', summary: 'First rules.' }],
    ...overrides,
  });
  return toRules({ id: slug, data, filePath: `content/competencies/${slug}.mdx` });
}

/** Rules with a single requirement at Principal on Integrate, for testing one kind in isolation. */
export function singleRequirement(req: RawRequirement): { rules: CompetencyRules; requirement: Requirement } {
  const rules = makeRules({
    businessModels: ['integrate'],
    requirements: { principal: { integrate: [req] } },
  });
  const requirement = rules.requirements.principal?.integrate?.[0];
  if (requirement === undefined) throw new Error('fixture has no requirement');
  return { rules, requirement };
}

/** A Services Expert style designation: Master Specialist status plus services measures, waiving revenue. */
export function makeDesignation(overrides: Record<string, unknown> = {}): CompetencyRules {
  return makeRules(
    {
      title: 'Services Expert',
      group: 'services',
      kind: 'interim-designation',
      businessModels: ['integrate'],
      requirements: { expert: { integrate: [kinds.status, { ...kinds.references, count: 2 }] } },
      designation: { businessModel: 'integrate', waives: ['revenue'], until: 'the next program launches' },
      ...overrides,
    },
    'services-expert',
  );
}
