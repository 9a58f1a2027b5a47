import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { BAD, GOOD } from './fixture-tree.ts';

let dir: string | undefined;

/** A copy of the good fixture tree, changed by `edit`, and what scripts/check-content.ts prints for it. */
function runCheck(edit: (root: string) => void, ...args: string[]) {
  dir = mkdtempSync(join(tmpdir(), 'check-script-'));
  cpSync(GOOD, dir, { recursive: true });
  edit(dir);
  const run = spawnSync(process.execPath, ['scripts/check-content.ts', ...args], {
    env: { ...process.env, CONTENT_DIR: dir },
    encoding: 'utf8',
  });
  return { status: run.status, lines: run.stdout.trimEnd().split('\n'), root: dir };
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('scripts/check-content.ts', () => {
  test('prints all three mistakes of a file in one run, each with file, line and field', () => {
    const { status, lines, root } = runCheck((root) =>
      cpSync(`${BAD}/competencies/three-mistakes.mdx`, join(root, 'competencies', 'three-mistakes.mdx')),
    );
    const file = `${root}/competencies/three-mistakes.mdx`;

    expect(status).toBe(1);
    expect(lines.filter((line) => line.startsWith(file))).toEqual([
      `${file}:3:1  summary  placeholder text left from the scaffold: "TODO: one sentence on the partners this competency is for."; replace it with the real text`,
      `${file}:4:1  group  expected a group: information-management, security, storage-and-availability, services; found "securty"; did you mean "security"?`,
      `${file}:9:5  regions[0].id  no region "eu" in ${root}/regions; did you mean "emea"? known regions: emea (Europe, Middle East and Africa); na (North America)`,
    ]);
    expect(lines.at(-1)).toBe('3 problems in 1 file');
  });

  test('prints the problems before what the lock could not record, and no version to raise for a misspelt field', () => {
    const { status, lines } = runCheck((root) => {
      const file = join(root, 'competencies', 'alpha.mdx');
      const source = readFileSync(file, 'utf8')
        .replace('        people: 2', '        people: 3')
        .replace('        id: technical-exam\n', '        id: technical-exam\n        peple: 3\n');
      writeFileSync(file, source);
    }, '--update-lock');

    expect(status).toBe(1);
    expect(lines.map((line) => line.replace(/^.*alpha\.mdx:\d+:\d+ {2}/, ''))).toEqual([
      'requirements.principal.integrate[0].peple  unknown field "peple"; did you mean "people"?',
      'alpha: not recorded, fix its problems (listed above) first',
      'Rules lock already up to date.',
      '1 problem in 1 file',
    ]);
  });

  test('prints nothing about reference profiles when no rules changed', () => {
    const { status, lines } = runCheck(() => undefined);

    expect(status).toBe(0);
    expect(lines).toEqual(['Content OK: 2 competencies, 2 levels, 2 business models, 2 regions, 3 tiers']);
  });

  test('prints after the problems which reference profile a raised threshold moves from Expert to Principal', () => {
    const { status, lines, root } = runCheck((root) => {
      const file = join(root, 'competencies', 'alpha.mdx');
      writeFileSync(
        file,
        readFileSync(file, 'utf8').replace('        amount: 100000', '        amount: 150000'),
      );
    });

    expect(status).toBe(1);
    expect(lines).toEqual([
      `${root}/competencies/alpha.mdx:58:9  requirements.expert.integrate[1].amount  changed from 100000 to 150000 without a new version; raise "version" (e.g. "1.2"), add a history entry, then run npm run content:lock`,
      '',
      'Effect on reference profiles:',
      'The reference profiles are invented examples (illustrative), and so are the tiers; a change that moves one is allowed.',
      '  Alpha (version 1.1, changed)',
      '    Profile           Competency  Level               Tier',
      '    Large integrator  Alpha       Expert → Principal  Gold → Silver',
      '1 problem in 1 file',
    ]);
  });

  test("content:lock records the effect in the new version's history entry, and the check then prints none", () => {
    const { status, lines, root } = runCheck((root) => {
      const file = join(root, 'competencies', 'alpha.mdx');
      const source = readFileSync(file, 'utf8')
        .replace('        amount: 100000', '        amount: 150000')
        .replace('version: "1.1"\neffective: 2026-03-01', 'version: "1.2"\neffective: 2026-06-01')
        .replace(
          'history:\n',
          'history:\n  - version: "1.2"\n    date: 2026-06-01\n    provenance: illustrative\n    summary: Raised the Expert revenue.\n',
        );
      writeFileSync(file, source);
    }, '--update-lock');

    expect(status).toBe(0);
    expect(lines).toEqual([
      'alpha: recorded version 1.2 (was 1.1)',
      `Wrote ${root}/rules-lock.json; commit it with the content change.`,
      'alpha: recorded its effect on the reference profiles in its history entry (profileEffects)',
      'Content OK: 2 competencies, 2 levels, 2 business models, 2 regions, 3 tiers',
    ]);
    expect(readFileSync(join(root, 'competencies', 'alpha.mdx'), 'utf8')).toContain(
      [
        '    summary: Raised the Expert revenue.',
        '    profileEffects:',
        '      - profile: large-integrator',
        '        before:',
        '          level: expert',
        '          tier: gold',
        '        after:',
        '          level: principal',
        '          tier: silver',
        '  - version: "1.1"',
      ].join('\n'),
    );
  });
});
