// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://competencies.example.com',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), preact(), sitemap()],
  server: { port: 4321, host: 'localhost' },
  devToolbar: { enabled: false },
  security: {
    // Astro hashes every script and style it emits into a <meta http-equiv> policy on each page, so no
    // 'unsafe-inline' is needed. frame-ancestors cannot be set from a <meta>: send it as a header (README).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
