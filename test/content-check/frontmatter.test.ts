import { describe, expect, test } from 'vitest';
import { parseFrontmatter as astroFrontmatter } from 'astro/markdown';
import { parseFrontmatter } from '../../src/content-check/frontmatter.ts';

const data = (yaml: string) => parseFrontmatter(`---\n${yaml}\n---\n`).data;

describe('parseFrontmatter', () => {
  test('returns dates as Date values, as Astro reads frontmatter', () => {
    expect(data('effective: 2026-01-15\nat: 2026-01-15 10:00:00 +02:00')).toEqual({
      effective: new Date('2026-01-15T00:00:00Z'),
      at: new Date('2026-01-15T08:00:00Z'),
    });
  });

  test.each([
    ['a date without leading zeros', 'effective: 2026-1-5'],
    ['keys that are not text, and `<<` merges', 'null: a\n1: b\nbase: &b { x: 1 }\nmore:\n  <<: *b\n  y: 2'],
    [
      'numbers where YAML versions differ',
      'binary: 0b101\nsigned: +.5\ngrouped: 1_000\noctal: 0o17\nold: 017',
    ],
    ['a tag Astro does not know', 'title: A\nsummary: !custom x'],
    ['timestamps, booleans and nulls', 'at: 2026-01-15 10:00:00 +02:00\nyes: yes\nno: ~\ny: Y'],
  ])('returns the data Astro reads for %s', (_name, yaml) => {
    const source = `---\n${yaml}\n---\nBody`;

    expect(parseFrontmatter(source).data).toEqual(astroFrontmatter(source).frontmatter);
  });

  test('returns no data for empty frontmatter', () => {
    expect(parseFrontmatter('---\n---\nBody').data).toBeUndefined();
  });

  test('rejects a repeated key at its line', () => {
    const parsed = parseFrontmatter('---\ntitle: A\ntitle: B\n---\n');

    expect(parsed.data).toBeUndefined();
    expect(parsed.errors).toEqual([{ message: 'Map keys must be unique', position: { line: 3, column: 1 } }]);
  });

  test('names an unresolved alias at its line instead of failing', () => {
    const parsed = parseFrontmatter('---\ntitle: A\nsummary: *missing\n---\n');

    expect(parsed.data).toBeUndefined();
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]?.message).toMatch(/alias/);
    expect(parsed.errors[0]?.position.line).toBe(3);
  });

  test('finds the line of a nested field once a position is asked for', () => {
    const parsed = parseFrontmatter(
      '---\ntitle: A\nlevels:\n  - id: principal\n    requirements:\n      - id: x\n---\n',
    );

    expect(parsed.positionOf(['levels', 0, 'requirements', 0, 'id'])).toEqual({ line: 6, column: 9 });
    expect(parsed.positionOf(['levels', 3])).toEqual({ line: 3, column: 1 });
  });

  test('names an alias that refers to a value it is part of, at the alias, instead of never ending', () => {
    const parsed = parseFrontmatter('---\ntitle: A\nlevels: &self\n  - *self\n---\n');

    expect(parsed.data).toBeUndefined();
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]?.message).toMatch(/refers to a value it is part of/);
    expect(parsed.errors[0]?.position.line).toBe(4);
  });

  test('refuses aliases that repeat values into billions, and values nested without end', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
    ])
      bomb.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    const deep = `deep: ${'['.repeat(80)}1${']'.repeat(80)}`;

    const repeated = parseFrontmatter(`---\n${bomb.join('\n')}\n---\n`);
    const nested = parseFrontmatter(`---\n${deep}\n---\n`);

    expect(repeated.data).toBeUndefined();
    expect(repeated.errors[0]?.message).toMatch(/more than 100,000/);
    expect(nested.data).toBeUndefined();
    expect(nested.errors[0]?.message).toMatch(/nest more than 64 levels/);
  });
});
