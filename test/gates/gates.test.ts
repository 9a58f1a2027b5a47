import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkBudgets, formatBudgetTable, measurePage, SITE_BUDGETS } from './checks/budgets.ts';
import { checkLinks } from './checks/links.ts';
import { findJava, javaMajor, nuCheckerRuns } from './checks/java.ts';
import { checkWithNu, formatNuMessages, nuErrors } from './checks/nu-checker.ts';
import { checkSeo, indexableUrls } from './checks/seo.ts';
import { readSite } from './site/dist.ts';
import { validateHtml } from './site/validate-html.ts';

// Each gate over dist/ must be able to fail: here the same functions and readers meet broken fixtures.
const FIXTURES = fileURLToPath(new URL('../fixtures/gates/', import.meta.url));
const fixtureSite = () => readSite(`${FIXTURES}site`);

/** Deterministic, barely compressible text (a chain of SHA-256 digests in base64), for predictable gzip sizes. */
function noise(length: number, seed = 1): string {
  let block = String(seed);
  let out = '';
  while (out.length < length) {
    block = createHash('sha256').update(block).digest('base64');
    out += block;
  }
  return out.slice(0, length);
}

describe('links gate on a broken fixture site', () => {
  test('returns the missing page, the missing anchors and the missing image', () => {
    const { pages, files } = fixtureSite();

    const broken = checkLinks({ pages, files });

    expect(broken.map((b) => `${b.page} ${b.href}: ${b.reason}`)).toMatchInlineSnapshot(`
      [
        "index.html /missing/: points to /missing/, which is not in the build",
        "index.html /other/#absent: points to #absent, but no element on /other/ has that id",
        "other/index.html ../index.html#nowhere: points to #nowhere, but no element on /index.html has that id",
        "other/index.html /_astro/missing.png: points to /_astro/missing.png, which is not in the build",
      ]
    `);
  });

  test('returns a page link without its trailing slash', () => {
    const pages = new Map([
      ['index.html', '<a href="/other">x</a>'],
      ['other/index.html', '<p>y</p>'],
    ]);

    const broken = checkLinks({ pages });

    expect(broken.map((b) => b.reason)).toEqual([
      'points to a page without its trailing slash (use /other/)',
    ]);
  });

  test('returns root-relative links that ignore the base path', () => {
    const pages = new Map([
      ['index.html', '<a href="/catalogue/other/">fine</a> <a href="/other/">ignores the base</a>'],
      ['other/index.html', '<p>y</p>'],
    ]);

    const broken = checkLinks({ pages, base: '/catalogue' });

    expect(broken).toEqual([
      { page: 'index.html', href: '/other/', reason: 'points outside the base path /catalogue' },
    ]);
  });
});

describe('budgets gate on over-weight fixtures', () => {
  test('returns an inline script on a page without an island as over its zero budget', () => {
    const html = `<!DOCTYPE html><html lang="en"><body><script>${noise(200)}</script></body></html>`;

    const failures = checkBudgets([measurePage('index.html', html, new Map())]);

    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ page: 'index.html', measure: 'js', limit: 0 });
  });

  test('returns an island page whose component and renderer imports exceed 15 kB', () => {
    const assets = new Map([
      ['_astro/Widget.js', `import{h}from"./preact.js";import("./export.js");${noise(12_000, 2)}`],
      ['_astro/client.js', `import"./preact.js";${noise(4_000, 3)}`],
      ['_astro/preact.js', noise(6_000, 4)],
      ['_astro/export.js', noise(50_000, 5)],
    ]);
    const html =
      '<astro-island component-url="/_astro/Widget.js" renderer-url="/_astro/client.js" ' +
      'opts="{&quot;name&quot;:&quot;SelfAssessment&quot;,&quot;value&quot;:true}"></astro-island>';

    const weight = measurePage('competencies/a/index.html', html, assets);
    const failures = checkBudgets([weight]);

    expect(weight.islands).toEqual(['SelfAssessment']);
    expect(weight.scripts).toEqual(['_astro/Widget.js', '_astro/preact.js', '_astro/client.js']);
    expect(failures.map((f) => f.measure)).toEqual(['js']);
    expect(failures[0]?.actual).toBeGreaterThan(SITE_BUDGETS.jsWithIsland);
  });

  test('returns HTML and CSS over budget and marks them in the table', () => {
    const html = `<style>${noise(16_000, 6)}</style><p>${noise(45_000, 7)}</p>`;

    const weight = measurePage('big.html', html, new Map());
    const failures = checkBudgets([weight]);

    expect(failures.map((f) => f.measure)).toEqual(['html', 'css']);
    expect(formatBudgetTable([weight])).toMatch(
      /\| big\.html \| [\d,]+ \/ 30,000 OVER \| [\d,]+ \/ 10,000 OVER \|/,
    );
  });

  test('returns the fixture site page over its zero JavaScript budget, counting static imports only', () => {
    const { pages, assets } = fixtureSite();

    const weight = measurePage('index.html', pages.get('index.html') ?? '', assets);

    expect(weight.scripts).toEqual(['_astro/entry.js', '_astro/dep.js']);
    expect(checkBudgets([weight]).map((f) => f.measure)).toEqual(['js']);
  });
});

describe('html-validate gate on an invalid fixture', () => {
  test('returns errors for bad nesting, a missing lang and a missing alt', async () => {
    const file = `${FIXTURES}invalid.html`;

    const errors = await validateHtml([{ file, html: readFileSync(file, 'utf8') }]);

    const rules = new Set(errors.map((e) => e.rule));
    expect([...rules]).toEqual(expect.arrayContaining(['element-required-attributes', 'wcag/h37']));
    expect(errors.length).toBeGreaterThanOrEqual(3);
  });
});

describe('Nu HTML Checker gate on broken fixtures', () => {
  // One run of the checker starts a Java VM and takes a few seconds, more on a busy machine.
  const TIMEOUT_MS = 120_000;

  test.runIf(nuCheckerRuns())(
    'returns the stray script, the misplaced style and the CSS and SVG mistakes',
    { timeout: TIMEOUT_MS },
    async () => {
      const { messages, checked } = await checkWithNu(`${FIXTURES}nu`);

      expect(checked).toEqual([
        'broken.css',
        'broken.svg',
        'misplaced-style.html',
        'stray-script.html',
        'valid.html',
      ]);
      expect(formatNuMessages(nuErrors(messages))).toMatchInlineSnapshot(`
        "broken.css:2  CSS: “colr”: Property “colr” doesn't exist.
        broken.svg:3  Element “blob” not allowed as child of element “svg” in this context. (Suppressing further errors from this subtree.)
        broken.svg:3  The “blob” element is a completely-unknown element that is not allowed anywhere in any SVG content.
        misplaced-style.html:10  A “style” element in “body” must be the first child of its parent.
        stray-script.html:11  Stray start tag “script”.
        stray-script.html:11  Cannot recover after last error. Any further errors will be ignored."
      `);
    },
  );

  test('rejects with how to install Java when there is no Java runtime', async () => {
    const run = checkWithNu(`${FIXTURES}nu`, { java: `${FIXTURES}nu/no-such-java` });

    await expect(run).rejects.toThrow(/needs a Java runtime.*apt-get install -y default-jre-headless/);
  });
});

describe('Java lookup for the Nu HTML Checker', () => {
  test('returns the major version of old and new version strings', () => {
    expect(javaMajor('java version "1.8.0_392"')).toBe(8);
    expect(javaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(javaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(javaMajor('Unable to locate a Java Runtime.')).toBeNull();
  });

  test('accepts a runtime that reports 17 or newer', () => {
    expect(findJava(`${FIXTURES}java/java21`)).toEqual({
      ok: true,
      java: `${FIXTURES}java/java21`,
      major: 21,
    });
  });

  test('rejects an old runtime, a stub that reports no version and a missing binary, saying how to get one', () => {
    const results = ['java8', 'apple-stub', 'no-such-java'].map((name) =>
      findJava(`${FIXTURES}java/${name}`),
    );

    expect(results.map((r) => (r.ok ? 'ok' : r.why.replace(FIXTURES, '')))).toEqual([
      expect.stringMatching(/needs Java 17 or newer; java\/java8 is Java 8\. Install one/),
      expect.stringMatching(/java\/apple-stub did not report a Java version.*brew install openjdk/),
      expect.stringMatching(/needs a Java runtime \(17 or newer\), and none was found.*default-jre-headless/),
    ]);
  });

  test('leaves the checker out with one line outside CI, and runs it (to fail) under CI', () => {
    const env = { JAVA_HOME: `${FIXTURES}java/none` };
    const lines: unknown[] = [];
    const warn = console.warn;
    console.warn = (line: unknown) => lines.push(line);
    try {
      expect(nuCheckerRuns(env)).toBe(false);
      expect(nuCheckerRuns({ ...env, CI: 'true' })).toBe(true);
    } finally {
      console.warn = warn;
    }

    expect(lines).toEqual([
      expect.stringMatching(/^The W3C Nu HTML Checker \(the reference validator\) did not run: /),
    ]);
  });
});

describe('SEO gate on a broken fixture site', () => {
  test('returns the missing description and favicon, a canonical to nowhere, og:url and a shared title', () => {
    const { pages } = fixtureSite();

    const problems = checkSeo({ pages, site: 'https://example.test' });

    expect(problems.map((p) => `${p.page} ${p.problem}`)).toMatchInlineSnapshot(`
      [
        "other/index.html has no meta description",
        "other/index.html has no favicon link (<link rel="icon">)",
        "other/index.html has canonical "https://example.test/another/", which is neither its own URL "https://example.test/other/" nor another page of the site",
        "other/index.html has og:url "https://example.test/other/", expected its canonical "https://example.test/another/"",
        "index.html shares its title "Fixture home" with third/index.html",
        "third/index.html shares its title "Fixture home" with index.html",
      ]
    `);
  });

  test('returns no problem for a filtered view whose canonical is the page it filters', () => {
    const head = (canonical: string, title: string) =>
      `<html lang="en"><head><title>${title}</title><meta name="description" content="${title} d">` +
      `<link rel="icon" href="/i.svg"><link rel="canonical" href="${canonical}">` +
      `<meta property="og:title" content="t"><meta property="og:description" content="d">` +
      `<meta property="og:url" content="${canonical}"></head></html>`;
    const pages = new Map([
      ['list/index.html', head('https://x.test/list/', 'All')],
      ['list/for/a/index.html', head('https://x.test/list/', 'All of kind a')],
    ]);

    expect(checkSeo({ pages, site: 'https://x.test' })).toEqual([]);
    expect(indexableUrls(pages, 'https://x.test')).toEqual(['https://x.test/list/']);
  });
});
