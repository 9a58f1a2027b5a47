import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_LANG,
  LANGS,
  TRANSLATED,
  defaultPath,
  localePath,
  type Lang,
} from '../../../src/text/langs.ts';
import { withBase } from '../../../src/util/base-path.ts';
import { scanTags } from '../checks/html-scan.ts';
import { mainContent } from '../checks/illustrative.ts';
import { visibleText } from '../checks/originality.ts';
import { DICTIONARIES } from '../../../src/text/text.ts';
import { BASE, DIST, readSite, SITE } from './dist.ts';

const site = readSite();

/** HTML without the elements marked lang="en", and what they hold. */
function withoutEnglish(html: string): string {
  let out = '';
  let at = 0;
  const open = /<([a-z][\w-]*)\b[^>]*\blang="en"[^>]*>/g;
  for (let m = open.exec(html); m !== null; m = open.exec(html)) {
    if (m.index < at) continue;
    out += html.slice(at, m.index);
    // The element's end: its closing tag at the same depth of elements of its name.
    const name = m[1] ?? '';
    const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
    tags.lastIndex = m.index + m[0].length;
    let depth = 1;
    let end = html.length;
    for (let t = tags.exec(html); t !== null; t = tags.exec(html)) {
      depth += t[1] === '/' ? -1 : 1;
      if (depth === 0) {
        end = t.index + t[0].length;
        break;
      }
    }
    at = end;
    open.lastIndex = end;
  }
  return out + html.slice(at);
}

/** A built page's language, from its place in dist/: "de/program/index.html" is German. */
function langOfFile(file: string): Lang {
  return TRANSLATED.find((l) => file.startsWith(`${l}/`)) ?? DEFAULT_LANG;
}

/** The file of a page in `lang`, from the default language's file ("404.html" is "de/404/index.html"). */
function fileIn(lang: Lang, file: string): string {
  if (lang === DEFAULT_LANG) return file;
  return `${lang}/${file === '404.html' ? '404/index.html' : file}`;
}

/** The address of a built page, base path included: "de/program/index.html" -> "/de/program/". */
const addressOf = (file: string) => withBase(BASE, `/${file.replace(/(^|\/)index\.html$/, '$1')}`);

const defaultPages = [...site.pages.keys()].filter(
  (f) => langOfFile(f) === DEFAULT_LANG && !f.startsWith('admin/'),
);

describe('the site in every language', () => {
  test('returns every page in each language, with its language on <html>', () => {
    const missing = defaultPages.flatMap((file) =>
      LANGS.map((lang) => fileIn(lang, file)).filter((f) => !site.pages.has(f)),
    );
    const wrongLang = [...site.pages]
      .filter(([file]) => !file.startsWith('admin/'))
      .filter(
        ([file, html]) =>
          scanTags(html)
            .find((t) => t.name === 'html')
            ?.attrs.get('lang') !== langOfFile(file),
      )
      .map(([file]) => file);

    expect(defaultPages.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
    expect(wrongLang).toEqual([]);
  });

  test("returns each page naming its pages in every language as alternates, the default language's as x-default", () => {
    const problems: string[] = [];
    for (const file of defaultPages.filter((f) => f !== '404.html')) {
      for (const lang of LANGS) {
        const html = site.pages.get(fileIn(lang, file)) ?? '';
        const alternates = new Map(
          scanTags(html)
            .filter((t) => t.name === 'link' && t.attrs.get('rel') === 'alternate' && t.attrs.has('hreflang'))
            .map((t) => [t.attrs.get('hreflang'), t.attrs.get('href')]),
        );
        // A view of another page (a filter of the catalogue) names that page's, as its canonical does.
        const canonical = scanTags(site.pages.get(file) ?? '')
          .find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical')
          ?.attrs.get('href');
        const path = `/${new URL(canonical ?? addressOf(file), SITE).pathname.slice(BASE.length).replace(/^\/+/, '')}`;
        const url = (l: Lang) => new URL(withBase(BASE, localePath(l, path)), SITE).href;
        const expected = new Map<string | undefined, string>([
          ...LANGS.map((l) => [l, url(l)] as const),
          ['x-default', url(DEFAULT_LANG)],
        ]);
        if (JSON.stringify([...alternates]) !== JSON.stringify([...expected])) {
          problems.push(`${fileIn(lang, file)}: ${JSON.stringify([...alternates])}`);
        }
      }
    }

    expect(problems).toEqual([]);
  });

  test('returns language links on every page to the same page in each language, its own marked current', () => {
    const problems: string[] = [];
    for (const file of defaultPages.filter((f) => f !== '404.html')) {
      for (const lang of LANGS) {
        const html = site.pages.get(fileIn(lang, file)) ?? '';
        const links = scanTags(html)
          .filter((t) => t.name === 'a' && t.attrs.has('hreflang'))
          .map(
            (t) => `${t.attrs.get('hreflang')} ${t.attrs.get('href')} ${t.attrs.get('aria-current') ?? '-'}`,
          );
        const expected = LANGS.map((l) => `${l} ${addressOf(fileIn(l, file))} ${l === lang ? 'page' : '-'}`);
        if (JSON.stringify(links) !== JSON.stringify(expected))
          problems.push(`${fileIn(lang, file)}: ${links.join(', ')}`);
      }
    }

    expect(problems).toEqual([]);
  });

  test("returns pages in another language linking only to that language's pages", () => {
    // Every link into the site from a German page opens a German page (the language links aside).
    const pagesByAddress = new Set([...site.pages.keys()].map(addressOf));
    const problems: string[] = [];
    for (const [file, html] of site.pages) {
      const lang = langOfFile(file);
      if (lang === DEFAULT_LANG) continue;
      for (const tag of scanTags(html)) {
        if (tag.name !== 'a' || tag.attrs.has('hreflang')) continue;
        const href = tag.attrs.get('href')?.split(/[?#]/)[0] ?? '';
        if (!pagesByAddress.has(href)) continue;
        const path = `/${href.slice(BASE.length).replace(/^\/+/, '')}`;
        if (path !== localePath(lang, defaultPath(path))) problems.push(`${file} -> ${href}`);
      }
    }

    expect(problems).toEqual([]);
  });

  test("returns no English text of the site's own in the main content of a page in another language", () => {
    // Every text of the English dictionary that the other language words differently, in pieces between its
    // placeholders: a piece of a few words found in a German page's <main> is English left untranslated.
    // Text marked lang="en" is content shown in English on purpose, where no translation has it yet.
    const problems: string[] = [];
    for (const lang of TRANSLATED) {
      const words: Readonly<Record<string, string>> = DICTIONARIES[lang];
      const pieces = [
        ...new Set(
          Object.entries(DICTIONARIES.en)
            .filter(([key, text]) => words[key] !== text)
            .flatMap(([, text]) => text.split(/\{\w+\}/))
            .map((piece) => piece.replace(/^[\s,.:;!?()]+|[\s,.:;!?()]+$/g, ''))
            .filter((piece) => piece.length >= 12 && /\s/.test(piece)),
        ),
      ];
      for (const [file, html] of site.pages) {
        if (langOfFile(file) !== lang) continue;
        const text = visibleText(withoutEnglish(mainContent(html))).replace(/\s+/g, ' ');
        const found = pieces.filter((piece) => text.includes(piece));
        if (found.length > 0) problems.push(`${file}: ${found.map((f) => JSON.stringify(f)).join(', ')}`);
      }
    }

    expect(problems).toEqual([]);
  });

  test("returns every illustrative value named for screen readers in the page's language, the islands' too", () => {
    // Each marked value says the mark's name once, in a visually hidden span: the page's own marks and those
    // the islands render (server-rendered here, so a German or Japanese island saying "illustrative" shows).
    const marked =
      /<span class="illustrative" data-illustrative(?:="")?>[^<]*<span class="visually-hidden"> \(([^)<]*)\)<\/span>/g;
    const problems: string[] = [];
    const inIslands = new Map<Lang, number>(LANGS.map((l) => [l, 0]));
    for (const [file, html] of site.pages) {
      const lang = langOfFile(file);
      const name = DICTIONARIES[lang]['site.markName'];
      const wrong = [...html.matchAll(marked)].map((m) => m[1]).filter((said) => said !== name);
      if (wrong.length > 0) problems.push(`${file}: ${[...new Set(wrong)].join(', ')}`);
      for (const island of html.matchAll(/<astro-island\b[\s\S]*?<\/astro-island>/g)) {
        inIslands.set(lang, (inIslands.get(lang) ?? 0) + [...island[0].matchAll(marked)].length);
      }
    }

    expect(problems).toEqual([]);
    for (const lang of LANGS) expect(inIslands.get(lang), lang).toBeGreaterThan(0);
  });

  test('returns the islands on Japanese pages joining their words with Japanese punctuation', () => {
    // An island joins a label and its value, or two sentences, with the dictionary's separators (list.colon,
    // list.sentences, list.stop): an ASCII colon, full stop or semicolon before a space or the end of an
    // element in a Japanese island's text is a join left in its code. Text marked lang="en" aside.
    const problems: string[] = [];
    for (const [file, html] of site.pages) {
      if (langOfFile(file) !== 'ja') continue;
      for (const island of html.matchAll(/<astro-island\b[\s\S]*?<\/astro-island>/g)) {
        const text = visibleText(withoutEnglish(island[0].replace(/<template[\s\S]*?<\/template>/g, '')));
        const joins = [...text.replace(/\s+/g, ' ').matchAll(/.{0,12}[:.;](?: |$).{0,12}/g)];
        problems.push(...joins.map((m) => `${file}: ${JSON.stringify(m[0])}`));
      }
    }

    expect(problems).toEqual([]);
  });

  test('returns Japanese pages with no English colon, full stop or semicolon after Japanese words', () => {
    // A page joins a label and its value or ends a sentence with the dictionary's separators (list.colon,
    // list.stop, list.clauses): "ルール: バージョン1.0." is a join left in a page's or a view's code.
    const japanese = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}）」％]`;
    const join = new RegExp(String.raw`.{0,12}(?:${japanese} ?[:;.](?= |$)|[:;] ${japanese}).{0,12}`, 'gu');
    const problems: string[] = [];
    for (const [file, html] of site.pages) {
      if (langOfFile(file) !== 'ja') continue;
      const body = html.replace(/^[\s\S]*?<\/head>/, '');
      const text = visibleText(withoutEnglish(body)).replace(/\s+/g, ' ');
      problems.push(...[...text.matchAll(join)].map((m) => `${file}: ${JSON.stringify(m[0])}`));
    }

    expect(problems).toEqual([]);
  });

  test('returns the change feed in each language, in that language', () => {
    for (const lang of LANGS) {
      const xml = readFileSync(join(DIST, localePath(lang, '/changes/feed.xml')), 'utf8');

      expect(xml).toContain(`xml:lang="${lang}"`);
      expect(xml).toContain(`href="${new URL(withBase(BASE, localePath(lang, '/changes/')), SITE).href}"`);
    }
  });

  test('returns the search index with one index a language', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };

    expect(Object.keys(entry.languages).sort()).toEqual([...LANGS].sort());
    for (const lang of LANGS) expect(entry.languages[lang]?.page_count).toBeGreaterThan(10);
  });
});
