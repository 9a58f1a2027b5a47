import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';

/** One content file read from disk, before validation. */
export interface RawEntry {
  /** The file name without `.mdx`, as Astro's glob loader names entries. */
  id: string;
  /** Path relative to the working directory, for messages. */
  file: string;
  source: string;
  frontmatter: ParsedFrontmatter;
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
        file: relative(process.cwd(), path),
        source,
        frontmatter: parseFrontmatter(source),
      };
    }),
  );
}
