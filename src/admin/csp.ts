/**
 * The admin page's own Content-Security-Policy. The site's policy (astro.config.mjs) allows no inline
 * style, no eval and no other origin; Decap CMS needs each of those, so the admin cannot live under it and
 * gets this policy instead, on its page only. Each source below says why it is there.
 */
export function adminCsp(connect: readonly string[]): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    // Decap validates its configuration with ajv, which compiles validators with new Function(); its
    // bundle also instantiates WebAssembly (the Markdown editor's parser).
    ['script-src', "'self'", "'unsafe-eval'", "'wasm-unsafe-eval'"],
    // Decap's React components are styled with emotion, which writes <style> elements at run time.
    ['style-src', "'self'", "'unsafe-inline'"],
    // Uploaded images are previewed from blob: URLs before they are saved; the site's images are data: too.
    ['img-src', "'self'", 'data:', 'blob:'],
    ['font-src', "'self'", 'data:'],
    // Saves go to decap-server (local editing) or to the git host's API; nothing else is contacted.
    ['connect-src', "'self'", ...connect],
    // The preview pane is an iframe of this page's origin.
    ['frame-src', "'self'", 'blob:'],
    ['worker-src', "'self'", 'blob:'],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  return directives.map((d) => d.join(' ')).join('; ');
}

/** The API origins a backend talks to, for connect-src. */
export function backendOrigins(
  backend: { name: string; baseUrl?: string; apiRoot?: string },
  localUrl: string,
): string[] {
  if (backend.name === 'local') return [new URL(localUrl).origin];
  const defaults: Record<string, string> = {
    github: 'https://api.github.com',
    gitlab: 'https://gitlab.com',
  };
  const urls = [backend.apiRoot ?? defaults[backend.name], backend.baseUrl].filter(
    (u): u is string => u !== undefined,
  );
  return [...new Set(urls.map((u) => new URL(u).origin))];
}
