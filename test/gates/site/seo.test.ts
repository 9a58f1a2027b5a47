import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSeo, indexableUrls, sitemapLocations } from '../checks/seo.ts';
import { normalizeBase } from '../checks/site-files.ts';
import { BASE, DIST, readSite, SITE } from './dist.ts';

const sitemapIndexUrl = new URL(`${normalizeBase(BASE)}sitemap-index.xml`, SITE).href;
const read = (file: string) => readFileSync(join(DIST, file), 'utf8');

describe('page metadata in dist/', () => {
  test('returns every page with a unique title and description, canonical, Open Graph, favicon and lang', () => {
    const { pages } = readSite();

    const problems = checkSeo({ pages, site: SITE, base: BASE });

    expect(problems.map((p) => `${p.page} ${p.problem}`).join('\n')).toBe('');
  });
});

describe('robots.txt and sitemap in dist/', () => {
  test('returns a robots.txt that points to the sitemap index at the configured site', () => {
    const robots = read('robots.txt');

    expect(robots).toContain(`Sitemap: ${sitemapIndexUrl}`);
  });

  test('returns a sitemap listing exactly the indexable pages', () => {
    const { pages } = readSite();
    const index = sitemapLocations(read('sitemap-index.xml'));
    const prefix = new URL(normalizeBase(BASE), SITE).href;

    const listed = index.flatMap((url) => sitemapLocations(read(url.slice(prefix.length)))).sort();

    expect(listed).toEqual(indexableUrls(pages, SITE, BASE));
  });
});
