// Checks every content file without building the site: `npm run check` (with types) or `npm run content:lock`.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkContent } from '../src/content-check/check.ts';
import { formatProblem, hasErrors, summarize } from '../src/content-check/report.ts';
import { contentRoot, readContent } from '../src/content-check/load.ts';
import { updateLock } from '../src/content-check/update-lock.ts';
import { RULES_LOCK_FILE } from '../src/content-check/rules-lock.ts';

const root = contentRoot();
let input = await readContent(root);

// The lock's changes come after the problems: a version to raise is often the consequence of a problem.
const notes: string[] = [];
if (process.argv.includes('--update-lock')) {
  const { text, changes, changed } = updateLock(input);
  notes.push(...changes);
  if (changed) {
    await writeFile(join(root, RULES_LOCK_FILE), text);
    input = { ...input, lockText: text };
    notes.push(`Wrote ${input.root}/${RULES_LOCK_FILE}; commit it with the content change.`);
  } else {
    notes.push('Rules lock already up to date.');
  }
}

const result = checkContent(input);
for (const problem of result.problems) console.log(formatProblem(problem));
for (const note of notes) console.log(note);
console.log(summarize(result));
process.exitCode = hasErrors(result) ? 1 : 0;
