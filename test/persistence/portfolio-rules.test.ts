import { describe, expect, test } from 'vitest';
import { checkRulesFile } from '../../src/persistence/portfolio-rules.ts';

describe('checkRulesFile', () => {
  test('returns a rules file as it came', () => {
    const file = { rules: [{ slug: 'archiving' }], versions: { archiving: 'abc' } };

    expect(checkRulesFile(file)).toBe(file);
  });

  test.each([
    ['nothing (the request failed)', null],
    ['an error page read as JSON', 'Not found'],
    ['a list', []],
    ['rules without versions', { rules: [] }],
    ['rules that are not a list', { rules: {}, versions: {} }],
  ])('rejects %s', (_what, file) => {
    expect(() => checkRulesFile(file)).toThrow('The rules file could not be read');
  });
});
