import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check.ts';
import { hasErrors } from '../../src/content-check/report.ts';
import type { ContentInput } from '../../src/content-check/types.ts';
import { parseFrontmatter } from '../../src/content-check/frontmatter.ts';
import { readContent } from '../../src/content-check/load.ts';
import { competencyTemplate, slugify } from '../../src/content-check/scaffold.ts';
import { CompetencySchema } from '../../src/schemas/competency.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readContent('test/fixtures/content/good');
});

describe('slugify', () => {
  test('returns lower-case words joined by hyphens', () => {
    expect(slugify('  Cloud Backup & Disaster Recovery ')).toBe('cloud-backup-disaster-recovery');
    expect(slugify('eDiscovery Été')).toBe('ediscovery-ete');
  });
});

describe('competencyTemplate', () => {
  test('returns a file that passes the check with only placeholder and new-competency warnings', () => {
    const source = competencyTemplate({
      title: 'Cloud "Backup": Plus',
      group: 'storage-and-availability',
      order: 60,
      regions: ['na', 'emea'],
      businessModels: ['integrate', 'resell'],
      today: '2026-02-01',
    });
    const entry = {
      id: 'cloud-backup-plus',
      file: 'scaffold.mdx',
      source,
      frontmatter: parseFrontmatter(source),
    };

    const result = checkContent({ ...good, competencies: [...good.competencies, entry] });

    expect(hasErrors(result)).toBe(false);
    expect(new Set(result.problems.map((p) => p.rule))).toEqual(new Set(['placeholders', 'rules-lock']));
    expect(CompetencySchema.parse(entry.frontmatter.data)).toMatchObject({
      title: 'Cloud "Backup": Plus',
      effective: '2026-02-01',
    });
  });
});

describe('new-competency script', () => {
  test('creates the file once and refuses to overwrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scaffold-'));
    cpSync('test/fixtures/content/good', dir, { recursive: true });
    const run = () =>
      execFileSync(process.execPath, ['scripts/new-competency.ts', 'Cloud Backup', '--group', 'security'], {
        env: { ...process.env, CONTENT_DIR: dir },
        encoding: 'utf8',
        stdio: 'pipe',
      });

    try {
      const output = run();
      const written = readFileSync(join(dir, 'competencies', 'cloud-backup.mdx'), 'utf8');

      expect(output).toContain('competencies/cloud-backup.mdx');
      expect(written).toContain('order: 20');
      expect(run).toThrow(/already exists/);
      expect(readFileSync(join(dir, 'competencies', 'cloud-backup.mdx'), 'utf8')).toBe(written);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
