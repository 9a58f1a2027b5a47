import { readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseFrontmatter } from './frontmatter.ts';
import { RULES_LOCK_FILE } from './rules-lock.ts';
import { TRANSLATIONS_DIR } from '../schemas/translation.ts';
import type { ContentInput, RawEntry, TranslationFile } from './types.ts';

/** A path as messages show it: relative to the working directory, or absolute when it lies outside. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  if (rel === '') return '.';
  return (rel.startsWith('..') || isAbsolute(rel) ? resolve(path) : rel).replaceAll('\\', '/');
}

/** Reads every `.mdx` file under `dir` (recursively), sorted by path, for tools that run outside Astro. */
export async function readCollection(dir: string): Promise<RawEntry[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true })).filter((n) => n.endsWith('.mdx')).sort();
  } catch {
    return [];
  }
  return Promise.all(
    names.map(async (name) => {
      const path = join(dir, name);
      const source = await readFile(path, 'utf8');
      return {
        id: name.replace(/\.mdx$/, '').replaceAll('\\', '/'),
        file: shownPath(path),
        source,
        frontmatter: parseFrontmatter(source),
      };
    }),
  );
}

/** The content directory: CONTENT_DIR when set (as src/content.config.ts reads it), else ./content. */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  return env['CONTENT_DIR'] ?? './content';
}

/** Every collection of a content directory plus its rules lock, read from disk for the content check. */
export async function readContent(root: string): Promise<ContentInput> {
  const [competencies, levels, businessModels, regions, tiers, profiles, translated, lockText] =
    await Promise.all([
      readCollection(join(root, 'competencies')),
      readCollection(join(root, 'levels')),
      readCollection(join(root, 'business-models')),
      readCollection(join(root, 'regions')),
      readCollection(join(root, 'tiers')),
      readCollection(join(root, 'profiles')),
      readCollection(join(root, TRANSLATIONS_DIR)),
      readFile(join(root, RULES_LOCK_FILE), 'utf8').catch(() => undefined),
    ]);
  return {
    root: shownPath(root),
    competencies,
    levels,
    businessModels,
    regions,
    tiers,
    profiles,
    lockText,
    translations: translated.map(translationFile),
  };
}

/**
 * A file under translations/ by its folders, <language>/<collection>/<id>.mdx; a file elsewhere keeps what
 * its path gives (the check says where it belongs).
 */
export function translationFile(entry: RawEntry): TranslationFile {
  const parts = entry.id.split('/');
  const [lang = '', collection = '', ...rest] = parts.length >= 3 ? parts : ['', '', ...parts];
  return { lang, collection, entry: { ...entry, id: rest.join('/') } };
}
