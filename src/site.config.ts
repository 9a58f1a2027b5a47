/** Where the site's source lives, for "Edit this page" links. REPO_URL and REPO_BRANCH override it, e.g. in a fork's CI. */
export const repository = {
  /** The repository's web address, without a trailing slash. */
  repoUrl: (process.env['REPO_URL'] ?? 'https://github.com/example/competency-catalogue').replace(/\/+$/, ''),
  /** The branch edits are proposed against. */
  branch: process.env['REPO_BRANCH'] ?? 'main',
};

/**
 * The day the site's rules are built for, YYYY-MM-DD: announced rules whose effective date has come apply
 * from it (rulesOn in src/domain/announced.ts). RULES_DATE sets it, e.g. to preview a build after a date;
 * by default it is the day of the build, in UTC.
 */
export function rulesDate(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const day = env['RULES_DATE'];
  if (day === undefined || day === '') return now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day)))
    throw new Error(`RULES_DATE must be a date as YYYY-MM-DD, e.g. 2027-07-01; found "${day}"`);
  return day;
}
