import { experimental_AstroContainer as AstroContainer, type AstroContainerOptions } from 'astro/container';
import { describe, expect, test } from 'vitest';
import UntranslatedNotice from '../../src/components/UntranslatedNotice.astro';
import type { Untranslated } from '../../src/domain/translated.ts';

type Manifest = NonNullable<AstroContainerOptions['manifest']>;

/** A container that renders pages as the site's i18n routing does: English at the root, German under /de/. */
async function render(path: string, untranslated: readonly (Untranslated | undefined)[]): Promise<string> {
  const container = await AstroContainer.create({
    manifest: {
      i18n: {
        strategy: 'pathname-prefix-other-locales',
        locales: ['en', 'de', 'ja'],
        defaultLocale: 'en',
        fallback: { de: 'en', ja: 'en' },
        fallbackType: 'rewrite',
        domainLookupTable: {},
        domains: undefined,
      },
      // The container fills in the rest of a manifest; only its routing matters here.
    } as Partial<Manifest> as Manifest,
  });
  return container.renderToString(UntranslatedNotice, {
    props: { untranslated },
    request: new Request(`https://example.com${path}`),
  });
}

const whole: Untranslated = { whole: true, english: [] };
const part: Untranslated = { whole: false, english: [{ field: 'body', text: '' }] };

describe('UntranslatedNotice', () => {
  test('returns nothing when every entry of the page is translated', async () => {
    const html = await render('/de/competencies/archiving/', [undefined, undefined]);

    expect(html.trim()).toBe('');
  });

  test('says in the page language that the page is shown in English when nothing is translated', async () => {
    const html = await render('/de/competencies/archiving/', [whole]);

    expect(html).toContain('Diese Seite ist noch nicht übersetzt und wird deshalb auf Englisch angezeigt.');
    expect(html).toContain('role="note"');
  });

  test('says that parts are in English when a translation lacks some fields, or some entries have none', async () => {
    const ja = await render('/ja/competencies/', [part]);
    const de = await render('/de/competencies/', [whole, undefined]);

    expect(ja).toContain('このページの一部はまだ翻訳されていないため、英語で表示しています。');
    expect(de).toContain('Teile dieser Seite sind noch nicht übersetzt');
  });
});
