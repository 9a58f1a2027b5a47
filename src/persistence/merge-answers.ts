/**
 * How tabs of one browser share a competency's saved entry without losing each other's edits: every field
 * (each answer, the business model, the region) carries when it was last changed (`changed` in
 * storage.ts), two copies merge field by field with the later change winning, and a save reads, merges
 * and writes in one task, so no other script of the page runs in between. Another tab may still write
 * in between (browsers do not lock storage across tabs): each tab merges what it then reads with what it
 * last knew and writes back what the other tab's write lacked, so every tab ends with every field.
 * An entry removed from storage (Reset, or the partner clearing site data in another tab) is cleared: it
 * is never written back from what a tab last knew.
 */
import type { Verdicts } from '../engine/versioning.ts';
import type { Answers } from '../schemas/answers.ts';
import type { SavedContext, StorageLike } from './storage-access.ts';
import {
  makeEnvelope,
  readSaved,
  writeSaved,
  type AnswersParser,
  type Changed,
  type ReadResult,
} from './storage.ts';

/** A competency's saved answers and context with when each field last changed: what tabs merge. */
export interface Entry {
  answers: Answers;
  context: SavedContext;
  changed: Changed;
}

/** What a page shows: its answers and context, which it may have changed since it last read the store. */
export type Draft = Omit<Entry, 'changed'>;

/** The context's fields, as `changed` names them. */
const CONTEXT = [
  ['model', ':model'],
  ['region', ':region'],
] as const;

/** Whether a field changed at `stamp` wins over the same field changed at `other`. */
function winner(stamp: number, other: number, value: unknown, otherValue: unknown): boolean {
  if (stamp !== other) return stamp > other;
  // Equal times: untimed fields (0) take what is stored; two tabs changing one field in the same
  // millisecond both keep the larger value, so they end up agreeing whichever write lands last.
  return stamp > 0 && (JSON.stringify(value) ?? '') > (JSON.stringify(otherValue) ?? '');
}

/**
 * Merges what a page last knew (`known`) with what is stored, field by field: the later change of each
 * wins; on a tie (entries written before changes were timed) the stored field does.
 */
export function mergeEntries(known: Entry, stored: Entry): Entry {
  const next: Entry = {
    answers: { ...stored.answers },
    context: { ...stored.context },
    changed: { ...stored.changed },
  };
  const ids = new Set([...Object.keys(known.answers), ...Object.keys(known.changed)]);
  for (const id of ids) {
    if (id.startsWith(':')) continue;
    const mine = known.changed[id] ?? 0;
    if (!winner(mine, stored.changed[id] ?? 0, known.answers[id], stored.answers[id])) continue;
    const value = known.answers[id];
    if (value === undefined) delete next.answers[id];
    else next.answers[id] = value;
    next.changed[id] = mine;
  }
  for (const [field, key] of CONTEXT) {
    const mine = known.changed[key] ?? 0;
    if (!winner(mine, stored.changed[key] ?? 0, known.context[field], stored.context[field])) continue;
    next.context[field] = known.context[field];
    next.changed[key] = mine;
  }
  return next;
}

/**
 * The entry to write: what is stored merged with what the page last knew (`base`, null when it read
 * nothing), with every field the page changed since (`draft` against `base`) timed `now`. Nothing stored
 * (`stored` null) after the page knew an entry means it was cleared: only the page's own changes are kept.
 */
export function entryToSave(base: Entry | null, draft: Draft, stored: Entry | null, now: number): Entry {
  const known = stored && (base ? mergeEntries(base, stored) : stored);
  const next: Entry = known
    ? { answers: { ...known.answers }, context: { ...known.context }, changed: { ...known.changed } }
    : { answers: {}, context: { ...draft.context }, changed: {} };
  for (const id of changedIds(base?.answers ?? {}, draft.answers)) {
    const value = draft.answers[id];
    if (value === undefined) delete next.answers[id];
    else next.answers[id] = value;
    next.changed[id] = now;
  }
  for (const [field, key] of CONTEXT) {
    // A page that read nothing has not picked its context: the stored one stays.
    if (!base || draft.context[field] === base.context[field]) continue;
    next.context[field] = draft.context[field];
    next.changed[key] = now;
  }
  return next;
}

/** Whether two entries hold the same answers, context and times. */
export function sameEntry(a: Entry, b: Entry): boolean {
  return (
    changedIds(a.answers, b.answers).length === 0 &&
    changedIds(a.changed, b.changed).length === 0 &&
    a.context.model === b.context.model &&
    a.context.region === b.context.region
  );
}

/**
 * The answers to show: `stored` (what is saved now) with every field this tab changed since it read `base`
 * taken from `ours`, an emptied field removed. A page's edits not saved yet stay through another tab's save.
 */
export function mergeAnswers(base: Answers, ours: Answers, stored: Answers): Answers {
  const merged: Answers = { ...stored };
  for (const id of changedIds(base, ours)) {
    const value = ours[id];
    if (value === undefined) delete merged[id];
    else merged[id] = value;
  }
  return merged;
}

/** The ids whose values differ between two records. */
export function changedIds(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
) {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (id) => before[id] !== after[id],
  );
}

/** What the read-merge-write of one competency needs to know about it. */
export interface SavedCompetency {
  slug: string;
  /** The current rules hash, saved with the answers. */
  rulesVersion: string;
  /** The answers schema's reader (`parseAnswers`). */
  parse: AnswersParser;
  /** The stored answers that suit the current rules (`knownAnswers`). */
  fit: (answers: Answers) => Answers;
  /** The verdicts of an entry, saved with it so that a visit under later rules can say what changed. */
  score?: ((entry: Entry) => Verdicts | undefined) | undefined;
}

/** What a read-merge-write did. */
export type Merged =
  /** `entry` is what is stored now (null: nothing, cleared); `savedAt` when this call wrote it, else ''. */
  | { ok: true; entry: Entry | null; savedAt: string }
  /** What is stored could not be read: nothing was written. */
  | { ok: false; read: ReadResult & { status: 'invalid' } };

/** The stored entry of a read, its answers fitted to the current rules; null when nothing is stored. */
export function entryOf(read: ReadResult & { status: 'ok' | 'empty' }, fit: SavedCompetency['fit']) {
  if (read.status === 'empty') return null;
  const { answers, context, changed } = read.envelope;
  return { answers: fit(answers), context, changed: changed ?? {} };
}

/**
 * Reads a competency's entry, merges the page's `draft` into it (see entryToSave; without a draft, only
 * what the page last knew and the store lacks) and writes the result when it differs from what is stored,
 * all in one task. Never writes over what it could not read.
 */
export function saveMerged(
  store: StorageLike,
  competency: SavedCompetency,
  base: Entry | null,
  draft: Draft | null,
  now = new Date(),
): Merged {
  const read = readSaved(store, competency.slug, competency.parse);
  if (read.status === 'invalid') return { ok: false, read };
  const stored = entryOf(read, competency.fit);
  const next = draft
    ? entryToSave(base, draft, stored, now.getTime())
    : stored && (base ? mergeEntries(base, stored) : stored);
  if (next === null || (stored && sameEntry(next, stored))) return { ok: true, entry: next, savedAt: '' };
  const { slug, rulesVersion, score } = competency;
  const envelope = makeEnvelope(slug, rulesVersion, next.context, next.answers, score?.(next), now);
  writeSaved(store, { ...envelope, changed: next.changed });
  return { ok: true, entry: next, savedAt: envelope.savedAt };
}
