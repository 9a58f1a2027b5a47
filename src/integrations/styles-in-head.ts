import type { AstroIntegration } from 'astro';

// What the scan steps over whole, so that a `<style>` inside it stays where it is: comments, the raw text of
// scripts and text areas, inert templates, and SVG or MathML (whose `<style>` is another namespace's and
// belongs there). Nesting is not tracked: the first closing tag ends the element, which holds for what
// Astro and Preact write.
const SKIPPED = /<!--[\s\S]*?-->|<(script|textarea|template|svg|math)(?=[\s/>])[^>]*>[\s\S]*?<\/\1\s*>/
  .source;
const STYLE = /<style(?=[\s/>])[^>]*>[\s\S]*?<\/style\s*>/.source;
const TOKENS = new RegExp(`${SKIPPED}|(${STYLE})`, 'gi');

/**
 * Moves every HTML `<style>` element of the body to the end of the head, in document order. The W3C Nu HTML
 * Checker accepts a `<style>` in the body only as the first child of its parent, and Astro writes its island
 * style (`astro-island,astro-slot,astro-static-slot{display:contents}`) just before the first island. The
 * cascade is unchanged (the styles still follow the head's stylesheets, in the same order; the body holds no
 * `<link rel="stylesheet">`), and so is each element's text, so its Content-Security-Policy hash still
 * matches. A page without a body style, or without
 * a `</head>`, is returned as it is.
 */
export function moveBodyStylesToHead(html: string): string {
  const headEnd = html.search(/<\/head\s*>/i);
  if (headEnd === -1) return html;

  const styles: string[] = [];
  const rest = html.slice(headEnd).replace(TOKENS, (token: string, _skippedTag?: string, style?: string) => {
    if (style === undefined) return token;
    styles.push(style);
    return '';
  });
  if (styles.length === 0) return html;
  return html.slice(0, headEnd) + styles.join('') + rest;
}

/** How many pages had their styles moved, shared with the middleware, which Vite bundles on its own. */
export const MOVED_COUNT = Symbol.for('competency-catalogue.styles-in-head.moved');

/**
 * While a build renders the pages, moves the `<style>` elements Astro wrote into a page's body to its head
 * (`moveBodyStylesToHead`, in styles-in-head-middleware.ts), so every page is valid HTML under the W3C Nu
 * HTML Checker. Doing it to each page as it is rendered spares the build a second pass that read and wrote
 * every page again. Astro has no setting for where its island style goes; in `astro dev` it stays in the body.
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
        logger.info(`moved body styles to the head on ${counter[MOVED_COUNT] ?? 0} page(s)`);
      },
    },
  };
}
