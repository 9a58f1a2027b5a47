import { compareVersions } from '../../util/versions.ts';
import type { Context, Report, RuleInfo } from '../types.ts';

/** Rule version-history, with what it makes sure of (listed in content/README.md). */
export const versionHistoryRule = {
  name: 'version-history',
  check: checkVersions,
  description: '`history` starts with the current `version` and `effective` date, newest first',
} as const satisfies RuleInfo;

/** Rule version-history: history starts with the current version and date, newest first. */
export function checkVersions(ctx: Context, report: Report): void {
  for (const { entry, data } of ctx.competencies) {
    const [newest] = data.history;
    if (newest && newest.version !== data.version) {
      report(
        entry,
        ['history', 0, 'version'],
        versionHistoryRule.name,
        `the first history entry must describe the current version "${data.version}"; expected version: "${data.version}" (add a new entry at the top for a new version)`,
      );
    } else if (newest && newest.date !== data.effective) {
      report(
        entry,
        ['history', 0, 'date'],
        versionHistoryRule.name,
        `the first history entry must carry the effective date; expected date: ${data.effective}`,
      );
    }
    data.history.forEach((change, i) => {
      const newer = data.history[i - 1];
      if (newer === undefined) return;
      if (compareVersions(newer.version, change.version) <= 0) {
        report(
          entry,
          ['history', i, 'version'],
          versionHistoryRule.name,
          `versions go newest first, so expected a version below "${newer.version}" here; found "${change.version}"`,
        );
      } else if (change.date > newer.date) {
        report(
          entry,
          ['history', i, 'date'],
          versionHistoryRule.name,
          `version "${change.version}" is dated after the newer "${newer.version}" (${newer.date}); expected ${newer.date} or earlier`,
        );
      }
    });
  }
}
