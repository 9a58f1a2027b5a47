/**
 * Where the self-assessment keeps a partner's answers: one entry per competency in the browser's
 * localStorage (or any Storage-like object, so it tests without a DOM).
 *
 * Data shape, key `competency-assessment:<slug>`, version 1:
 *   { v: 1, slug, rulesVersion, context: { model, region }, answers: { <requirement id>: number | boolean },
 *     verdicts?, savedAt }
 * `rulesVersion` is the rules hash the answers were scored against; `verdicts` (optional) are the verdicts
 * at the time, so a visit after the rules changed can list what changed; `savedAt` is an ISO timestamp.
 * The last business model and region used anywhere sit under `competency-assessment:context` as
 * { model, region }. Probing, the in-memory fallback and that context live in storage-access.ts
 * (re-exported here), which the widget loads up front; this module adds the envelope and is loaded when
 * there is something to read or save.
 *
 * Migrations: every older shape is turned into the current one on read, then validated; the next save
 * writes the current shape. Version 0 (no `v` field) was the first draft, which kept the raw field text:
 *   { model, region, rules, answers: { <id>: string | boolean }, t: <epoch ms> }
 * Its text is read by the one reader of typed figures; text that is not one figure comes back as `texts`.
 * Text typed into a field that is not an answer yet is kept apart, under its own key (pending-text.ts).
 * To add version 2: write `fromV1` (v1 -> v2), chain it in `migrate`, and raise STORAGE_VERSION.
 *
 * Reads never throw: an entry that fails validation is reported, not deleted, so nothing is lost.
 * Answers are checked with the answers schema (`parseAnswers`, passed in by the caller so that this module
 * stays free of zod and the browser can load the schema only when there is something to check), without
 * the rules: answers saved under older rules keep ids that may since have gone, and the widget re-scores
 * them against the current rules.
 */
import type { CompetencyAssessment } from '../engine/types.ts';
import { verdictsOf, type Verdicts } from '../engine/versioning.ts';
import { readNumber, type NumberField } from '../domain/read-number.ts';
import type { Answers, AnswersResult } from '../schemas/answers.ts';
import { isContext, storageKey, type SavedContext, type StorageLike } from './storage-access.ts';
import { isRecord } from '../util/is-record.ts';

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
};

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
    }
  | {
      status: 'invalid';
      message: string;
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
  const t = old['t'];
  return {
    v: 1,
    slug,
    rulesVersion: typeof old['rules'] === 'string' ? old['rules'] : '',
    context: { model: old['model'], region: old['region'] },
    answers,
    texts,
    savedAt: new Date(typeof t === 'number' && Number.isFinite(t) ? t : 0).toISOString(),
  };
}

/** Whether a stored value declares a version above the current one. */
const isNewer = (value: unknown): boolean =>
  isRecord(value) && typeof value['v'] === 'number' && value['v'] > STORAGE_VERSION;

/** Brings any known stored shape to the current version's shape (not yet validated). */
function migrate(slug: string, raw: unknown): { value: unknown; migrated: boolean } {
  if (isRecord(raw) && !('v' in raw)) return { value: fromV0(slug, raw), migrated: true };
  return { value: raw, migrated: false };
}

const keptInMemory = 'so they are left as they are and your answers are kept only until you leave this page.';
const readFault = `This browser could not read what is saved here, ${keptInMemory}`;
const unreadable = `The answers saved in this browser could not be understood, ${keptInMemory}`;
const newer = `The answers saved in this browser come from a newer version of the site, ${keptInMemory}`;

/** Reads, migrates and validates the saved assessment of a competency. Never throws. */
export function readSaved(store: StorageLike, slug: string, parseAnswers: AnswersParser): ReadResult {
  let text: string | null;
  try {
    text = store.getItem(storageKey(slug));
  } catch {
    return { status: 'invalid', message: readFault };
  }
  if (text === null) return { status: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'invalid', message: unreadable, text };
  }
  const { value, migrated } = migrate(slug, raw);
  if (!isRecord(value) || value['v'] !== STORAGE_VERSION) {
    return { status: 'invalid', message: isNewer(value) ? newer : unreadable, text };
  }
  const { rulesVersion, context, savedAt } = value;
  if (
    value['slug'] !== slug ||
    typeof rulesVersion !== 'string' ||
    !isContext(context) ||
    typeof savedAt !== 'string'
  ) {
    return { status: 'invalid', message: unreadable, text };
  }
  const answers = parseAnswers(value['answers']);
  if (!answers.ok) return { status: 'invalid', message: unreadable, text };
  return {
    status: 'ok',
    envelope: {
      v: STORAGE_VERSION,
      slug,
      rulesVersion,
      context: { model: context.model, region: context.region },
      answers: answers.value,
      verdicts: asVerdicts(value['verdicts']),
      savedAt,
    },
    migrated,
    // Only a migration writes `texts` (fromV0, strings only); a stored entry's own is not read.
    ...(migrated && isRecord(value['texts']) && Object.keys(value['texts']).length > 0
      ? { texts: value['texts'] as Record<string, string> }
      : {}),
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

/**
 * Saves a competency's answers with the context and verdicts of their assessment, where the competency's
 * page and the portfolio both read them. Returns when it was saved, or null when the browser refused.
 */
export function saveAssessment(
  store: StorageLike,
  rulesVersion: string,
  assessment: CompetencyAssessment,
  answers: Answers,
): string | null {
  const context = { model: assessment.context.businessModel, region: assessment.context.region };
  const envelope = makeEnvelope(assessment.slug, rulesVersion, context, answers, verdictsOf(assessment));
  return writeSaved(store, envelope) ? envelope.savedAt : null;
}
