import type { APIRoute } from 'astro';
import { atomFeed, feedEntries } from '../../views/changes.ts';
import { siteData, sitePath } from '../../site-data.ts';

/** The change log as an Atom feed at /changes/feed.xml, with absolute URLs from the `site` setting. */
export const GET: APIRoute = async ({ site }) => {
  if (site === undefined) throw new Error('astro.config.mjs: set `site` so the feed can use absolute URLs.');
  const url = (path: string) => new URL(sitePath(path), site).href;
  const { rules } = await siteData();
  const body = atomFeed(feedEntries(rules), {
    feedUrl: url('/changes/feed.xml'),
    pageUrl: url('/changes/'),
    competencyUrl: (slug) => url(`/competencies/${slug}/`),
    title: 'Competency Catalogue: rule changes',
    subtitle: 'Example changes to this catalogue’s competency rules and the changes announced, newest first.',
    author: 'Competency Catalogue',
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
