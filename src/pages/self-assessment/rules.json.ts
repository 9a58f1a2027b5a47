import type { APIRoute } from 'astro';
import { rulesHash } from '../../engine/hash.ts';
import type { PortfolioRules } from '../../persistence/portfolio-rules.ts';
import { siteData } from '../../site-data.ts';
import { sortCompetencies } from '../../views/catalogue.ts';

// The portfolio's rules file (src/persistence/portfolio-rules.ts).
export const GET: APIRoute = async () => {
  const rules = sortCompetencies((await siteData()).rules);
  const file: PortfolioRules = {
    rules,
    versions: Object.fromEntries(rules.map((c) => [c.slug, rulesHash(c)])),
  };
  return new Response(JSON.stringify(file), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
