import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { editUrl, lastCommitDates, lastUpdated, parseGitLog } from '../../src/util/git-dates.ts';

describe('parseGitLog', () => {
  test('returns the newest date each file was committed', () => {
    const output = [
      '',
      '2026-03-01T10:00:00+00:00\n\ncontent/a.mdx\ncontent/b.mdx\n',
      '2026-01-15T09:00:00+00:00\n\ncontent/a.mdx\ncontent/c.mdx\n',
    ].join('\0');

    const dates = parseGitLog(output);

    expect(Object.fromEntries(dates)).toEqual({
      'content/a.mdx': '2026-03-01T10:00:00+00:00',
      'content/b.mdx': '2026-03-01T10:00:00+00:00',
      'content/c.mdx': '2026-01-15T09:00:00+00:00',
    });
  });
});

describe('lastUpdated', () => {
  let repo: string;
  let plain: string;

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'git-dates-'));
    plain = mkdtempSync(join(tmpdir(), 'no-git-'));
    mkdirSync(join(repo, 'content'));
    const git = (args: string[], date: string) =>
      execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.com', ...args], {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
        stdio: 'ignore',
      });
    git(['init', '-q'], '2026-01-15T09:00:00Z');
    writeFileSync(join(repo, 'content', 'a.mdx'), 'one');
    writeFileSync(join(repo, 'content', 'b.mdx'), 'one');
    git(['add', '.'], '2026-01-15T09:00:00Z');
    git(['commit', '-q', '-m', 'First'], '2026-01-15T09:00:00Z');
    writeFileSync(join(repo, 'content', 'a.mdx'), 'two');
    git(['commit', '-q', '-am', 'Second'], '2026-03-01T10:00:00Z');
  });

  afterAll(() => {
    rmSync(repo, { recursive: true, force: true });
    rmSync(plain, { recursive: true, force: true });
  });

  test('returns the date of the last commit that touched the file', () => {
    expect(lastUpdated('content/a.mdx', repo)).toBe('2026-03-01T10:00:00+00:00');
    expect(lastUpdated('./content/b.mdx', repo)).toBe('2026-01-15T09:00:00+00:00');
  });

  test('returns undefined for a file without history or outside a repository', () => {
    expect(lastUpdated('content/new.mdx', repo)).toBeUndefined();
    expect(lastUpdated('content/a.mdx', plain)).toBeUndefined();
    expect(lastCommitDates(plain).size).toBe(0);
  });
});

describe('editUrl', () => {
  test('returns the host edit address for the file on the branch', () => {
    const repository = { repoUrl: 'https://github.com/example/site', branch: 'main' };

    expect(editUrl(repository, './content/competencies/archiving.mdx')).toBe(
      'https://github.com/example/site/edit/main/content/competencies/archiving.mdx',
    );
  });
});
