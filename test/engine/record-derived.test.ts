/**
 * The forecast of the record the browser test stores (test/helpers/record-fixture.ts), read from the same day:
 * its first lapse day, as the forecast's own page will show it. The browser test checks the figures and
 * verdicts the pages show for the same record.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { CompetencyRules } from '../../src/domain/rules.ts';
import type { RollUpTier } from '../../src/engine/rollup.ts';
import { forecast } from '../../src/engine/forecast.ts';
import { translator } from '../../src/text/text.ts';
import { loadRules, loadTiers } from '../helpers/content.ts';
import { FED, RECORD, TODAY } from '../helpers/record-fixture.ts';

const EN = translator('en');
const context = { businessModel: 'integrate', region: 'na' } as const;

describe('the forecast of the browser test’s record', () => {
  let all: CompetencyRules[];
  let tiers: RollUpTier[];
  beforeAll(async () => {
    [all, tiers] = await Promise.all([loadRules(), loadTiers()]);
  });

  test('returns its first lapse on the day its Gateway Security revenue leaves the trailing window', () => {
    const chosen = FED.map((slug) => ({ slug, context, typed: {} }));

    const [first] = forecast(RECORD, chosen, all, tiers, TODAY, EN).lapses;

    // 2026-Q4 ends: the trailing four quarters lose 2025-Q4 (USD 40,000) and 2026-Q4 has no booking.
    expect(first?.day).toBe('2026-12-31');
    expect(first?.text).toContain('Expert in Gateway Security lapses on 31 December 2026');
    expect(first?.text).toContain('USD 135,000');
  });
});
