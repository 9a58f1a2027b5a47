import type { APIRoute } from 'astro';
import { rulesFileJson } from '../../persistence/portfolio-rules.ts';
import { siteData } from '../../site-data.ts';
import { sortCompetencies } from '../../views/catalogue.ts';

// The portfolio's rules file (src/persistence/portfolio-rules.ts).
export const GET: APIRoute = async () =>
  new Response(rulesFileJson(sortCompetencies((await siteData()).rules)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
