/**
 * Edit the content in a browser: `npm run edit`, then open http://localhost:4321/admin/.
 *
 * Starts decap-server (which reads and writes the content files for the form) and `astro dev` (the form
 * and the site's preview), and stops both when either stops or on Ctrl+C. CONTENT_DIR edits another
 * content directory; PORT moves the dev server, DECAP_SERVER_PORT moves decap-server off 8081.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { basename, dirname, resolve } from 'node:path';

const contentDir = resolve(process.env['CONTENT_DIR'] ?? 'content');
const port = process.env['PORT'] ?? '4321';
const decapPort = process.env['DECAP_SERVER_PORT'] ?? '8081';
const env = { ...process.env, CONTENT_DIR: contentDir, DECAP_SERVER_PORT: decapPort };

const children: ChildProcess[] = [
  // decap-server writes paths relative to its repository directory; config.yml names the content folder
  // inside it (src/admin/build-admin.ts), so it serves the content directory's parent.
  spawn(process.execPath, [resolve('node_modules/decap-server/dist/index.js')], {
    env: { ...env, PORT: decapPort, GIT_REPO_DIRECTORY: dirname(contentDir), MODE: 'fs' },
    stdio: 'inherit',
  }),
  spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', port], {
    env,
    stdio: 'inherit',
  }),
];

console.log(
  `Editing ${basename(contentDir)}/ at http://localhost:${port}/admin/ (decap-server on port ${decapPort})`,
);

let stopping = false;
function stop(code: number): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(0));
