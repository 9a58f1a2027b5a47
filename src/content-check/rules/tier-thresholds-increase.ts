import { LEVEL_IDS } from '../../schemas/ids.ts';
import type { Context, Report, RuleInfo } from '../types.ts';
import { LEVEL_TITLE } from './requirement-lists.ts';

/** Rule tier-thresholds-increase, with what it makes sure of (listed in content/README.md). */
export const tierThresholdsIncreaseRule = {
  name: 'tier-thresholds-increase',
  check: checkTiers,
  description: 'tiers need more as their rank rises',
} as const satisfies RuleInfo;

/** Rule tier-thresholds-increase: higher tiers need at least as many competencies, and more at one level. */
export function checkTiers(ctx: Context, report: Report): void {
  const tiers = [...ctx.tiers].sort((a, b) => a.data.rank - b.data.rank);
  tiers.forEach((tier, i) => {
    const previous = tiers[i - 1];
    if (previous === undefined) return;
    const { entry, data } = tier;
    const before = previous.data;
    if (data.rank === before.rank) {
      report(
        entry,
        ['rank'],
        tierThresholdsIncreaseRule.name,
        `rank ${data.rank} is also ${before.title}'s rank; expected each tier its own rank, e.g. rank: ${data.rank + 1}`,
      );
      return;
    }
    let lower = false;
    for (const level of LEVEL_IDS) {
      if (data.needs[level] < before.needs[level]) {
        lower = true;
        report(
          entry,
          ['needs', level],
          tierThresholdsIncreaseRule.name,
          `${data.title} needs ${data.needs[level]} at ${LEVEL_TITLE[level]}, fewer than ${before.title} (rank ${before.rank}) needs; expected at least ${before.needs[level]}`,
        );
      }
    }
    if (!lower && LEVEL_IDS.every((level) => data.needs[level] === before.needs[level])) {
      report(
        entry,
        ['needs'],
        tierThresholdsIncreaseRule.name,
        `${data.title} needs the same as ${before.title} (rank ${before.rank}); expected more at one level at least, e.g. expert: ${before.needs.expert + 1}`,
      );
    }
  });
}
