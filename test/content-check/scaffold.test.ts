import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-check/check.ts';
import type { ContentInput } from '../../src/content-check/types.ts';
import { parseFrontmatter } from '../../src/content-check/frontmatter.ts';
import { readContent } from '../../src/content-check/load.ts';
import { competencyTemplate, slugify, translationTemplate } from '../../src/content-check/scaffold.ts';
import { translationFile } from '../../src/content-check/load.ts';
import { CompetencySchema } from '../../src/schemas/competency.ts';
import { TRANSLATED_LANGS } from '../../src/text/text.ts';

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
  test('returns a file whose only problems are its placeholders and the new-competency warning', () => {
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

    expect(new Set(result.problems.filter((p) => p.severity === 'error').map((p) => p.rule))).toEqual(
      new Set(['placeholders']),
    );
    expect(result.problems.filter((p) => p.severity === 'warning').map((p) => p.rule)).toEqual([
      'rules-lock',
    ]);
    expect(CompetencySchema.parse(entry.frontmatter.data)).toMatchObject({
      title: 'Cloud "Backup": Plus',
      effective: '2026-02-01',
    });
  });
});

describe('translationTemplate', () => {
  test('returns a translation that fails the check on its placeholders only, until each is written', () => {
    const alpha = good.competencies.find((e) => e.id === 'alpha');
    const english = CompetencySchema.parse(alpha?.frontmatter.data);
    const source = translationTemplate(english, 'de');
    const stub = {
      id: 'de/competencies/alpha',
      file: 'translations/de/competencies/alpha.mdx',
      source,
      frontmatter: parseFrontmatter(source),
    };
    const check = (text: string) => {
      const entry = { ...stub, source: text, frontmatter: parseFrontmatter(text) };
      return checkContent({ ...good, translations: [translationFile(entry)] }, undefined, ['de']).problems;
    };

    const problems = check(source);
    expect(new Set(problems.map((p) => p.rule))).toEqual(new Set(['placeholders']));
    // title, summary, the body and three words of each of alpha's four requirement ids
    expect(problems).toHaveLength(3 + 3 * 4);
    const written = source
      .replace(/"TODO: [^"]*"/g, '"Übersetzter Text."')
      .replace('TODO: the body, translated.', 'Der übersetzte Text.');
    expect(check(written)).toEqual([]);
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

describe('a scaffolded competency', () => {
  test('fails the check at each TODO, with file, line and field, until the TODOs are written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scaffold-'));
    cpSync('test/fixtures/content/good', dir, { recursive: true });
    const check = () =>
      spawnSync(process.execPath, ['scripts/check-content.ts'], {
        env: { ...process.env, CONTENT_DIR: dir },
        encoding: 'utf8',
      });
    const file = join(dir, 'competencies', 'cloud-backup.mdx');

    try {
      const printed = execFileSync(process.execPath, ['scripts/new-competency.ts', 'Cloud Backup'], {
        env: { ...process.env, CONTENT_DIR: dir },
        encoding: 'utf8',
      });
      const stubs = TRANSLATED_LANGS.map((lang) =>
        join(dir, 'translations', lang, 'competencies', 'cloud-backup.mdx'),
      );
      const before = check();
      for (const written of [file, ...stubs])
        writeFileSync(written, readFileSync(written, 'utf8').replaceAll('TODO: ', ''));
      const after = check();

      expect(printed).toContain('Replace every "TODO"');
      expect(printed).toContain('provenance: { threshold: illustrative, evidence: illustrative }');
      expect(printed).not.toContain('illustrative: true');
      expect(before.status).toBe(1);
      expect(before.stdout).toContain(
        `${file}:5:1  summary  placeholder text left from the scaffold: "TODO: one sentence on the partners this competency is for."; replace it with the real text`,
      );
      expect(before.stdout).toMatch(
        /cloud-backup\.mdx:\d+:\d+ {2}requirements\.principal\.integrate\[0\]\.courses\[0\] {2}placeholder text/,
      );
      expect(before.stdout).toMatch(/cloud-backup\.mdx:\d+:\d+ {2}body {2}placeholder text/);
      // A stub for each language the site speaks, failing on its own placeholders.
      for (const stub of stubs) {
        expect(printed).toContain(stub);
        expect(before.stdout).toContain(`${stub}:6:1  title  placeholder text left from the scaffold`);
      }
      expect(after.status).toBe(0);
      expect(after.stdout).toContain('Content OK');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
