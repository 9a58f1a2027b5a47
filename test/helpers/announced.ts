/** Rules with announced rules, for the tests of what an announcement changes. */
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { kinds, makeRules } from './fixtures.ts';

/** The sample rules announcing version 1.1 from 2027-07-01: Expert on Integrate needs 4 references, an exam no longer, growth added; Principal on Resell loses its revenue for references. */
export function makeAnnounced(overrides: Record<string, unknown> = {}): CompetencyRules {
  return makeRules({
    provenance: { version: 'source' },
    announced: {
      version: '1.1',
      effective: '2027-07-01',
      published: '2026-12-01',
      provenance: 'illustrative',
      summary: 'Expert on Integrate asks for a fourth reference.',
      requirements: {
        principal: {
          integrate: [kinds.training, { ...kinds.references, count: 1 }],
          resell: [{ ...kinds.references, count: 1 }],
        },
        expert: {
          integrate: [{ ...kinds.references, count: 4 }, kinds.growth],
          resell: [kinds.revenue, kinds.growth],
        },
      },
    },
    ...overrides,
  });
}
