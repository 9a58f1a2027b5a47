// @ts-check
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://competencies.example.com',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  integrations: [contentCheck(), mdx(), preact()],
  server: { port: 4321, host: 'localhost' },
  devToolbar: { enabled: false },
});
