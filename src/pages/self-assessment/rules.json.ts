import type { APIRoute } from 'astro';
import { portfolioRulesJson } from '../../site-data.ts';

// The portfolio's rules file at RULES_FILE (src/persistence/portfolio-rules.ts).
export const GET: APIRoute = async () =>
  new Response(await portfolioRulesJson(), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
