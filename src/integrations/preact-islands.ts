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
 * (island-client.ts, which leaves out signals and slots); the JSX is Vite's own transform (oxc, set in
 * astro.config.mjs). So a build does not import the preset, and with it Babel, which was 0.3 s of every
 * build's start-up for a transform the build never ran.
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
        updateConfig({ vite: { plugins: [rendererOptions(options)] } });
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
