/**
 * The one door from the admin to the content check: every rule `npm run check` runs, on the content with
 * one file replaced by the text a save would write. Browser-safe: it takes the files as text (see
 * content-snapshot.ts) and never touches the disk.
 */
import { checkContent } from '../content-check/check.ts';
import { parseFrontmatter } from '../content-check/frontmatter.ts';
import { formatProblem } from '../content-check/report.ts';
import type { ContentInput, ContentProblem, RawEntry } from '../content-check/types.ts';
import { updateLock } from '../content-check/update-lock.ts';
import type { ContentSnapshot, SnapshotCollection, SnapshotFile } from './content-snapshot.ts';

export { formatProblem, type ContentProblem };

/** The file a save writes: its collection, its id (the file name without `.mdx`) and its new text. */
export interface EditedFile {
  collection: SnapshotCollection;
  id: string;
  source: string;
}

const toEntry = ({ id, file, source }: SnapshotFile): RawEntry => ({
  id,
  file,
  source,
  frontmatter: parseFrontmatter(source),
});

/** The path messages show for a file of a collection, e.g. "content/business-models/resell.mdx". */
function fileOf(snapshot: ContentSnapshot, edit: EditedFile): string {
  const existing = snapshot.files[edit.collection].find((f) => f.id === edit.id);
  const folder = edit.collection === 'businessModels' ? 'business-models' : edit.collection;
  return existing?.file ?? `${snapshot.root}/${folder}/${edit.id}.mdx`;
}

/**
 * The errors that must stop the save: those in the edited file, worded exactly as `npm run check` words
 * them. The rules lock is taken as `npm run content:lock` would write it next, because a form cannot run
 * that command: a raised version is accepted, a changed rule under an unchanged version is not.
 */
export function checkEdit(snapshot: ContentSnapshot, edit: EditedFile): ContentProblem[] {
  const file = fileOf(snapshot, edit);
  const replaced = { id: edit.id, file, source: edit.source };
  const collection = (name: SnapshotCollection): RawEntry[] => {
    const files = snapshot.files[name].filter((f) => !(name === edit.collection && f.id === edit.id));
    return (name === edit.collection ? [...files, replaced] : files).map(toEntry);
  };
  const input: ContentInput = {
    root: snapshot.root,
    competencies: collection('competencies'),
    levels: collection('levels'),
    businessModels: collection('businessModels'),
    regions: collection('regions'),
    tiers: collection('tiers'),
    lockText: snapshot.lockText ?? undefined,
  };
  const next = updateLock(input);
  const result = checkContent({ ...input, lockText: input.lockText === undefined ? undefined : next.text });
  return result.problems.filter((p) => p.file === file && p.severity === 'error');
}
