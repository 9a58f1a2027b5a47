import type { APIRoute } from 'astro';
import { changesFeed } from '../../endpoints.ts';
import { DEFAULT_LANG } from '../../text/text.ts';

/** The change log as an Atom feed at /changes/feed.xml; in other languages at /de/changes/feed.xml… */
export const GET: APIRoute = ({ site }) => changesFeed(DEFAULT_LANG, site);
