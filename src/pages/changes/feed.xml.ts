import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { withBase } from '../../util/base-path.ts';
import { atomFeed, changeEntries } from '../../views/changes.ts';
import { toRules } from '../../domain/rules.ts';

/** The change log as an Atom feed at /changes/feed.xml, with absolute URLs from the `site` setting. */
export const GET: APIRoute = async ({ site }) => {
  if (site === undefined) throw new Error('astro.config.mjs: set `site` so the feed can use absolute URLs.');
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => new URL(withBase(base, path), site).href;
  const rules = (await getCollection('competencies')).map(toRules);
  const body = atomFeed(changeEntries(rules), {
    feedUrl: url('/changes/feed.xml'),
    pageUrl: url('/changes/'),
    competencyUrl: (slug) => url(`/competencies/${slug}/`),
    title: 'Competency Catalogue: rule changes',
    subtitle: 'Changes to the competency rules of the Partner Program, newest first.',
    author: 'Competency Catalogue',
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
