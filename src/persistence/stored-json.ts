/**
 * The first steps of reading anything this site stores: get the text (a browser may refuse), parse it, bring
 * it to the current version, and tell data a newer site wrote from data that cannot be read. What the
 * envelope holds is each format's own to check (storage.ts for answers, record-storage.ts for the partner
 * record). Never throws.
 */
import { isRecord } from '../util/is-record.ts';
import type { StorageLike } from './storage-access.ts';

/** Why a stored entry is left as it is: the browser would not read it, it cannot be read, or a newer site wrote it. */
export type UnreadableWhy = 'read' | 'unreadable' | 'newer';

/** A stored entry read up to its version: absent, left as it is (with its text when there was one), or an envelope to check. */
export type StoredEnvelope =
  | { status: 'empty' }
  | { status: 'invalid'; why: UnreadableWhy; text?: string }
  | { status: 'ok'; value: Record<string, unknown>; text: string; migrated: boolean };

/** Whether a stored time in ms since 1970 is one a Date holds (up to 8.64e15 ms), and not before 1970. */
export const isStamp = (ms: unknown): ms is number =>
  typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 && ms <= 8.64e15;

/** Brings a parsed value to the current version's shape, saying whether it changed anything. */
export type Migrate = (raw: unknown) => { value: unknown; migrated: boolean };

const unchanged: Migrate = (raw) => ({ value: raw, migrated: false });

/** Reads the entry under `key`, migrated, whose `v` must be `version`. */
export function readEnvelope(
  store: Pick<StorageLike, 'getItem'>,
  key: string,
  version: number,
  migrate: Migrate = unchanged,
): StoredEnvelope {
  let text: string | null;
  try {
    text = store.getItem(key);
  } catch {
    return { status: 'invalid', why: 'read' };
  }
  if (text === null) return { status: 'empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { status: 'invalid', why: 'unreadable', text };
  }
  const { value, migrated } = migrate(raw);
  if (!isRecord(value) || value['v'] !== version) {
    const newer = isRecord(value) && typeof value['v'] === 'number' && value['v'] > version;
    return { status: 'invalid', why: newer ? 'newer' : 'unreadable', text };
  }
  return { status: 'ok', value, text, migrated };
}
