/**
 * A build of the site made for a test, with its own build options, served from its own folder: for what only
 * a build can change (RULES_DATE, for instance). Served as a static host would, with the site's response
 * headers left out (each page carries its own Content-Security-Policy).
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Builds the site into `outDir` with `env` added to the environment (no search index); throws on failure. */
export function buildSite(outDir: string, env: Readonly<Record<string, string>>): void {
  const run = spawnSync(
    process.execPath,
    ['--max-old-space-size=1024', 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir],
    { env: { ...process.env, ...env }, encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout}\n${run.stderr}`);
}

/** A built site served on a free port of localhost, until `close` is called. */
export interface ServedSite {
  origin: string;
  close: () => Promise<void>;
}

/** Serves the folder `root`: a path ending in "/" is its index.html; an unknown path is a 404. */
export async function serveSite(root: string): Promise<ServedSite> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = join(root, normalize(path.endsWith('/') ? `${path}index.html` : path));
    readFile(file).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        response.end(body);
      },
      () => {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end('Not found');
      },
    );
  });
  await new Promise<void>((done) => server.listen(0, 'localhost', done));
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
