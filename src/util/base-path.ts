/**
 * The site's base path (Astro's `base`, from BASE_PATH; `import.meta.env.BASE_URL` in pages): every link the
 * site writes goes through here, base first, so a site served under "/catalogue/" links within it.
 */

/** Joins the base and a root-relative path with one slash between, e.g. ("/docs/", "/program/") -> "/docs/program/". */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * A link as an editor wrote it in content: a site-absolute path ("/program/") gets the base once, even when
 * it already starts with it; relative, protocol-relative and external URLs and fragments pass unchanged.
 */
export function linkWithBase(base: string, url: string): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || url === prefix || url.startsWith(`${prefix}/`)) return url;
  return `${prefix}${url}`;
}
