// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

// Starlight as its starter sets it up, nothing switched off: the sidebar lists every page, Pagefind indexes
// them, Expressive Code handles code. The benchmark writes the pages into src/content/docs/ of a temporary
// copy of this folder.
export default defineConfig({
  site: 'https://bench.example.com',
  integrations: [starlight({ title: 'Benchmark peer' })],
});
