import type { APIRoute } from 'astro';
import { siteData } from '../../site-data.ts';

// Every competency's catalogue title by slug, read by the self-assessment only when a message must name
// another competency (an imported file made for it). One file for the site, so no page grows with the
// catalogue.
export const GET: APIRoute = async () => {
  const { entries } = await siteData();
  const titles = Object.fromEntries(entries.map((e) => [e.id, e.data.title]));
  return new Response(JSON.stringify(titles), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
