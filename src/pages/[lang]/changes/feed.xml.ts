import type { APIRoute, GetStaticPaths } from 'astro';
import { changesFeed, translatedLangPaths } from '../../../endpoints.ts';
import type { Lang } from '../../../text/text.ts';

/** The change log's feed in each language but the default (src/pages/changes/feed.xml.ts). */
export const getStaticPaths = (() => translatedLangPaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => changesFeed(params['lang'] as Lang, site);
