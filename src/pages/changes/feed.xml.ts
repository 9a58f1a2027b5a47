import type { APIRoute } from 'astro';
import { atomFeed, feedEntries } from '../../views/changes.ts';
import { siteData, sitePath } from '../../site-data.ts';
import { langOf, translator } from '../../text/text.ts';

/** The change log as an Atom feed at /changes/feed.xml, with absolute URLs from the `site` setting. */
export const GET: APIRoute = async ({ site, currentLocale }) => {
  if (site === undefined) throw new Error('astro.config.mjs: set `site` so the feed can use absolute URLs.');
  const url = (path: string) => new URL(sitePath(path), site).href;
  const lang = langOf(currentLocale);
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
};
