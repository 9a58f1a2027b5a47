// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import process from 'node:process';
import admin from './src/admin/integration.ts';
import contentCheck from './src/integrations/content-check.ts';
import preactIslands from './src/integrations/preact-islands.ts';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import responseHeaders, { RESPONSE_HEADERS } from './src/integrations/response-headers.ts';
import stylesInHead from './src/integrations/styles-in-head.ts';
import translatedPages from './src/integrations/translated-pages.ts';
import { DEFAULT_LANG, LANGS } from './src/text/langs.ts';

const base = process.env.BASE_PATH ?? '/';
/** @type {string[]} The other languages' pages of routes with getStaticPaths (translated-pages.ts). */
const translatedPageUrls = [];

/**
 * What the partner record's page code shares with the other islands' lazy parts: the number reader and its
 * words, the storage gateway, days and the record's reader (no zod: the widget's lazy part loads that on its
 * own), and when to keep a snapshot with the note that says so. In one file of its own: in the island kit, the widget would load it up front; left to Rolldown, it
 * came in several files, and every file a lazy part may need adds its name to the widget's preload list, up
 * front (about 17 B each).
 */
const RECORD_KIT =
  /\/(domain\/read-number|domain\/number-words|persistence\/storage-gateway|text\/days|util\/dates|persistence\/record-storage|schemas\/record-schema|util\/canonical-json|util\/is-record|islands\/shared\/settle|islands\/shared\/snapshot-soon|islands\/shared\/KeptNote)\.tsx?$/;

/**
 * The code that both islands load up front (Preact, its hooks, Vite's preload helper and the island kit) goes
 * into one chunk. Left to Rolldown it came in three, and every extra file costs a page its own gzip header,
 * dictionary and import bindings: about 520 B of the widget's 15 kB budget. Only modules statically imported
 * from an entry (`$initial`) are grouped, so the lazy parts (more.tsx, tools.ts and what only they import)
 * stay out of it and load on demand as before.
 * @type {import('rolldown').CodeSplittingOptions}
 */
const sharedChunks = {
  groups: [
    {
      name: 'island-kit',
      tags: ['$initial'],
      minShareCount: 2,
      // Left to the pages that need them up front: a field with its help and evidence (the portfolio's first
      // view needs it, the widget's only its control), the designation's rules (the portfolio's first view
      // needs them, the widget only once its lazy part loads), and the portfolio's memoised rows (its grid
      // and its lazy part use them, the widget never), and the translator over the words a page hands an island
      // with the formats it writes figures in, and the filling of a text's placeholders with marked values and
      // their rendering (the portfolio's first view needs them, the widget only its lazy part), and the
      // portfolio's choice (the portfolio's and the partner record's first views need it); and the record kit.
      test: (id) =>
        !/\/(islands\/self-assessment\/AnswerInput\.tsx|domain\/designation\.ts|islands\/shared\/memo\.ts|text\/translate\.ts|text\/formats\.ts|text\/fill-parts\.ts|islands\/shared\/MarkedText\.tsx|persistence\/portfolio-choice\.ts)$/.test(
          id,
        ) && !RECORD_KIT.test(id),
    },
    { name: 'record-kit', minShareCount: 2, test: RECORD_KIT },
    {
      // What the portfolio's first view needs beside the kit, which the widget's lazy part and the partner
      // record's page also use: one file for all of them. Left to Rolldown, each set of islands sharing some
      // of it got a file of its own, and every file a lazy part may need adds its name to the widget's
      // preload list, up front (about 17 B each). The memoised rows' helper comes too: in a file of its own,
      // the portfolio paid 129 B more up front for it than in this one.
      name: 'text-parts',
      tags: ['$initial'],
      test: /\/(islands\/self-assessment\/AnswerInput\.tsx|domain\/designation\.ts|text\/translate\.ts|text\/formats\.ts|text\/fill-parts\.ts|islands\/shared\/MarkedText\.tsx|persistence\/portfolio-choice\.ts|islands\/shared\/memo\.ts)$/,
    },
  ],
};

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://competencies.example.com',
  base,
  trailingSlash: 'always',
  // English at today's addresses, each other language under its own prefix (/de/, /ja/). Every page is
  // written once: Astro renders it again for each other language, where `Astro.currentLocale` names the
  // language, and the page takes its words and its content's translation in that language.
  i18n: {
    locales: [...LANGS],
    defaultLocale: DEFAULT_LANG,
    fallback: Object.fromEntries(LANGS.filter((l) => l !== DEFAULT_LANG).map((l) => [l, DEFAULT_LANG])),
    routing: { prefixDefaultLocale: false, fallbackType: 'rewrite' },
  },
  integrations: [
    contentCheck(),
    mdx(),
    // Only the islands are Preact. Without `include`, dev sends every .ts file in src/ through Babel too,
    // which has nothing to do there. A build gets the renderer without Babel (preact-islands.ts).
    preactIslands({ include: [/\.tsx$/] }),
    // The catalogue's filter pages are views of /competencies/, which they name as canonical.
    // Each page lists its pages in the other languages (xhtml:link alternates), all of them included.
    translatedPages(translatedPageUrls),
    sitemap({
      filter: (page) => !new URL(page).pathname.includes('/competencies/for/'),
      i18n: { defaultLocale: DEFAULT_LANG, locales: Object.fromEntries(LANGS.map((l) => [l, l])) },
      customPages: translatedPageUrls,
    }),
    // Astro writes its island style into the body, where the W3C Nu HTML Checker refuses it.
    stylesInHead(),
    // The content editor at /admin/: always in `astro dev`, in a build only with ADMIN=1 (README).
    admin({ enabled: process.env.ADMIN === '1' }),
    // dist/_headers, for static hosts that read it (README, Deploying).
    responseHeaders(),
  ],
  // `astro dev` and `astro preview` (npm start) send the headers a <meta> policy cannot: no framing.
  server: { port: 4321, host: 'localhost', headers: RESPONSE_HEADERS },
  devToolbar: { enabled: false },
  vite: {
    // Only the browser build: the server's chunks are never downloaded.
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: sharedChunks } } } } },
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  },
  // Pages render independently; rendering a few at once overlaps their waits (about 10% off the render
  // phase at 1,000 competencies, see docs/benchmarks.md).
  build: { concurrency: 4 },
  markdown: {
    // Bodies link to "/program/" as editors see it; under a BASE_PATH the built links carry the base.
    processor: satteri({ mdastPlugins: [baseLinksPlugin(base)] }),
    // Shiki colours code with inline style attributes, which the Content-Security-Policy blocks.
    syntaxHighlight: false,
  },
  security: {
    // Astro hashes every script and style it emits into a <meta http-equiv> policy on each page, so no
    // 'unsafe-inline' is needed. frame-ancestors cannot be set from a <meta>: it is a header
    // (src/integrations/response-headers.ts).
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
