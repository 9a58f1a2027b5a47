import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
};
const typeOf = (name: string) => TYPES[/\.[a-z]+$/.exec(name)?.[0] ?? ''] ?? 'application/octet-stream';

/**
 * The content editor at /admin/. In `astro dev` it is always there (built on each request, so it follows
 * the schemas and the content as they change). A build leaves it out unless ADMIN=1, and then writes it as
 * plain files after the pages, so it is never a page: not in the sitemap, not in the search index, and not
 * under the site's Content-Security-Policy (it carries its own, see src/admin/csp.ts).
 */
export default function admin(options: { enabled: boolean }): AstroIntegration {
  let base = '/';
  return {
    name: 'admin',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        if (command !== 'dev') return;
        const prefix = `${base}admin/`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'admin-dev',
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    // Every failure goes to next(), which answers the request; nothing waits for the promise.
                    void (async () => {
                      const path = (req.url ?? '').split('?')[0] ?? '';
                      if (path === `${base}admin`) {
                        res.writeHead(301, { location: prefix }).end();
                        return;
                      }
                      if (!path.startsWith(prefix)) return next();
                      const name = path.slice(prefix.length) || 'index.html';
                      try {
                        // Loaded through Vite, so a change to a schema or to the admin shows on the next request.
                        const { ADMIN_FILES, decapDist, decapFiles } = (await server.ssrLoadModule(
                          fileURLToPath(new URL('./build-admin.ts', import.meta.url)),
                        )) as typeof import('./build-admin.ts');
                        if (name.startsWith('decap/')) {
                          const file = name.slice('decap/'.length);
                          if (!(await decapFiles()).includes(file)) return next();
                          res.writeHead(200, { 'content-type': typeOf(file) });
                          res.end(await readFile(join(decapDist(), file)));
                          return;
                        }
                        const build = ADMIN_FILES[name];
                        if (build === undefined) return next();
                        const text = await build({ command: 'dev', base });
                        res.writeHead(200, { 'content-type': typeOf(name), 'cache-control': 'no-store' });
                        res.end(text);
                      } catch (error) {
                        next(error);
                      }
                    })();
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!options.enabled) return;
        const { ADMIN_FILES, decapDist, decapFiles } = await import('./build-admin.ts');
        const out = join(fileURLToPath(dir), 'admin');
        await mkdir(join(out, 'decap'), { recursive: true });
        for (const [name, build] of Object.entries(ADMIN_FILES)) {
          await writeFile(join(out, name), await build({ command: 'build', base }));
        }
        for (const name of await decapFiles())
          await copyFile(join(decapDist(), name), join(out, 'decap', name));
        logger.info(`wrote the content editor to ${out} (ADMIN=1)`);
      },
    },
  };
}
