import { describe, expect, test } from 'vitest';
import { checkSeo, indexableUrls } from './checks/seo.ts';

const SITE = 'https://example.test';

function page(path: string, canonical: string, title: string): string {
  const url = `${SITE}${canonical}`;
  return `<!doctype html><html lang="en"><head><title>${title}</title>
<meta name="description" content="About ${title}"><link rel="canonical" href="${url}">
<link rel="icon" href="/favicon.svg"><meta property="og:title" content="${title}">
<meta property="og:description" content="About ${title}"><meta property="og:url" content="${url}">
</head><body><p>${path}</p></body></html>`;
}

describe('checkSeo with views of another page', () => {
  test('returns nothing for a view naming a self-canonical page as canonical, and leaves it out of the sitemap', () => {
    const pages = new Map([
      ['list/index.html', page('/list/', '/list/', 'List')],
      ['list/for/a/index.html', page('/list/for/a/', '/list/', 'List for A')],
    ]);

    expect(checkSeo({ pages, site: SITE })).toEqual([]);
    expect(indexableUrls(pages, SITE)).toEqual([`${SITE}/list/`]);
  });
});
