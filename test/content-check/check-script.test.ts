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
});
