/**
 * Where the self-assessment keeps a partner's answers: one entry per competency in the browser's
 * localStorage (or any Storage-like object, so it tests without a DOM). Every island reaches it through
 * the storage gateway (storage-gateway.ts), which knows whether the browser reads and writes.
 *
 * Data shape, key `competency-assessment:<slug>`, version 1:
 *   { v: 1, slug, rulesVersion, context: { model, region }, answers: { <requirement id>: number | boolean },
 *     verdicts?, savedAt, changed? }
 * `rulesVersion` is the rules hash the answers were scored against; `verdicts` (optional) are the verdicts
 * at the time, so a visit after the rules changed can list what changed; `savedAt` is an ISO timestamp
 * ('' when unknown). `changed` (optional) says when each field was last changed, in epoch milliseconds by
 * requirement id, with `:model` and `:region` for the context's two fields; a field changed with no answer
 * left is a cleared one. Tabs merge by it field by field, the later change winning (merge-answers.ts).
 * Entries written before `changed` was kept have none: every field counts as changed at time 0. It is
 * optional, so an older page ignores it and reads the entry as before, and the version stays 1.
 * The last business model and region picked anywhere sit under `competency-assessment:context` as
 * { model, region }; the portfolio's choice of competencies under `competency-assessment:portfolio`
 * (portfolio-choice.ts). That context and the first look at what is saved live in storage-access.ts, which
 * the islands load up front; this module adds the envelope and is loaded when there is something to read
 * or save, with merge-answers.ts (how tabs merge an entry) and storage-gateway.ts (what the browser
 * refuses).
 *
 * Migrations: every older shape is turned into the current one on read, then validated; the next save
 * writes the current shape. Version 0 (no `v` field) was the first draft, which kept the raw field text:
 *   { model, region, rules, answers: { <id>: string | boolean }, t: <epoch ms> }
 * Its text is read by the one reader of typed figures; text that is not one figure comes back as `texts`.
 * Text typed into a field that is not an answer yet is kept apart, under its own key (pending-text.ts).
 * A time out of the Date range becomes ''.
 * To add version 2: write `fromV1` (v1 -> v2), chain it in `migrate`, and raise STORAGE_VERSION.
 *
 * Reads never throw, whatever is stored: an entry that fails validation is reported, not deleted, so nothing
 * is lost, and one answer that fails is left out on its own (its id reported) while every other one is read.
 * Answers are checked with the answers schema (`parseAnswers`, passed in by the caller so that this module
 * stays free of zod and the browser can load the schema only when there is something to check), without
 * the rules: answers saved under older rules keep ids that may since have gone, and the widget re-scores
 * them against the current rules.
 */
import type { Verdicts } from '../engine/versioning.ts';
import { readNumber, type NumberField } from '../domain/read-number.ts';
import type { Answers, AnswersResult } from '../schemas/answers.ts';
import { isContext, storageKey, type SavedContext, type StorageLike } from './storage-access.ts';
import { isRecord } from '../util/is-record.ts';
import { readEnvelope, type Migrate, type UnreadableWhy } from './stored-json.ts';

export type { UnreadableWhy };

/** The current envelope version. */
export const STORAGE_VERSION = 1;

/** The saved assessment of one competency, as stored. */
export type Envelope = {
  v: typeof STORAGE_VERSION;
  slug: string;
  rulesVersion: string;
  context: SavedContext;
  answers: Answers;
  /** The verdicts when saved; absent when they were not kept. */
  verdicts?: Verdicts | undefined;
  savedAt: string;
  /** When each field was last changed (see the shape above); absent in older entries. */
  changed?: Changed | undefined;
};

/** When each field of an entry was last changed, epoch ms by requirement id, `:model` and `:region`. */
export type Changed = Record<string, number>;

/** The answers schema's reader, `parseAnswers` from src/engine/answers.ts. */
export type AnswersParser = (value: unknown) => AnswersResult;

/** What a read found. */
export type ReadResult =
  | { status: 'empty' }
  | {
      status: 'ok';
      envelope: Envelope;
      migrated: boolean;
      /** Field text an older version kept that reads as no one figure, by requirement id, to show again. */
      texts?: Record<string, string> | undefined;
      /** The ids of saved answers that could not be read and were left out (the rest were read). */
      dropped?: string[] | undefined;
    }
  | {
      status: 'invalid';
      /** Why it is left as it is: `msg.saved.*` says it in the site's words. */
      why: UnreadableWhy;
      /** The stored text the site cannot understand, to offer as a file; absent when it could not be read. */
      text?: string;
    };

const LEVELS = new Set(['principal', 'expert']);
const STATES = new Set(['met', 'partial', 'unmet', 'unanswered']);

/**
 * The verdicts if the value has their shape, else undefined. They only feed the "what changed" list, so
 * a damaged copy is dropped rather than failing the whole read.
 */
export function asVerdicts(value: unknown): Verdicts | undefined {
  if (!isRecord(value) || typeof value['offered'] !== 'boolean' || !isRecord(value['levels']))
    return undefined;
  const achieved = value['achieved'];
  if (achieved !== null && !(typeof achieved === 'string' && LEVELS.has(achieved))) return undefined;
  for (const [level, entry] of Object.entries(value['levels'])) {
    if (!LEVELS.has(level) || !isRecord(entry) || typeof entry['met'] !== 'boolean') return undefined;
    if (!isRecord(entry['requirements'])) return undefined;
    for (const r of Object.values(entry['requirements'])) {
      if (!isRecord(r) || typeof r['label'] !== 'string' || !STATES.has(String(r['status'])))
        return undefined;
    }
  }
  // Every field the type asks for was checked above; the cast only restates it.
  return value as unknown as Verdicts;
}

/** An ISO time for epoch milliseconds, '' when they are not a time a Date can hold. */
function isoTime(ms: unknown): string {
  // Date holds 8.64e15 ms either side of 1970; beyond it toISOString throws.
  return typeof ms === 'number' && Math.abs(ms) <= 8.64e15 ? new Date(ms).toISOString() : '';
}

/** Any figure v0 may have kept, in any unit it let a partner type; the rules are checked after migrating. */
const V0_FIELDS: readonly NumberField[] = [undefined, 'USD', '%'].map((unit) => ({
  whole: false,
  min: 0,
  // No limit here: the answers schema refuses a figure too large right after.
  max: Number.POSITIVE_INFINITY,
  scale: false,
  unit,
}));

/** A v0 field's text read as one figure by the one reader, or undefined when it reads as none or two. */
function v0Figure(text: string): number | undefined {
  for (const field of V0_FIELDS) {
    const read = readNumber(text, field);
    if (read.status === 'read') return read.value;
  }
  return undefined;
}

/**
 * v0 -> v1: raw field text becomes numbers through the reader of typed figures (src/domain/read-number.ts);
 * text it cannot take as one figure ("1,500" reads two ways, "lots" none) goes to `texts`, for the widget
 * to put back into its field as pending text (pending-text.ts), never dropped.
 */
function fromV0(slug: string, old: Record<string, unknown>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  const texts: Record<string, string> = {};
  if (isRecord(old['answers'])) {
    for (const [id, value] of Object.entries(old['answers'])) {
      if (typeof value === 'boolean') answers[id] = value;
      else if (typeof value === 'string' && value.trim() !== '') {
        const figure = v0Figure(value);
        if (figure === undefined) texts[id] = value;
        else answers[id] = figure;
      }
    }
  }
  return {
    v: 1,
    slug,
    rulesVersion: typeof old['rules'] === 'string' ? old['rules'] : '',
    context: { model: old['model'], region: old['region'] },
    answers,
    texts,
    savedAt: isoTime(old['t']),
  };
}

/** The `changed` times if they have their shape, each id with a finite time; else undefined. */
function asChanged(value: unknown): Changed | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value).filter(
    (e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]),
  );
  return Object.fromEntries(entries);
}

/**
 * Reads the answers of an entry one by one: every answer that passes is kept, each one that fails is left
 * out and its id reported. Null when they are not answers at all (not a record, too many).
 */
function readEach(
  value: unknown,
  parseAnswers: AnswersParser,
): { answers: Answers; dropped: string[] } | null {
  const all = parseAnswers(value);
  if (all.ok) return { answers: all.value, dropped: [] };
  if (!isRecord(value) || all.errors.some((e) => e.id === '' && !/^"/.test(e.message))) return null;
  const answers: Answers = {};
  const dropped: string[] = [];
  for (const [id, answer] of Object.entries(value)) {
    const one = parseAnswers({ [id]: answer });
    if (one.ok) Object.assign(answers, one.value);
    else dropped.push(id);
  }
  return { answers, dropped };
}

/** Brings any known stored shape to the current version's shape (not yet validated). */
function migrate(slug: string, raw: unknown): ReturnType<Migrate> {
  if (isRecord(raw) && !('v' in raw)) return { value: fromV0(slug, raw), migrated: true };
  return { value: raw, migrated: false };
}

/** Reads, migrates and validates the saved assessment of a competency. Never throws. */
export function readSaved(store: StorageLike, slug: string, parseAnswers: AnswersParser): ReadResult {
  const stored = readEnvelope(store, storageKey(slug), STORAGE_VERSION, (raw) => migrate(slug, raw));
  if (stored.status !== 'ok') return stored;
  const { value, text, migrated } = stored;
  const { rulesVersion, context, savedAt } = value;
  if (
    value['slug'] !== slug ||
    typeof rulesVersion !== 'string' ||
    !isContext(context) ||
    typeof savedAt !== 'string'
  ) {
    return { status: 'invalid', why: 'unreadable', text };
  }
  const read = readEach(value['answers'], parseAnswers);
  if (read === null) return { status: 'invalid', why: 'unreadable', text };
  const changed = asChanged(value['changed']);
  return {
    status: 'ok',
    envelope: {
      v: STORAGE_VERSION,
      slug,
      rulesVersion,
      context: { model: context.model, region: context.region },
      answers: read.answers,
      verdicts: asVerdicts(value['verdicts']),
      savedAt,
      ...(changed && { changed }),
    },
    migrated,
    // Only a migration writes `texts` (fromV0, strings only); a stored entry's own is not read.
    ...(migrated && isRecord(value['texts']) && Object.keys(value['texts']).length > 0
      ? { texts: value['texts'] as Record<string, string> }
      : {}),
    ...(read.dropped.length > 0 && { dropped: read.dropped }),
  };
}

/** Builds the envelope to save now. */
export function makeEnvelope(
  slug: string,
  rulesVersion: string,
  context: SavedContext,
  answers: Answers,
  verdicts?: Verdicts,
  now = new Date(),
): Envelope {
  return { v: STORAGE_VERSION, slug, rulesVersion, context, answers, verdicts, savedAt: now.toISOString() };
}

/** Saves an envelope; false when the browser refuses (quota, privacy mode). */
export function writeSaved(store: StorageLike, envelope: Envelope): boolean {
  try {
    store.setItem(storageKey(envelope.slug), JSON.stringify(envelope));
    return true;
  } catch {
    return false;
  }
}
