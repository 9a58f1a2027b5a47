import { CompetencySchema } from '../schemas/competency.ts';
import { compareVersions } from '../util/versions.ts';
import { lockEntry, parseLock, serializeLock, type RulesLock } from './rules-lock.ts';
import type { ContentInput } from './types.ts';
import { validate } from './validate.ts';

/** The new lock text and one line per change, for `npm run content:lock`. */
export interface LockUpdate {
  text: string;
  lock: RulesLock;
  changes: string[];
  /** Whether the text differs from the lock on disk, i.e. whether there is anything to write. */
  changed: boolean;
}

/**
 * Records the rules of every competency whose version is new to the lock, and drops competencies that no
 * longer exist. A competency whose rules changed under the same version keeps its old entry: recording it
 * would hide exactly the change the lock exists to catch.
 */
export function updateLock(input: ContentInput): LockUpdate {
  const parsed = input.lockText === undefined ? { lock: {} } : parseLock(input.lockText);
  const previous: RulesLock = 'lock' in parsed ? parsed.lock : {};
  const lock: RulesLock = {};
  const changes: string[] = [];
  for (const entry of input.competencies) {
    const old = previous[entry.id];
    // The same reading as the check: a file with an unknown field is not read as its author meant it.
    const result = validate(entry, CompetencySchema, () => undefined);
    if (!('data' in result) || !result.exact) {
      if (old) lock[entry.id] = old;
      changes.push(`${entry.id}: not recorded, fix its problems (listed above) first`);
      continue;
    }
    const next = lockEntry(entry.id, result.data);
    if (old === undefined) {
      lock[entry.id] = next;
      changes.push(`${entry.id}: recorded version ${next.version}`);
    } else if (compareVersions(next.version, old.version) > 0) {
      lock[entry.id] = next;
      changes.push(`${entry.id}: recorded version ${next.version} (was ${old.version})`);
    } else {
      lock[entry.id] = old;
      if (old.hash !== next.hash || old.version !== next.version) {
        changes.push(
          `${entry.id}: not recorded, its rules differ from version ${old.version}; raise its version first`,
        );
      }
    }
  }
  for (const slug of Object.keys(previous)) {
    if (!(slug in lock)) changes.push(`${slug}: removed, its file no longer exists`);
  }
  const text = serializeLock(lock);
  return { text, lock, changes, changed: text !== input.lockText };
}
