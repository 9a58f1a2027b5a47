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
  test('takes the hash each competency carries as its rules hash, not working it out again', async () => {
    const [first] = await loadRules();
    if (!first) throw new Error('no competency in content/');
    const rules = structuredClone(first);

    const file = checkRulesFile({ rules: [rules], versions: { [rules.slug]: 'f00df00df00df00d' } });

    expect(rulesHash(file.rules[0] as typeof rules)).toBe('f00df00df00df00d');
    expect(rulesHash(structuredClone(first))).toBe(rulesHash(first));
    expect(rulesHash(first)).not.toBe('f00df00df00df00d');
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
