/**
 * The one door from the admin to the content check: every rule `npm run check` runs, on the content with
 * one file replaced by the text a save would write. Browser-safe: it takes the files as text (see
 * content-snapshot.ts) and never touches the disk.
 */
import { checkContent } from '../content-check/check.ts';
import { parseFrontmatter } from '../content-check/frontmatter.ts';
import { referenceEffects, type CompetencyEffect } from '../content-check/profile-effects.ts';
import { formatProblem } from '../content-check/report.ts';
import type { ContentInput, ContentProblem, RawEntry } from '../content-check/types.ts';
import { updateLock } from '../content-check/update-lock.ts';
import type { ContentSnapshot, SnapshotCollection, SnapshotFile } from './content-snapshot.ts';

export { formatProblem, type CompetencyEffect, type ContentProblem };

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

/** The content as it would be after the save: the snapshot with the edited file replaced (or added). */
function editedInput(snapshot: ContentSnapshot, edit: EditedFile): ContentInput {
  const file = fileOf(snapshot, edit);
  const replaced = { id: edit.id, file, source: edit.source };
  const collection = (name: SnapshotCollection): RawEntry[] => {
    const files = snapshot.files[name].filter((f) => !(name === edit.collection && f.id === edit.id));
    return (name === edit.collection ? [...files, replaced] : files).map(toEntry);
  };
  return {
    root: snapshot.root,
    competencies: collection('competencies'),
    levels: collection('levels'),
    businessModels: collection('businessModels'),
    regions: collection('regions'),
    tiers: collection('tiers'),
    profiles: collection('profiles'),
    lockText: snapshot.lockText ?? undefined,
  };
}

/**
 * The errors that must stop the save: those in the edited file, worded exactly as `npm run check` words
 * them. The rules lock is taken as `npm run content:lock` would write it next, because a form cannot run
 * that command: a raised version is accepted, a changed rule under an unchanged version is not.
 */
export function checkEdit(snapshot: ContentSnapshot, edit: EditedFile): ContentProblem[] {
  const file = fileOf(snapshot, edit);
  const input = editedInput(snapshot, edit);
  const next = updateLock(input);
  const result = checkContent({ ...input, lockText: input.lockText === undefined ? undefined : next.text });
  return result.problems.filter((p) => p.file === file && p.severity === 'error');
}

/**
 * What saving the edited competency does to the reference profiles, against the rules the lock records (the
 * table `npm run check` prints for it): one entry when its rules differ from the lock, else none.
 */
export function editEffects(snapshot: ContentSnapshot, edit: EditedFile): CompetencyEffect[] {
  if (edit.collection !== 'competencies') return [];
  return referenceEffects(editedInput(snapshot, edit)).filter((effect) => effect.slug === edit.id);
}
