import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The source files under `dir` (.ts, .tsx, .astro), recursively. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|astro)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * What a piece of code names of the dictionary: quoted dotted names (`'site.name'`, `"site.notice"`), and the
 * quoted heads of template literals that end a key's name at run time (`` `msg.storage.${what}` ``).
 */
export function namedKeys(code: string): { keys: Set<string>; heads: Set<string> } {
  const keys = new Set([...code.matchAll(/['"]([a-zA-Z]\w*(?:\.\w+)+)['"]/g)].map((m) => m[1] ?? ''));
  const heads = new Set([...code.matchAll(/`([a-zA-Z]\w*(?:\.\w+)*\.)\$\{/g)].map((m) => m[1] ?? ''));
  return { keys, heads };
}

/** Whether a dictionary key is named: as itself, as the base of a count, or by a template head and one more part. */
export function isNamed(key: string, named: { keys: Set<string>; heads: Set<string> }): boolean {
  const base = key.replace(/_(one|other)$/, '');
  if (named.keys.has(key) || named.keys.has(base)) return true;
  return [...named.heads].some((head) => key.startsWith(head) && !key.slice(head.length).includes('.'));
}
