import { contentRoot, readContent } from '../content-check/load.ts';
import { SNAPSHOT_COLLECTIONS, type ContentSnapshot } from './content-snapshot.ts';

/** Reads the content directory (CONTENT_DIR or ./content) into the snapshot the admin's check uses. */
export async function readSnapshot(root: string = contentRoot()): Promise<ContentSnapshot> {
  const input = await readContent(root);
  const files = Object.fromEntries(
    SNAPSHOT_COLLECTIONS.map((name) => [
      name,
      input[name].map(({ id, file, source }) => ({ id, file, source })),
    ]),
  ) as ContentSnapshot['files'];
  return { root: input.root, files, lockText: input.lockText ?? null };
}
