import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ALL_RULES, rulesTable } from '../../src/content-check/rule-names.ts';

describe('ALL_RULES', () => {
  test('returns each rule once, with the table the editors guide shows word for word', () => {
    const guide = readFileSync('content/README.md', 'utf8');
    const start = guide.indexOf('| rule | what it makes sure of |');

    const table = guide.slice(start).split('\n\n')[0];

    expect(new Set(ALL_RULES.map((rule) => rule.name)).size).toBe(ALL_RULES.length);
    // On a difference, paste rulesTable() (src/content-check/rule-names.ts) into content/README.md.
    expect(table).toBe(rulesTable());
  });
});
