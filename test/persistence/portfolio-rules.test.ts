import { describe, expect, test } from 'vitest';
import { rulesHash } from '../../src/engine/hash.ts';
import { checkRulesFile, rulesFileHref, rulesFileJson } from '../../src/persistence/portfolio-rules.ts';
import { loadRules } from '../helpers/content.ts';

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

describe('rulesFileJson and rulesFileHref', () => {
  test("returns every competency's rules in the order given, with its rules hash, as a file that checks", async () => {
    const rules = (await loadRules()).reverse();

    const file = checkRulesFile(JSON.parse(rulesFileJson(rules)));

    expect(file.rules.map((r) => r.slug)).toEqual(rules.map((r) => r.slug));
    expect(file.versions).toEqual(Object.fromEntries(rules.map((r) => [r.slug, rulesHash(r)])));
  });

  test('returns an address that changes with any change to the file, a title included', async () => {
    const rules = await loadRules();
    const [first, ...rest] = rules;
    if (!first) throw new Error('no competency in content/');
    const renamed = [{ ...first, title: `${first.title} (renamed)` }, ...rest];

    const before = rulesFileHref('/', rulesFileJson(rules));
    const after = rulesFileHref('/', rulesFileJson(renamed));

    expect(before).toMatch(/^\/self-assessment\/rules\.json\?v=[0-9a-f]{16}$/);
    expect(after).not.toBe(before);
    expect(rulesFileHref('/', rulesFileJson(rules))).toBe(before);
  });
});
