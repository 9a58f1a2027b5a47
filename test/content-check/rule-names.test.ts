import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/content-check/rule-names.ts';

describe('RULES', () => {
  test('returns the same rule names the editor guide lists, in its order', () => {
    const guide = readFileSync('content/README.md', 'utf8');
    const table = guide.slice(guide.indexOf('| rule | what it makes sure of |')).split('\n\n')[0] ?? '';

    const listed = [...table.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);

    expect(listed).toEqual(Object.keys(RULES));
  });
});
