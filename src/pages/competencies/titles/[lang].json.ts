import type { APIRoute, GetStaticPaths } from 'astro';
import { titlesJson } from '../../../persistence/catalogue-titles.ts';
import { siteData } from '../../../site-data.ts';
import { DICTIONARIES, langOf } from '../../../text/text.ts';

// The catalogue's titles in each language the site speaks (src/persistence/catalogue-titles.ts).
export const getStaticPaths = (() =>
  Object.keys(DICTIONARIES).map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { rules } = await siteData(langOf(params['lang']));
  return new Response(titlesJson(rules), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
