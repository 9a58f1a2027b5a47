import type { APIRoute } from 'astro';
import { portfolioRulesJson } from '../../site-data.ts';
import { DEFAULT_LANG } from '../../text/text.ts';

// The portfolio's rules file at RULES_FILE (src/persistence/portfolio-rules.ts), its words the source's.
export const GET: APIRoute = async () =>
  new Response(await portfolioRulesJson(DEFAULT_LANG), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
