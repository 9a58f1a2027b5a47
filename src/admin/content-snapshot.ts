/**
 * The content the browser-side check compares an edit with: every file's text and the rules lock, as the
 * content check reads them from disk. Shapes only; src/admin/read-snapshot.ts reads it in Node.
 */

/** The collections of the content check's input, by the names src/content.config.ts gives them. */
export const SNAPSHOT_COLLECTIONS = [
  'competencies',
  'levels',
  'businessModels',
  'regions',
  'tiers',
  'profiles',
] as const;

/** A collection name, e.g. "businessModels". */
export type SnapshotCollection = (typeof SNAPSHOT_COLLECTIONS)[number];

/** One content file: its id (the file name without `.mdx`), its path as messages show it, and its text. */
export interface SnapshotFile {
  id: string;
  file: string;
  source: string;
}

/** All content files and the rules lock, as JSON (served at /admin/content.json). */
export interface ContentSnapshot {
  /** The content directory as messages show it, e.g. "content". */
  root: string;
  files: Record<SnapshotCollection, SnapshotFile[]>;
  /** The rules lock's text, or null when there is none. */
  lockText: string | null;
}
