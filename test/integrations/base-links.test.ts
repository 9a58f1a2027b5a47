import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { baseLinksPlugin, translationLang } from '../../src/integrations/base-links.ts';

/** The links a body's plugin writes, for a file at `path`. */
function rewritten(base: string, path: string | undefined, urls: string[]): string[] {
  const plugin = baseLinksPlugin(base)({ fileURL: path === undefined ? undefined : pathToFileURL(path) });
  const calls: string[] = [];
  const context = { setProperty: (_node: unknown, _key: 'url', value: string) => calls.push(value) };
  expect(plugin.name).toBe('base-links');
  for (const url of urls) plugin.link({ url }, context);
  return calls;
}

describe('baseLinksPlugin', () => {
  test('puts the base in front of site links in a source body, and leaves other links alone', () => {
    expect(
      rewritten('/catalogue/', '/site/content/competencies/archiving.mdx', [
        '/program/',
        'https://example.com/a.png',
        '#req',
      ]),
    ).toEqual(['/catalogue/program/']);
    expect(rewritten('/catalogue/', undefined, ['/program/'])).toEqual(['/catalogue/program/']);
  });

  test("links a translation's body to the pages in its language", () => {
    const de = '/site/content/translations/de/competencies/archiving.mdx';
    expect(rewritten('/', de, ['/program/', '/compare/#x', 'https://example.com/'])).toEqual([
      '/de/program/',
      '/de/compare/#x',
    ]);
    expect(rewritten('/catalogue/', de, ['/program/'])).toEqual(['/catalogue/de/program/']);
    // A link the translator already wrote in the language is left as it is.
    expect(rewritten('/', de, ['/de/program/'])).toEqual([]);
  });

  test('reads the language from the folder under translations/, and nothing from other folders', () => {
    expect(translationLang(pathToFileURL('/c/translations/ja/levels/expert.mdx'))).toBe('ja');
    expect(translationLang(pathToFileURL('/c/translations/xx/levels/expert.mdx'))).toBeUndefined();
    expect(translationLang(pathToFileURL('/c/competencies/ja.mdx'))).toBeUndefined();
    expect(translationLang(undefined)).toBeUndefined();
  });
});
