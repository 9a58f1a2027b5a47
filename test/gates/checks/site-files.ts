/**
 * Maps between the files of a static build (paths relative to dist/, with forward slashes) and the URLs they
 * are served at, honouring Astro's `base` setting.
 */

// Any origin will do: URLs are only resolved to compare their paths.
const ORIGIN = 'http://site.invalid';

/** Returns `base` with exactly one leading and one trailing slash, e.g. "docs" -> "/docs/". */
export function normalizeBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The URL path a built file is served at, e.g. "competencies/archiving/index.html" -> "/competencies/archiving/". */
export function urlPathOf(file: string, base = '/'): string {
  const path =
    file.endsWith('index.html') && (file === 'index.html' || file.endsWith('/index.html'))
      ? file.slice(0, -'index.html'.length)
      : file;
  return normalizeBase(base) + path;
}

/** A reference from a page, resolved against the page's URL. */
export interface ResolvedRef {
  /** True for references that leave the site: another scheme or another host. */
  external: boolean;
  /** Decoded URL path, e.g. "/competencies/archiving/". */
  pathname: string;
  /** Decoded fragment without the "#", or "" when there is none. */
  fragment: string;
}

/** Resolves `ref` (an href or src) as a browser would on the page served at `fromPath`. */
export function resolveRef(ref: string, fromPath: string): ResolvedRef {
  let url: URL;
  try {
    url = new URL(ref.trim(), ORIGIN + fromPath);
  } catch {
    return { external: false, pathname: '', fragment: '' };
  }
  const external = url.origin !== ORIGIN;
  return { external, pathname: safeDecode(url.pathname), fragment: safeDecode(url.hash.slice(1)) };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The dist-relative file a URL path maps to ("/a/" -> "a/index.html"), or undefined when outside `base`. */
export function fileOf(pathname: string, base = '/'): string | undefined {
  const prefix = normalizeBase(base);
  if (!pathname.startsWith(prefix)) return undefined;
  const rest = pathname.slice(prefix.length);
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}
