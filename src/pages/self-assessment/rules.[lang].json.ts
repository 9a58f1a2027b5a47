import type { APIRoute, GetStaticPaths } from 'astro';
import { portfolioRulesJson } from '../../site-data.ts';
import { langOf, TRANSLATED_LANGS } from '../../text/text.ts';

// The portfolio's rules file with the words of each translated language, at rulesFile(lang)
// (src/persistence/portfolio-rules.ts): the same rules and hashes as RULES_FILE.
export const getStaticPaths = (() =>
  TRANSLATED_LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(await portfolioRulesJson(langOf(params['lang'])), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
