/**
 * Text a partner typed into a number field that is not an answer yet: refused ("lots", a figure too large)
 * or waiting for the partner to say which of two readings they meant ("185.000"). Such a field has no
 * saved answer (a half-typed prefix never stands in for it), and its text is kept here so that a reload
 * shows it again with its message instead of losing it or bringing back an older figure.
 *
 * Data shape, key `competency-pending:<slug>` (pendingKey in storage-access.ts), version 1:
 *   { v: 1, texts: { <requirement id>: string } }
 * Kept apart from the answers (storage.ts), so a tab or page that saves answers never wipes another's
 * pending text. Written one field at a time (read, change that id, write), so tabs editing different
 * fields keep each other's; the entry goes once no text is left. A damaged entry or one of another
 * version reads as no text (it held nothing that counted) and is replaced by the next write.
 * Migrations: none yet. To add version 2, convert v1 in `readPending` and raise PENDING_VERSION.
 */
import { pendingKey, type StorageLike } from './storage-access.ts';
import { isRecord } from '../util/is-record.ts';

/** The current version of the entry. */
export const PENDING_VERSION = 1;

/** The longest text kept for one field; a figure is far shorter, so longer text is cut. */
const MAX_TEXT = 200;
/** The most fields one entry keeps text for; a competency has about a dozen. */
const MAX_FIELDS = 200;

/** The pending text of a competency's fields, by requirement id; {} when none or unreadable. Never throws. */
export function readPending(store: StorageLike, slug: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(store.getItem(pendingKey(slug)) ?? 'null');
    if (!isRecord(value) || value['v'] !== PENDING_VERSION || !isRecord(value['texts'])) return {};
    const texts: Record<string, string> = {};
    for (const [id, text] of Object.entries(value['texts']).slice(0, MAX_FIELDS)) {
      if (typeof text === 'string' && text.trim() !== '') texts[id] = text.slice(0, MAX_TEXT);
    }
    return texts;
  } catch {
    return {};
  }
}

/**
 * Keeps one field's pending text, or forgets it when `text` is undefined; the others stay as stored.
 * False when the browser refuses the write.
 */
export function keepPending(store: StorageLike, slug: string, id: string, text: string | undefined): boolean {
  const texts = readPending(store, slug);
  if (texts[id] === text) return true;
  if (text === undefined) delete texts[id];
  else texts[id] = text.slice(0, MAX_TEXT);
  try {
    if (Object.keys(texts).length === 0) store.removeItem(pendingKey(slug));
    else store.setItem(pendingKey(slug), JSON.stringify({ v: PENDING_VERSION, texts }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the pending text of every field of a competency, when its answers are replaced; false when refused. */
export function forgetPending(store: StorageLike, slug: string): boolean {
  try {
    store.removeItem(pendingKey(slug));
    return true;
  } catch {
    return false;
  }
}
