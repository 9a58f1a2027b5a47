import { compareVersions, nextVersion } from '../../util/versions.ts';
import { diffRules, lockEntry, parseLock, RULES_LOCK_FILE, type RulesLock } from '../rules-lock.ts';
import type { ContentProblem, Context, Report, RuleInfo, Severity } from '../types.ts';

/** Rule rules-lock, with what it makes sure of (listed in content/README.md). */
export const rulesLockRule = {
  name: 'rules-lock',
  check: checkLock,
  description: 'a changed requirement comes with a new version (next section)',
} as const satisfies RuleInfo;

/** Rule rules-lock: a changed requirement comes with a new version, recorded in the rules lock. */
export function checkLock(ctx: Context, report: Report, problems: ContentProblem[]): void {
  const lockFile = `${ctx.input.root}/${RULES_LOCK_FILE}`;
  const lockProblem = (line: number, path: string, message: string, severity: Severity = 'error') =>
    problems.push({ file: lockFile, line, column: 1, path, message, rule: rulesLockRule.name, severity });
  if (ctx.input.lockText === undefined) {
    if (ctx.competencies.length > 0) {
      lockProblem(
        1,
        'file',
        'no rules lock yet, so rule changes cannot be noticed; run npm run content:lock to record the current versions',
        'warning',
      );
    }
    return;
  }
  const parsed = parseLock(ctx.input.lockText);
  if ('error' in parsed) {
    lockProblem(1, 'file', `${parsed.error}; regenerate it with npm run content:lock`);
    return;
  }
  const lock: RulesLock = parsed.lock;
  const lines = ctx.input.lockText.split('\n');
  for (const slug of Object.keys(lock)) {
    if (ctx.slugs.has(slug)) continue;
    const line = lines.findIndex((text) => text.startsWith(`  ${JSON.stringify(slug)}:`)) + 1;
    lockProblem(
      line || 1,
      slug,
      `the lock records "${slug}" but ${ctx.input.root}/competencies/${slug}.mdx is gone; to withdraw a competency set status: retired instead, or run npm run content:lock if deleting it is intended`,
    );
  }
  for (const { entry, data } of ctx.competencies) {
    const locked = lock[entry.id];
    if (locked === undefined) {
      report(
        entry,
        ['version'],
        rulesLockRule.name,
        'new competency, not yet in the rules lock; run npm run content:lock once its first version is final',
        { severity: 'warning' },
      );
      continue;
    }
    const order = compareVersions(data.version, locked.version);
    if (order < 0) {
      report(
        entry,
        ['version'],
        rulesLockRule.name,
        `the rules lock records version "${locked.version}"; versions only go up, so expected "${nextVersion(locked.version)}" or higher`,
      );
    } else if (order > 0) {
      report(
        entry,
        ['version'],
        rulesLockRule.name,
        `version "${data.version}" is not recorded yet (the lock has "${locked.version}"); run npm run content:lock and commit ${lockFile}`,
      );
    } else {
      const current = lockEntry(entry.id, data);
      if (current.hash === locked.hash) continue;
      for (const difference of diffRules(locked.rules, current.rules, data)) {
        report(
          entry,
          difference.path,
          rulesLockRule.name,
          `${difference.change} without a new version; raise "version" (e.g. "${nextVersion(data.version)}"), add a history entry, then run npm run content:lock`,
        );
      }
    }
  }
}
