import type { APIRoute } from 'astro';
import { withBase } from '../util/base-path.ts';

// Built from the `site` and `base` settings so the sitemap address follows SITE_URL and BASE_PATH.
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, '/sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
