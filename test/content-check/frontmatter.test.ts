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
});
