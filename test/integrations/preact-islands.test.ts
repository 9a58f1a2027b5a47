import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@astrojs/preact';
import { getRenderer } from '@astrojs/preact/container-renderer';
import type { AstroIntegration } from 'astro';
import { describe, expect, test } from 'vitest';
import preactIslands from '../../src/integrations/preact-islands.ts';

type Setup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;
interface Plugin {
  name: string;
  resolveId: unknown;
  load: unknown;
  transform?: unknown;
}
interface Captured {
  renderers: { name: string; clientEntrypoint?: string; serverEntrypoint: string }[];
  plugins: Plugin[];
  integrations: AstroIntegration[];
  jsx?: { runtime?: string; pragma?: string; pragmaFrag?: string } | undefined;
}

const OPTIONS_ID = 'astro:preact:opts';
const include = [/\.tsx$/];

/** Runs an integration's config:setup for a command and keeps what it hands Astro. */
async function setUp(integration: AstroIntegration, command: 'build' | 'dev'): Promise<Captured> {
  const captured: Captured = { renderers: [], plugins: [], integrations: [] };
  const setup = integration.hooks['astro:config:setup'] as Setup;
  await setup({
    command,
    addRenderer: (renderer: Captured['renderers'][number]) => captured.renderers.push(renderer),
    updateConfig: (config: {
      vite?: { plugins?: Plugin[]; oxc?: { jsx?: Captured['jsx'] } };
      integrations?: AstroIntegration[];
    }) => {
      captured.jsx ??= config.vite?.oxc?.jsx;
      // A preset may hand Vite a list of plugins in place of one.
      captured.plugins.push(
        ...((config.vite?.plugins ?? []) as unknown[]).flat(Infinity).map((p) => p as Plugin),
      );
      captured.integrations.push(...(config.integrations ?? []));
    },
    injectScript: () => {},
  } as unknown as Parameters<Setup>[0]);
  return captured;
}

/** Calls a Vite hook given as a function or as `{ filter, handler }`, as Vite does. */
function call(hook: unknown, id: string): unknown {
  const fn = typeof hook === 'function' ? hook : (hook as { handler: (id: string) => unknown }).handler;
  return (fn as (id: string) => unknown)(id);
}

/** The value a plugin's `astro:preact:opts` module exports. */
async function optionsModule(plugin: Plugin): Promise<unknown> {
  const resolved = call(plugin.resolveId, OPTIONS_ID) as string;
  const loaded = call(plugin.load, resolved) as string | { code: string };
  const code = typeof loaded === 'string' ? loaded : loaded.code;
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return module.default;
}

// A build takes two parts of @astrojs/preact without the integration (preact-islands.ts): its server
// renderer and the options module that renderer imports. These tests pin both to @astrojs/preact's own, so a
// release that changes either fails here.
describe('preactIslands in a build', () => {
  test("adds @astrojs/preact's server renderer, with the site's island client", async () => {
    const { renderers, integrations } = await setUp(preactIslands({ include }), 'build');

    expect(integrations).toEqual([]);
    expect(renderers).toHaveLength(1);
    const [renderer] = renderers;
    const { clientEntrypoint: _client, ...server } = getRenderer(false);
    expect(renderer).toMatchObject(server);
    expect(renderer?.clientEntrypoint).toMatch(/\/src\/islands\/shared\/island-client\.ts$/);
  });

  test("serves the options module @astrojs/preact's server renderer imports, with its content", async () => {
    const server = readFileSync(fileURLToPath(import.meta.resolve('@astrojs/preact/server.js')), 'utf8');
    expect(server).toContain(`from "${OPTIONS_ID}"`);

    const [ours] = (await setUp(preactIslands({ include }), 'build')).plugins;
    const theirs = (await setUp(preact({ include }), 'build')).plugins.find((p) => p.name.endsWith(':opts'));
    if (!ours || !theirs) throw new Error('an options plugin is missing');

    expect(await optionsModule(ours)).toEqual(await optionsModule(theirs));
  });

  test("compiles the islands' JSX to Preact's h(), which only island modules import, after their own imports", async () => {
    const { plugins, jsx } = await setUp(preactIslands({ include }), 'build');
    const factory = plugins.find((p) => p.name === 'preact-islands:jsx-factory');
    const transform = (code: string, id: string) =>
      (factory?.transform as (code: string, id: string) => { code: string } | undefined)(code, id);
    const island = "import '../../styles/assessment.css';\nexport const A = () => <p />;";

    expect(jsx).toMatchObject({ runtime: 'classic' });
    expect(transform(island, '/site/src/islands/a/A.tsx')?.code).toBe(
      `${island}\nimport { h as ${jsx?.pragma}, Fragment as ${jsx?.pragmaFrag} } from 'preact';`,
    );
    expect(transform('export const x = 1;', '/site/src/islands/shared/island-client.ts')).toBeUndefined();
  });
});

describe('preactIslands in astro dev', () => {
  test('adds @astrojs/preact whole', async () => {
    const { renderers, integrations } = await setUp(preactIslands({ include }), 'dev');

    expect(renderers).toEqual([]);
    expect(integrations.map((i) => i.name)).toEqual(['@astrojs/preact']);
  });
});
