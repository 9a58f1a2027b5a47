/**
 * Safe access to the browser's storage for the self-assessment: whether a competency has anything saved,
 * forgetting it, and the business model and region picked last. Every function catches what the browser
 * throws (blocked cookies, quota, privacy modes). Whether the browser reads and writes at all, and what
 * happens when it does not, is the storage gateway's (storage-gateway.ts). The saved envelope itself (its
 * shape, version and migrations) is documented in storage.ts; the islands import this module directly so
 * that their first load stays free of the answers schema.
 */

/** The subset of the Web Storage API the module needs. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** A business model and region, as ids. */
export type SavedContext = { model: string; region: string };

const PREFIX = 'competency-assessment:';

/** The localStorage key of a competency's saved assessment. */
export function storageKey(slug: string): string {
  return `${PREFIX}${slug}`;
}

/** The localStorage key of the text typed into a competency's fields that is not an answer yet (pending-text.ts). */
export const pendingKey = (slug: string): string => `competency-pending:${slug}`;

/**
 * Whether anything is stored for a competency, without reading it, or null when the browser refused to
 * say (a read fault: what is stored may still be there, so nothing may be written over it). Pending text
 * needs no check of its own: a field's text that is not an answer removes its answer, which saves the
 * entry. Never throws.
 */
export function hasSaved(store: Pick<StorageLike, 'getItem'>, slug: string): boolean | null {
  try {
    return store.getItem(storageKey(slug)) !== null;
  } catch {
    return null;
  }
}

/** Forgets a competency's saved assessment and its pending text; false when the browser refuses. */
export function clearSaved(store: StorageLike, slug: string): boolean {
  try {
    store.removeItem(storageKey(slug));
    store.removeItem(pendingKey(slug));
    return true;
  } catch {
    return false;
  }
}

/** Whether a value is a { model, region } pair of strings. */
export function isContext(value: unknown): value is SavedContext {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)['model'] === 'string' &&
    typeof (value as Record<string, unknown>)['region'] === 'string'
  );
}

const CONTEXT_KEY = `${PREFIX}context`;

/** The business model and region last used on any competency, or null. Never throws. */
export function readLastContext(store: Pick<StorageLike, 'getItem'>): SavedContext | null {
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

/** A Storage-like object that lives only as long as it is referenced, for tests and fixtures. */
export function memoryStorage(): StorageLike {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, String(value)),
    removeItem: (key) => void items.delete(key),
  };
}
