import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '../../src/content-check/frontmatter.ts';

const data = (yaml: string) => parseFrontmatter(`---\n${yaml}\n---\n`).data;

describe('parseFrontmatter', () => {
  test('returns dates as Date values, as Astro reads frontmatter', () => {
    expect(data('effective: 2026-01-15\nat: 2026-01-15 10:00:00 +02:00')).toEqual({
      effective: new Date('2026-01-15T00:00:00Z'),
      at: new Date('2026-01-15T08:00:00Z'),
    });
  });

  test('returns a date without its leading zeros as text, so the schema names it', () => {
    expect(data('effective: 2026-1-5')).toEqual({ effective: '2026-1-5' });
  });

  test('returns every key as text and merges `<<` keys', () => {
    expect(data('null: a\n1: b\nbase: &b { x: 1 }\nmore:\n  <<: *b\n  y: 2')).toEqual({
      null: 'a',
      '1': 'b',
      base: { x: 1 },
      more: { x: 1, y: 2 },
    });
  });

  test('returns no data for empty frontmatter', () => {
    expect(parseFrontmatter('---\n---\nBody').data).toBeUndefined();
  });

  test('rejects a repeated key at its line', () => {
    const parsed = parseFrontmatter('---\ntitle: A\ntitle: B\n---\n');

    expect(parsed.data).toBeUndefined();
    expect(parsed.errors).toEqual([{ message: 'Map keys must be unique', position: { line: 3, column: 1 } }]);
  });

  test('reads numbers exactly as Astro does where YAML libraries differ', () => {
    expect(data('binary: 0b101\nsigned: +.5\ngrouped: 1_000')).toEqual({
      binary: 5,
      signed: '+.5',
      grouped: '1_000',
    });
  });

  test('names an unresolved alias at its line instead of failing', () => {
    const parsed = parseFrontmatter('---\ntitle: A\nsummary: *missing\n---\n');

    expect(parsed.data).toBeUndefined();
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]?.message).toMatch(/alias/);
    expect(parsed.errors[0]?.position.line).toBe(3);
  });

  test("rejects a tag Astro's parser does not know, in its words and at its place", () => {
    const parsed = parseFrontmatter('---\ntitle: A\nsummary: !custom x\n---\n');

    expect(parsed.data).toBeUndefined();
    expect(parsed.errors).toEqual([{ message: 'unknown tag !<!custom>', position: { line: 3, column: 19 } }]);
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
