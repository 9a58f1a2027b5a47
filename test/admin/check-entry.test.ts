import { beforeAll, describe, expect, test } from 'vitest';
import { checkEdit, editEffects, formatProblem } from '../../src/admin/check-entry.ts';
import type { ContentSnapshot } from '../../src/admin/content-snapshot.ts';
import { readSnapshot } from '../../src/admin/read-snapshot.ts';

let snapshot: ContentSnapshot;
let archiving: string;

beforeAll(async () => {
  snapshot = await readSnapshot('content');
  archiving = snapshot.files.competencies.find((f) => f.id === 'archiving')!.source;
});

const edit = (source: string) => ({ collection: 'competencies' as const, id: 'archiving', source });

describe('checkEdit', () => {
  test('returns nothing for the file as it is', () => {
    expect(checkEdit(snapshot, edit(archiving))).toEqual([]);
  });

  test('returns the line npm run check prints for an Expert threshold below Principal', () => {
    const source = archiving.replace('        amount: 200000', '        amount: 40000');

    const lines = checkEdit(snapshot, edit(source))
      .filter((p) => p.rule === 'expert-at-least-principal')
      .map(formatProblem);

    expect(lines).toEqual([
      "content/competencies/archiving.mdx:90:9  requirements.expert.integrate[1].amount  Expert asks for 40000, less than Principal's 50000 (requirements.principal.integrate[2].amount); expected at least that, e.g. amount: 50000",
    ]);
  });

  test('refuses a changed rule under an unchanged version, as the rules lock does', () => {
    const source = archiving.replace('        amount: 50000', '        amount: 60000');

    const problems = checkEdit(snapshot, edit(source));

    expect(problems.map((p) => [p.rule, p.path])).toEqual([
      ['rules-lock', 'requirements.principal.integrate[2].amount'],
    ]);
  });

  test('accepts a changed rule with a new version, which npm run content:lock then records', () => {
    const source = archiving
      .replace('        amount: 50000', '        amount: 60000')
      .replace('version: "1.1"\neffective: 2026-12-02', 'version: "1.2"\neffective: 2027-01-15')
      .replace(
        'history:\n',
        'history:\n  - version: "1.2"\n    date: 2027-01-15\n    provenance: illustrative\n    summary: Raised the Principal revenue.\n',
      );

    expect(checkEdit(snapshot, edit(source))).toEqual([]);
  });

  test('checks references across files, such as region codes', () => {
    const source = archiving.replace('  - id: apj', '  - id: apac');

    const problems = checkEdit(snapshot, edit(source)).filter((p) => p.rule === 'known-references');

    expect(problems.map((p) => `${p.path}  ${p.message}`)).toEqual([
      'regions[3].id  no region "apac" in content/regions; did you mean "apj"? known regions: apj (Asia Pacific and Japan); emea (Europe, Middle East and Africa); latam (Latin America); na (North America)',
    ]);
  });

  test('checks a new file under the name it will get', () => {
    const source = archiving.replace('title: Archiving', 'title: Cloud archiving');

    const problems = checkEdit(snapshot, { collection: 'competencies', id: 'cloud-archiving', source });

    expect(problems).toEqual([]);
  });
});

describe('editEffects', () => {
  test('names the reference profile a raised Expert revenue moves to Principal, against the locked rules', () => {
    const source = archiving.replace('        amount: 200000', '        amount: 250000');

    const effects = editEffects(snapshot, edit(source));

    expect(
      effects.map((e) => [e.slug, e.moves.map((m) => [m.profile.title, m.before.level, m.after.level])]),
    ).toEqual([['archiving', [['Large integrator in North America', 'expert', 'principal']]]]);
  });

  test('returns nothing for the file as it is, and for a file of another collection', () => {
    expect(editEffects(snapshot, edit(archiving))).toEqual([]);
    const gold = snapshot.files.tiers.find((f) => f.id === 'gold')!;
    expect(editEffects(snapshot, { collection: 'tiers', id: 'gold', source: gold.source })).toEqual([]);
  });
});
