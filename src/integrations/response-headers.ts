import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * The response headers every page and file of the site should be served with. A `<meta>` policy cannot say
 * `frame-ancestors`, so refusing to be framed by another website (where a click can be someone else's
 * trick) takes a header; `X-Frame-Options` says the same to browsers that predate it. The policy holds no
 * `default-src`, `script-src` or `style-src`: a browser enforces it together with each page's `<meta>`
 * policy, and without the page's hashes those would block its scripts and styles. `npm start` and
 * `npm run dev` send these (`server.headers` in astro.config.mjs); `headersFile` writes them for static
 * hosts.
 */
export const RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** What only the published site sends: HTTPS only. */
const PUBLISHED_HEADERS: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=31536000',
};
/** Files in `_astro/` have content hashes in their names and never change. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The `_headers` file of Netlify and Cloudflare Pages for a site under `base`: every path gets the response
 * headers, and the hashed files in `_astro/` are cached for a year. Both hosts join the values of a header
 * that two matching rules set, so `Cache-Control` is set once, and everything else keeps the hosts' own
 * default (revalidate every time).
 */
export function headersFile(base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const lines = (headers: Readonly<Record<string, string>>) =>
    Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return [
    `${root}*`,
    ...lines({ ...RESPONSE_HEADERS, ...PUBLISHED_HEADERS }),
    '',
    `${root}_astro/*`,
    ...lines({ 'Cache-Control': IMMUTABLE }),
    '',
  ].join('\n');
}

/** Writes `_headers` (headersFile) into the build, for hosts that read it; others take README's equivalents. */
export default function responseHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'response-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
