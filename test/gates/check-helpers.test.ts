import { describe, expect, test } from 'vitest';
import { staticImports } from './checks/budgets.ts';
import { scanTags } from './checks/html-scan.ts';
import { anchorsOf } from './checks/links.ts';
import { expectedCanonical, readMeta } from './checks/seo.ts';
import { fileOf, normalizeBase, resolveRef, urlPathOf } from './checks/site-files.ts';

describe('scanTags', () => {
  test('returns start tags with decoded attributes, skipping comments, doctype and end tags', () => {
    const html =
      '<!DOCTYPE html><!-- <a href="/no/"> --><a href="/x/?a=1&amp;b=2" data-x=\'y > z\' hidden>t</a>';

    const tags = scanTags(html);

    expect(tags.map((t) => [t.name, Object.fromEntries(t.attrs)])).toEqual([
      ['a', { href: '/x/?a=1&b=2', 'data-x': 'y > z', hidden: '' }],
    ]);
  });

  test('returns raw-text content of script and style without reading tags inside it', () => {
    const html =
      '<script>if (a<b) document.write("<a href=\'/no/\'>")</script><style>p>a{}</style><p id=after>';

    const tags = scanTags(html);

    expect(tags.map((t) => t.name)).toEqual(['script', 'style', 'p']);
    expect(tags[0]?.text).toContain('<a href');
    expect(tags[2]?.attrs.get('id')).toBe('after');
  });

  test('returns the first of two attributes with the same name, as browsers do', () => {
    const tags = scanTags('<A ID="one" id="two" CLASS=c>');

    expect(tags[0]?.name).toBe('a');
    expect(tags[0]?.attrs.get('id')).toBe('one');
    expect(tags[0]?.attrs.get('class')).toBe('c');
  });

  test('returns the tags before an unterminated comment and stops there', () => {
    expect(scanTags('<p><!-- open <a href="/x/">').map((t) => t.name)).toEqual(['p']);
  });
});

describe('staticImports', () => {
  test('returns static imports and re-exports of minified modules, not dynamic imports', () => {
    const code =
      'import{h as e}from"./preact.js";import"./side.js";import*as n from\'./ns.js\';' +
      'export{x}from"./re.js";export*from"./all.js";const l=()=>import("./lazy.js");import.meta.url;';

    expect(staticImports(code).sort()).toEqual([
      './all.js',
      './ns.js',
      './preact.js',
      './re.js',
      './side.js',
    ]);
  });
});

describe('site-files', () => {
  test('returns the URL path of built files under a base', () => {
    expect(urlPathOf('index.html', '/docs')).toBe('/docs/');
    expect(urlPathOf('competencies/a/index.html')).toBe('/competencies/a/');
    expect(urlPathOf('404.html')).toBe('/404.html');
    expect(normalizeBase('docs/')).toBe('/docs/');
  });

  test('returns the built file of a URL path, or undefined outside the base', () => {
    expect(fileOf('/docs/a/', '/docs/')).toBe('a/index.html');
    expect(fileOf('/docs/_astro/x.js', '/docs/')).toBe('_astro/x.js');
    expect(fileOf('/a/', '/docs/')).toBeUndefined();
  });

  test('returns relative references resolved against the page, with decoded fragments', () => {
    expect(resolveRef('../b/#caf%C3%A9', '/a/x/')).toEqual({
      external: false,
      pathname: '/a/b/',
      fragment: 'café',
    });
    expect(resolveRef('https://example.org/', '/').external).toBe(true);
  });
});

describe('anchorsOf', () => {
  test('returns ids of any element and names of anchors only', () => {
    expect([...anchorsOf('<h2 id="a"></h2><a name="b"></a><input name="c">')]).toEqual(['a', 'b']);
  });
});

describe('readMeta', () => {
  test('returns the head title, not an SVG title in the body', () => {
    const meta = readMeta(
      '<html lang="en"><head><title>Page</title></head><body><svg><title>Icon</title></svg>',
    );

    expect(meta.titles).toEqual(['Page']);
    expect(meta.lang).toBe('en');
  });

  test('returns the canonical a page should have under a base', () => {
    expect(expectedCanonical('competencies/a/index.html', 'https://x.test', '/docs/')).toBe(
      'https://x.test/docs/competencies/a/',
    );
  });
});
