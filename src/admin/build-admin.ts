/**
 * Everything /admin/ serves, built in Node from the project's own modules: the page, the configuration
 * generated from the schemas, the content snapshot for the check, the project's script (bundled with
 * esbuild), and Decap's prebuilt bundle copied from node_modules.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { repository } from '../site.config.ts';
import { contentRoot } from '../content-check/load.ts';
import { adminCsp, backendOrigins } from './csp.ts';
import { decapConfig, type AdminBackend } from './decap-config.ts';
import { readHints } from './schema-hints.ts';
import { adminPage } from './page.ts';
import { readSnapshot } from './read-snapshot.ts';

const here = dirname(fileURLToPath(import.meta.url));

/** decap-server's address; DECAP_SERVER_PORT moves it off its default port. */
export function localBackendUrl(env: NodeJS.ProcessEnv = process.env): string {
  return `http://localhost:${env['DECAP_SERVER_PORT'] ?? '8081'}/api/v1`;
}

/**
 * The backend: decap-server while developing, a git host in a build. ADMIN_BACKEND (github, gitlab or
 * gitea), ADMIN_REPO (owner/name, by default from REPO_URL), ADMIN_BRANCH, ADMIN_BASE_URL (the OAuth
 * endpoint) and ADMIN_API_ROOT (a self-hosted API) choose the host.
 */
export function adminBackend(command: 'dev' | 'build', env: NodeJS.ProcessEnv = process.env): AdminBackend {
  const name = env['ADMIN_BACKEND'] ?? (command === 'dev' ? 'local' : 'github');
  if (name === 'local') return { name };
  if (name !== 'github' && name !== 'gitlab' && name !== 'gitea') {
    throw new Error(`ADMIN_BACKEND=${name}: expected local, github, gitlab or gitea`);
  }
  const repo = env['ADMIN_REPO'] ?? new URL(repository.repoUrl).pathname.replace(/^\/|\.git$/g, '');
  const backend: AdminBackend = { name, repo, branch: env['ADMIN_BRANCH'] ?? repository.branch };
  if (env['ADMIN_BASE_URL']) backend.baseUrl = env['ADMIN_BASE_URL'];
  if (env['ADMIN_API_ROOT']) backend.apiRoot = env['ADMIN_API_ROOT'];
  return backend;
}

/** The directory of Decap's prebuilt bundle. */
export function decapDist(): string {
  return join(dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');
}

/** Decap's files the page loads: the bundle, its lazily loaded chunks and WebAssembly, not source maps. */
export async function decapFiles(): Promise<string[]> {
  const names = await readdir(decapDist());
  return names.filter((n) => /(^|\.)decap-cms\.js$|\.wasm$|LICENSE/.test(n) && !n.startsWith('cms.'));
}

/** The site's CSS for the preview: the global styles and the requirement matrix's own. */
async function previewCss(): Promise<string> {
  const global = await readFile(resolve(here, '../styles/global.css'), 'utf8');
  const matrix = await readFile(resolve(here, '../components/RequirementMatrix.astro'), 'utf8');
  const scoped = /<style>([\s\S]*?)<\/style>/.exec(matrix)?.[1] ?? '';
  // The preview pane has no page around it; give the text the margin a page would.
  return `${global}\n${scoped}\n.admin-preview { padding: 1rem 1.5rem; }`;
}

/** The project's admin script: format, check, preview and start-up, in one file. */
export async function bundleScript(minify: boolean): Promise<string> {
  const result = await build({
    entryPoints: [resolve(here, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify,
    write: false,
    legalComments: 'none',
    define: { __PREVIEW_CSS__: JSON.stringify(await previewCss()) },
  });
  return result.outputFiles[0]?.text ?? '';
}

/** What the text files of /admin/ are built from. */
export interface AdminOptions {
  command: 'dev' | 'build';
  base: string;
  env?: NodeJS.ProcessEnv;
}

/** The text files of /admin/, each built when asked for. */
export const ADMIN_FILES: Readonly<Record<string, (options: AdminOptions) => string | Promise<string>>> = {
  'index.html': ({ command, base, env = process.env }) => {
    const backend = adminBackend(command, env);
    return adminPage(adminCsp(backendOrigins(backend, localBackendUrl(env))), base);
  },
  'config.yml': async ({ command, base, env = process.env }) => {
    const config = decapConfig({
      backend: adminBackend(command, env),
      base,
      contentFolder: basename(resolve(contentRoot(env))),
      localBackendUrl: localBackendUrl(env),
      hints: await readHints(),
    });
    return `# Generated from src/schemas by src/admin/decap-config.ts; do not edit.\n${stringify(config, { lineWidth: 0 })}`;
  },
  'content.json': async ({ env = process.env }) => JSON.stringify(await readSnapshot(contentRoot(env))),
  'admin.js': async ({ command }) => bundleScript(command === 'build'),
};
