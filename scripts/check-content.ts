// Checks every content file without building the site: `npm run check` (with types) or `npm run content:lock`.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkContent } from '../src/content-check/check.ts';
import { formatEffects, recordEffects, referenceEffects } from '../src/content-check/profile-effects.ts';
import { formatProblem, hasErrors, summarize } from '../src/content-check/report.ts';
import { contentRoot, readContent } from '../src/content-check/load.ts';
import { updateLock } from '../src/content-check/update-lock.ts';
import { RULES_LOCK_FILE } from '../src/content-check/rules-lock.ts';

const root = contentRoot();
let input = await readContent(root);

// The lock's changes come after the problems: a version to raise is often the consequence of a problem.
const notes: string[] = [];
if (process.argv.includes('--update-lock')) {
  // What each new version does to the reference profiles, against the lock before it records the version.
  const effects = referenceEffects(input);
  const { text, lock, changes, changed } = updateLock(input);
  notes.push(...changes);
  if (changed) {
    await writeFile(join(root, RULES_LOCK_FILE), text);
    notes.push(`Wrote ${input.root}/${RULES_LOCK_FILE}; commit it with the content change.`);
    const recorded = recordEffects(input, effects, lock);
    for (const { entry, source } of recorded) {
      await writeFile(entry.file, source);
      notes.push(
        `${entry.id}: recorded its effect on the reference profiles in its history entry (profileEffects)`,
      );
    }
    input = recorded.length > 0 ? await readContent(root) : { ...input, lockText: text };
  } else {
    notes.push('Rules lock already up to date.');
  }
}

const result = checkContent(input);
for (const problem of result.problems) console.log(formatProblem(problem));
for (const note of notes) console.log(note);
// Information, not a problem: what the changed rules do to the reference profiles.
for (const line of formatEffects(referenceEffects(input))) console.log(line);
console.log(summarize(result));
process.exitCode = hasErrors(result) ? 1 : 0;
