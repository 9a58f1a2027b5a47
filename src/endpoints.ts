/**
 * The site's files that are not pages, in each language: Astro renders every page again in each other
 * language (astro.config.mjs, i18n), but not a file, so each has a route for the default language at its
 * address and one under src/pages/[lang]/ for the others, and both ask here.
 */
import { atomFeed, feedEntries } from './views/changes.ts';
import { siteData, sitePath } from './site-data.ts';
import { TRANSLATED_LANGS, translator, type Lang } from './text/text.ts';

/** The static paths of a file's route under src/pages/[lang]/: every language but the default. */
export function translatedLangPaths(): { params: { lang: Lang } }[] {
  return TRANSLATED_LANGS.map((lang) => ({ params: { lang } }));
}

/** The change log as an Atom feed in `lang`, with absolute URLs from the `site` setting. */
export async function changesFeed(lang: Lang, site: URL | undefined): Promise<Response> {
  if (site === undefined) throw new Error('astro.config.mjs: set `site` so the feed can use absolute URLs.');
  const url = (path: string) => new URL(sitePath(lang, path), site).href;
  const { rules } = await siteData(lang);
  const t = translator(lang);
  const body = atomFeed(t, feedEntries(rules), {
    feedUrl: url('/changes/feed.xml'),
    pageUrl: url('/changes/'),
    competencyUrl: (slug) => url(`/competencies/${slug}/`),
    title: t('feed.title'),
    subtitle: t('feed.subtitle'),
    author: t('site.name'),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
