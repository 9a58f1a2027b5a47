import type { APIRoute, GetStaticPaths } from 'astro';
import { islandWords, PACK_BOOK_WORDS } from '../../../text/island-text.ts';
import { DICTIONARIES, langOf } from '../../../text/text.ts';

// The evidence pack's words in each language the site speaks (src/persistence/pack-words.ts).
export const getStaticPaths = (() =>
  Object.keys(DICTIONARIES).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(islandWords(langOf(params['lang']), PACK_BOOK_WORDS)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
