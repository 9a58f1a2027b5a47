import { describe, expect, test } from 'vitest';
import { fromFile, frontmatterOf, toFile } from '../../src/admin/mdx-format.ts';

const FILE = `---
title: Archiving # the display name
summary: For partners who archive.
businessModels: [integrate, resell]
regions:
  - id: na
  - id: emea
    note: Resell only
requirements:
  principal:
    integrate:
      - kind: revenue
        id: revenue
        amount: 50000
        scale: { min: 0, max: 10 }
version: "1.0"
effective: 2026-01-15
---
## The problem

Body text.
`;

/** The lines that differ between two texts of the same length, as [before, after]. */
function changedLines(before: string, after: string): [string, string | undefined][] {
  const next = after.split('\n');
  return before.split('\n').flatMap((line, i) => (line === next[i] ? [] : [[line, next[i]]]));
}

describe('the MDX format', () => {
  test('reads the frontmatter fields and the body, keeping dates as written', () => {
    const data = frontmatterOf(fromFile(FILE));

    expect(data['effective']).toBe('2026-01-15');
    expect(data['version']).toBe('1.0');
    expect(fromFile(FILE)['body']).toBe('## The problem\n\nBody text.\n');
  });

  test('writes an unchanged file back byte for byte', () => {
    expect(toFile(fromFile(FILE))).toBe(FILE);
  });

  test('changes only the line of a changed value, keeping quotes, comments and flow style', () => {
    const data = fromFile(FILE) as { requirements: { principal: { integrate: { amount: number }[] } } };
    data.requirements.principal.integrate[0]!.amount = 60000;

    expect(changedLines(FILE, toFile(data))).toEqual([['        amount: 50000', '        amount: 60000']]);
  });

  test('keeps a comment on a changed line', () => {
    const data = fromFile(FILE);
    data['title'] = 'Archive';

    expect(changedLines(FILE, toFile(data))).toEqual([
      ['title: Archiving # the display name', 'title: Archive # the display name'],
    ]);
  });

  test('drops a field the editor emptied and ignores empty fields nobody filled', () => {
    const data = fromFile(FILE) as { regions: { id: string; note?: string }[] } & Record<string, unknown>;
    data.regions[0]!.note = '';
    data.regions[1]!.note = '';
    data['status'] = null;

    expect(toFile(data)).toBe(FILE.replace('    note: Resell only\n', ''));
  });

  test('adds a list item after the others and writes the body as edited', () => {
    const data = fromFile(FILE) as { regions: { id: string }[] } & Record<string, unknown>;
    data.regions.push({ id: 'apj' });
    data['body'] = '## The problem\n\nNew text.\n';

    expect(toFile(data)).toBe(
      FILE.replace('    note: Resell only\n', '    note: Resell only\n  - id: apj\n').replace(
        'Body text.',
        'New text.',
      ),
    );
  });

  test('writes a new file in form order', () => {
    expect(toFile({ title: 'Cloud', order: 10, regions: [{ id: 'na', note: '' }], body: 'Text.\n' })).toBe(
      '---\ntitle: Cloud\norder: 10\nregions:\n  - id: na\n---\nText.\n',
    );
  });
});

describe('the MDX format with defaults', () => {
  const DEFAULTS = { status: 'active', expertIncludesPrincipal: true, scale: { min: 0 } };

  test('shows a field the file leaves out as its default', () => {
    const data = fromFile(FILE, DEFAULTS);

    expect(data).toMatchObject({ status: 'active', expertIncludesPrincipal: true });
  });

  test('writes nothing for a default left as it is, and the field once it is changed', () => {
    const data = fromFile(FILE, DEFAULTS);

    expect(toFile(data, DEFAULTS)).toBe(FILE);
    expect(toFile({ ...data, expertIncludesPrincipal: false }, DEFAULTS)).toContain(
      'expertIncludesPrincipal: false',
    );
  });
});
