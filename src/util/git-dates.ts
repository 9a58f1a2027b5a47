import { execFileSync } from 'node:child_process';

/** A repository on a code host, as src/site.config.ts describes it. */
export interface Repository {
  /** Web address without a trailing slash, e.g. "https://github.com/example/competency-catalogue". */
  repoUrl: string;
  /** Branch to edit on, e.g. "main". */
  branch: string;
}

/** The host's "edit this file" address for a file in the repository: `${repoUrl}/edit/${branch}/${file}`. */
export function editUrl(repository: Repository, file: string): string {
  const path = file
    .replaceAll('\\', '/')
    .replace(/^(\.\/)+/, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return `${repository.repoUrl}/edit/${encodeURIComponent(repository.branch)}/${path}`;
}

/**
 * Reads `git log --format=%x00%cI --name-only` output (newest commit first) into the date each file was last
 * committed, keyed by path as git printed it.
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of output.split('\0')) {
    const [date, ...files] = commit.split('\n').map((line) => line.trim());
    if (!date) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}

const cache = new Map<string, Map<string, string>>();

/**
 * Last commit dates of every file in the repository, from one `git log` run per working directory per
 * process, so a build of any size starts git once. Empty when git or the history is missing (a tarball,
 * a container without git); a shallow clone gives every file its one commit's date.
 */
export function lastCommitDates(cwd: string = process.cwd()): Map<string, string> {
  const cached = cache.get(cwd);
  if (cached) return cached;
  let dates = new Map<string, string>();
  try {
    const output = execFileSync(
      'git',
      ['log', '--format=%x00%cI', '--name-only', '--relative', '--no-renames'],
      {
        cwd,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      },
    );
    dates = parseGitLog(output);
  } catch {
    // No git, not a repository, or no commits yet: pages show no date rather than a wrong one.
  }
  cache.set(cwd, dates);
  return dates;
}

/** The date (ISO 8601, e.g. "2026-01-15T10:00:00+01:00") a file was last committed, or undefined if unknown. */
export function lastUpdated(file: string, cwd: string = process.cwd()): string | undefined {
  return lastCommitDates(cwd).get(file.replaceAll('\\', '/').replace(/^(\.\/)+/, ''));
}
