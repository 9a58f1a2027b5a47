import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { getRenderer } from '@astrojs/preact/container-renderer';

interface Options {
  /** The files Preact renders; the rest of src/ is left to Astro. */
  include: RegExp[];
}

/**
 * Preact for the islands. `astro dev` gets @astrojs/preact whole: its Vite preset brings Babel and Prefresh
 * for hot reloading and hook names. `astro build` gets only the two parts of it a build runs, the server
 * renderer and the module that tells the renderer which files are its own, with the site's own client
 * (island-client.ts, which leaves out signals and slots); the JSX is Vite's own transform (oxc), compiled
 * to calls of Preact's `h()` (jsxFactory below). So a build does not import the preset, and with it Babel,
 * which was 0.3 s of every build's start-up for a transform the build never ran.
 */
export default function preactIslands(options: Options): AstroIntegration {
  return {
    name: 'preact-islands',
    hooks: {
      'astro:config:setup': async ({ command, addRenderer, updateConfig }) => {
        if (command !== 'build') {
          const { default: preact } = await import('@astrojs/preact');
          updateConfig({ integrations: [preact(options)] });
          return;
        }
        addRenderer({ ...getRenderer(false), clientEntrypoint: ISLAND_CLIENT });
        updateConfig({
          vite: {
            oxc: { jsx: { runtime: 'classic', pragma: JSX_H, pragmaFrag: JSX_FRAGMENT } },
            plugins: [rendererOptions(options), jsxFactory(options)],
          },
        });
      },
    },
  };
}

// The client side of the renderer in a build (island-client.ts).
const ISLAND_CLIENT = fileURLToPath(new URL('../islands/shared/island-client.ts', import.meta.url));

// What @astrojs/preact's server renderer imports as `astro:preact:opts`.
const OPTIONS_ID = 'astro:preact:opts';

function rendererOptions({ include }: Options) {
  const resolved = `\0${OPTIONS_ID}`;
  return {
    name: 'preact-islands:options',
    resolveId: (id: string) => (id === OPTIONS_ID ? resolved : undefined),
    load: (id: string) =>
      id === resolved ? `export default { include: [${include.map(String).join(', ')}] };` : undefined,
  };
}

// The names the islands' compiled JSX calls Preact's h() and Fragment by, which no island's code uses.
const JSX_H = '__h';
const JSX_FRAGMENT = '__Fragment';

/**
 * Gives each island module Preact's `h()` and Fragment for its JSX, compiled to them in a build (the classic
 * runtime): `h('p', props, a, b)` is shorter than the automatic runtime's `jsx('p', { ...props, children:
 * [a, b] })` at every element, and the islands then load no JSX runtime beside `h()`, which Preact's core
 * holds anyway. About 200 B of gzip off each island's first load; the elements made are the same. Only the
 * island modules get the import: Vite's `jsxInject` would give it to every script of the site. It goes last,
 * so a module's own imports keep their order (and with them the order of the page's stylesheets). `astro dev`
 * keeps @astrojs/preact's automatic runtime.
 */
function jsxFactory({ include }: Options) {
  const factory = `\nimport { h as ${JSX_H}, Fragment as ${JSX_FRAGMENT} } from 'preact';`;
  return {
    name: 'preact-islands:jsx-factory',
    enforce: 'pre' as const,
    transform: (code: string, id: string) =>
      include.some((pattern) => pattern.test(id)) ? { code: code + factory, map: null } : undefined,
  };
}
