/**
 * Where the self-assessment keeps a partner's answers: one entry per competency in the browser's
 * localStorage (or any Storage-like object, so it tests without a DOM).
 *
 * Data shape, key `competency-assessment:<slug>`, version 1:
 *   { v: 1, slug, rulesVersion, context: { model, region }, answers: { <requirement id>: number | boolean }, savedAt }
 * `savedAt` is an ISO timestamp. The last business model and region used anywhere sit under
 * `competency-assessment:context` as { model, region }.
 *
 * Migrations: every older shape is turned into the current one on read, then validated; the next save
 * writes the current shape. Version 0 (no `v` field) was the first draft, which kept the raw field text:
 *   { model, region, rules, answers: { <id>: string | boolean }, t: <epoch ms> }
 * To add version 2: write `fromV1` (v1 -> v2), chain it in `migrate`, and raise STORAGE_VERSION.
 *
 * Reads never throw: an entry that fails validation is reported, not deleted, so nothing is lost.
 */

/** The current envelope version. */
export const STORAGE_VERSION = 1;
const PREFIX = 'competency-assessment:';

/** The subset of the Web Storage API the module needs. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A business model and region, as ids. */
export type SavedContext = { model: string; region: string };

/** The saved assessment of one competency, as stored. */
export type Envelope<A> = {
  v: typeof STORAGE_VERSION;
  slug: string;
  rulesVersion: string;
  context: SavedContext;
  answers: A;
  savedAt: string;
};

/** Turns unknown JSON into answers, or says why it cannot (the answers schema). */
export type AnswersParser<A> = (value: unknown) => { ok: true; answers: A } | { ok: false; message: string };

/** What a read found. */
export type ReadResult<A> =
  | { status: 'empty' }
  | { status: 'ok'; envelope: Envelope<A>; migrated: boolean }
  | { status: 'invalid'; message: string };

/** The localStorage key of a competency's saved assessment. */
export function storageKey(slug: string): string {
  return `${PREFIX}${slug}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isContext(value: unknown): value is SavedContext {
  return isRecord(value) && typeof value['model'] === 'string' && typeof value['region'] === 'string';
}

/** v0 -> v1: raw field text becomes numbers (the decimal point only; v0 stripped separators itself). */
function fromV0(slug: string, old: Record<string, unknown>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  if (isRecord(old['answers'])) {
    for (const [id, value] of Object.entries(old['answers'])) {
      if (typeof value === 'boolean') answers[id] = value;
      else if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
        answers[id] = Number(value);
      // Anything else was an unfinished entry in v0; it was never scored, so dropping it loses nothing.
    }
  }
  const t = old['t'];
  return {
    v: 1,
    slug,
    rulesVersion: typeof old['rules'] === 'string' ? old['rules'] : '',
    context: { model: old['model'], region: old['region'] },
    answers,
    savedAt: new Date(typeof t === 'number' && Number.isFinite(t) ? t : 0).toISOString(),
  };
}

/** Brings any known stored shape to the current version's shape (not yet validated). */
function migrate(slug: string, raw: unknown): { value: unknown; migrated: boolean } {
  if (isRecord(raw) && !('v' in raw)) return { value: fromV0(slug, raw), migrated: true };
  return { value: raw, migrated: false };
}

const unreadable =
  'The answers saved in this browser could not be read, so the form starts empty. They are kept until you save new answers.';

/** Reads, migrates and validates the saved assessment of a competency. Never throws. */
export function readSaved<A>(store: StorageLike, slug: string, parse: AnswersParser<A>): ReadResult<A> {
  let text: string | null;
  try {
    text = store.getItem(storageKey(slug));
  } catch {
    return { status: 'invalid', message: unreadable };
  }
  if (text === null) return { status: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'invalid', message: unreadable };
  }
  const { value, migrated } = migrate(slug, raw);
  if (!isRecord(value) || value['v'] !== STORAGE_VERSION) {
    return {
      status: 'invalid',
      message:
        'The answers saved in this browser come from a newer version of the site, so the form starts empty.',
    };
  }
  const { rulesVersion, context, savedAt } = value;
  if (
    value['slug'] !== slug ||
    typeof rulesVersion !== 'string' ||
    !isContext(context) ||
    typeof savedAt !== 'string'
  ) {
    return { status: 'invalid', message: unreadable };
  }
  const answers = parse(value['answers']);
  if (!answers.ok) return { status: 'invalid', message: unreadable };
  return {
    status: 'ok',
    envelope: {
      v: STORAGE_VERSION,
      slug,
      rulesVersion,
      context: { model: context.model, region: context.region },
      answers: answers.answers,
      savedAt,
    },
    migrated,
  };
}

/** Builds the envelope to save now. */
export function makeEnvelope<A>(
  slug: string,
  rulesVersion: string,
  context: SavedContext,
  answers: A,
  now = new Date(),
): Envelope<A> {
  return { v: STORAGE_VERSION, slug, rulesVersion, context, answers, savedAt: now.toISOString() };
}

/** Saves an envelope; false when the browser refuses (quota, privacy mode). */
export function writeSaved<A>(store: StorageLike, envelope: Envelope<A>): boolean {
  try {
    store.setItem(storageKey(envelope.slug), JSON.stringify(envelope));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a competency's saved assessment; false when the browser refuses. */
export function clearSaved(store: StorageLike, slug: string): boolean {
  try {
    store.removeItem(storageKey(slug));
    return true;
  } catch {
    return false;
  }
}

const CONTEXT_KEY = `${PREFIX}context`;

/** The business model and region last used on any competency, or null. Never throws. */
export function readLastContext(store: StorageLike): SavedContext | null {
  try {
    const value: unknown = JSON.parse(store.getItem(CONTEXT_KEY) ?? 'null');
    return isContext(value) ? { model: value.model, region: value.region } : null;
  } catch {
    return null;
  }
}

/** Remembers the business model and region for the next competency page. */
export function writeLastContext(store: StorageLike, context: SavedContext): boolean {
  try {
    store.setItem(CONTEXT_KEY, JSON.stringify(context));
    return true;
  } catch {
    return false;
  }
}

/** A Storage-like object that lives only as long as the page: the fallback when localStorage is blocked. */
export function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
}

/**
 * The browser's storage if it works, else null. Reading `window.localStorage` itself throws when cookies
 * are blocked, and Safari's private mode used to throw on the first write, so both are tried.
 */
export function usableStorage(get: () => StorageLike): StorageLike | null {
  try {
    const store = get();
    const probe = `${PREFIX}probe`;
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}
