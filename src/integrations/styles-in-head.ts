import type { AstroIntegration } from 'astro';

/**
 * The style Astro writes just before a page's first island. Astro has no setting for where it goes, and the
 * W3C Nu HTML Checker and html-validate refuse a `<style>` in the body. test/integrations/styles-in-head.test.ts
 * pins it to Astro's own text.
 */
export const ISLAND_STYLE = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

const STYLE_BYTES = Buffer.from(ISLAND_STYLE);
const HEAD_END = Buffer.from('</head>');

/**
 * Moves Astro's island style from the body to the end of the head. It works on the page's bytes, with no
 * decoding, no pattern and no second encoding, so it costs a copy of the page. The cascade is unchanged (the
 * style still follows the head's stylesheets; the body holds no `<link rel="stylesheet">`), and so is its
 * text, so its Content-Security-Policy hash still matches. A page without the style, or without a `</head>`,
 * is returned as it is (the same object).
 */
export function moveIslandStyleToHead(page: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const bytes = Buffer.from(page.buffer, page.byteOffset, page.byteLength);
  const headEnd = bytes.indexOf(HEAD_END);
  if (headEnd === -1) return page;
  let at = bytes.indexOf(STYLE_BYTES, headEnd);
  if (at === -1) return page;

  const styles: Buffer[] = [];
  const rest: Buffer[] = [];
  let from = headEnd;
  while (at !== -1) {
    styles.push(STYLE_BYTES);
    rest.push(bytes.subarray(from, at));
    from = at + STYLE_BYTES.length;
    at = bytes.indexOf(STYLE_BYTES, from);
  }
  rest.push(bytes.subarray(from));
  return Buffer.concat([bytes.subarray(0, headEnd), ...styles, ...rest], bytes.length);
}

/** How many pages had their island style moved, shared with the middleware, which Vite bundles on its own. */
export const MOVED_COUNT = Symbol.for('competency-catalogue.styles-in-head.moved');

/**
 * While a build renders the pages, moves the island style Astro wrote into a page's body to its head
 * (`moveIslandStyleToHead`, in styles-in-head-middleware.ts), so every page is valid HTML under the W3C Nu
 * HTML Checker and html-validate. Doing it to each page as it is rendered spares the build a second pass that
 * read and wrote every page again. In `astro dev` the style stays in the body.
 */
export default function stylesInHead(): AstroIntegration {
  const counter = globalThis as { [MOVED_COUNT]?: number };
  return {
    name: 'styles-in-head',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'build') return;
        counter[MOVED_COUNT] = 0;
        addMiddleware({
          entrypoint: new URL('./styles-in-head-middleware.ts', import.meta.url),
          order: 'post',
        });
      },
      'astro:build:done': ({ logger }) => {
        logger.info(`moved the island style to the head on ${counter[MOVED_COUNT] ?? 0} page(s)`);
      },
    },
  };
}
