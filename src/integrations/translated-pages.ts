import { existsSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { localePath, TRANSLATED } from '../text/langs.ts';

/**
 * The addresses of the pages Astro renders in the other languages from a route with `getStaticPaths`
 * (/de/competencies/archiving/…), for the sitemap. Astro reports those pages neither to `astro:build:done`
 * nor as fallback routes the sitemap expands (withastro/astro#16839), so the sitemap would list
 * /de/program/ but not /de/competencies/archiving/, nor name it as the English page's alternate. Placed
 * before the sitemap in the integrations, this adds each page's built translations to `into`, the array
 * given to the sitemap as `customPages`, which it reads when the build is done.
 */
export default function translatedPages(into: string[]): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'translated-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site === undefined ? undefined : new URL(config.site);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ pages, dir }) => {
        if (site === undefined) return;
        for (const { pathname } of pages) {
          for (const lang of TRANSLATED) {
            const path = localePath(lang, `/${pathname}`).slice(1);
            if (existsSync(new URL(`${path}index.html`, dir)))
              into.push(new URL(`${base}${path}`, site).href);
          }
        }
      },
    },
  };
}
