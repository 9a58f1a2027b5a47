/** An evidence pack of the browser tests' partner record (record-fixture.ts), from the real content. */
import type { CompetencyRules } from '../../src/domain/rules.ts';
import { evidencePack, type PackInput } from '../../src/engine/evidence-pack.ts';
import { countedPeople } from '../../src/engine/record-figures.ts';
import type { RollUpTier } from '../../src/engine/rollup.ts';
import type { Answers } from '../../src/schemas/answers.ts';
import { translator } from '../../src/text/text.ts';
import { loadRules, loadTiers } from './content.ts';
import { LABELS } from './labels.ts';
import { FED, RECORD, TODAY } from './record-fixture.ts';

/** The made time of every pack of the tests. */
export const CREATED_AT = '2026-12-07T09:30:00.000Z';

let content: Promise<{ all: CompetencyRules[]; tiers: RollUpTier[] }> | undefined;

/** The real catalogue and tiers, loaded once. */
export function catalogue(): Promise<{ all: CompetencyRules[]; tiers: RollUpTier[] }> {
  content ??= Promise.all([loadRules(), loadTiers()]).then(([all, tiers]) => ({ all, tiers }));
  return content;
}

/**
 * The input of a portfolio pack of the three competencies the record feeds, on Integrate in North America
 * on TODAY, with `typed` answers over the record's figures.
 */
export async function portfolioInput(typed: Readonly<Record<string, Answers>> = {}): Promise<PackInput> {
  const { all, tiers } = await catalogue();
  return {
    scope: { kind: 'portfolio' },
    covered: all.filter((c) => (FED as readonly string[]).includes(c.slug)),
    context: { businessModel: 'integrate', region: 'na' },
    own: {},
    typed,
    record: { record: RECORD, counted: countedPeople(RECORD, all, TODAY) },
    day: TODAY,
    createdAt: CREATED_AT,
    tiers,
    t: translator('en'),
    models: LABELS.models,
    regions: LABELS.regions,
    checkAt: '/evidence-pack/',
  };
}

/** A portfolio pack of the record (portfolioInput). */
export async function portfolioPack(typed: Readonly<Record<string, Answers>> = {}) {
  return evidencePack(await portfolioInput(typed));
}
