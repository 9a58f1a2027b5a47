import { beforeAll, describe, expect, test } from 'vitest';
import { readContent } from '../../../src/content-check/load.ts';
import { translateCompetency, untranslatedOf, type Translated } from '../../../src/domain/translated.ts';
import type { CompetencyRules } from '../../../src/domain/rules.ts';
import { toRules } from '../../../src/domain/rules.ts';
import { CompetencySchema } from '../../../src/schemas/competency.ts';
import { CompetencyTranslationSchema } from '../../../src/schemas/translation.ts';
import { TRANSLATED_LANGS, translator, type Lang } from '../../../src/text/text.ts';
import { readSite, type BuiltSite } from './dist.ts';

/** Text as a reader sees it: tags dropped, entities decoded, whitespace collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first element of a page that opens with `open` (a tag and its attributes), up to its closing tag. */
function element(html: string, open: RegExp, tag: string): string | undefined {
  const start = html.search(open);
  if (start < 0) return undefined;
  const end = html.indexOf(`</${tag}>`, start);
  return html.slice(start, end + tag.length + 3);
}

/** The first heading of a Markdown body, e.g. "Das Problem der Kunden". */
function firstHeading(body: string): string | undefined {
  return /^#{2,3} (.+)$/m.exec(body)?.[1]?.trim();
}

interface Expected {
  lang: Lang;
  slug: string;
  shown: Translated<CompetencyRules>;
  heading: string | undefined;
}

let site: BuiltSite;
const expected: Expected[] = [];

beforeAll(async () => {
  site = readSite();
  const content = await readContent('content');
  for (const lang of TRANSLATED_LANGS as Lang[]) {
    for (const entry of content.competencies) {
      const source = toRules({ id: entry.id, data: CompetencySchema.parse(entry.frontmatter.data) });
      const file = content.translations?.find(
        (t) => t.lang === lang && t.collection === 'competencies' && t.entry.id === entry.id,
      );
      const body = file?.entry.frontmatter.body.trim() ?? '';
      const shown = translateCompetency(
        source,
        file && { data: CompetencyTranslationSchema.parse(file.entry.frontmatter.data), body: body !== '' },
      );
      const heading = firstHeading(body !== '' ? body : entry.frontmatter.body);
      expected.push({ lang, slug: entry.id, shown, heading });
    }
  }
});

describe('competency pages in a translated language', () => {
  test('returns the translation title, summary and body, else the English ones marked lang="en"', () => {
    expect(expected.length).toBeGreaterThan(0);
    for (const { lang, slug, shown, heading } of expected) {
      const page = site.pages.get(`${lang}/competencies/${slug}/index.html`);
      if (page === undefined) throw new Error(`no page ${lang}/competencies/${slug}/`);
      const english = untranslatedOf(shown);
      const isEnglish = (field: string) =>
        english !== undefined && (english.whole || english.english.some((e) => e.field === field));
      const h1 = element(page, /<h1\b/, 'h1') ?? '';
      const lead = element(page, /<p class="lead"/, 'p') ?? '';
      const story = /<div class="prose story"[^>]*>/.exec(page)?.[0] ?? '';

      expect(textOf(h1), `${lang} ${slug}`).toContain(shown.data.title);
      expect(textOf(lead), `${lang} ${slug}`).toBe(shown.data.summary);
      expect(textOf(page), `${lang} ${slug}`).toContain(heading);
      expect(h1.includes('lang="en"'), `${lang} ${slug} title`).toBe(isEnglish('title'));
      expect(lead.includes('lang="en"'), `${lang} ${slug} summary`).toBe(isEnglish('summary'));
      expect(story.includes('lang="en"'), `${lang} ${slug} body`).toBe(isEnglish('body'));
    }
  });

  test('returns the notice, in the page language, exactly where some of the content is shown in English', () => {
    for (const { lang, slug, shown } of expected) {
      const page = site.pages.get(`${lang}/competencies/${slug}/index.html`) ?? '';
      const english = untranslatedOf(shown);
      const notice = element(page, /<p class="untranslated"/, 'p');
      const t = translator(lang);

      if (english === undefined) expect(notice, `${lang} ${slug}`).toBeUndefined();
      else {
        const [said, unsaid] = english.whole
          ? (['untranslated.page', 'untranslated.parts'] as const)
          : (['untranslated.parts', 'untranslated.page'] as const);
        expect(textOf(notice ?? ''), `${lang} ${slug}`).toContain(t(said));
        expect(textOf(notice ?? ''), `${lang} ${slug}`).not.toContain(t(unsaid));
      }
    }
  });

  test('returns no notice and no lang mark in the main content of an English page', () => {
    const pages = [...site.pages].filter(([path]) => /^competencies\/[^/]+\/index\.html$/.test(path));

    expect(pages.length).toBeGreaterThan(0);
    for (const [path, html] of pages) {
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
      expect(main, path).not.toContain('class="untranslated"');
      expect(main, path).not.toMatch(/\blang="/);
    }
  });
});
