/**
 * Dated snapshots of the partner's standing (src/engine/standing.ts) and of the partner record as it was, kept
 * in the browser's localStorage (or any Storage-like object, so it tests without a DOM) and reached through
 * the storage gateway (storage-gateway.ts): with writes refused, what the page saves is kept in the tab.
 *
 * Data shape, key `competency-snapshots`, version 1:
 *   { v: 1, snapshots: { <id>: Snapshot }, removed: { <id>: <epoch ms> }, savedAt }
 *   Snapshot: { id, at, day, why, standing: { tier, competencies: { <slug>: { context: { businessModel,
 *     region }, rulesVersion, answers, verdicts, readiness: { <level>: <whole percent> } } } }, record }
 * `at` is an ISO timestamp, `day` the partner's day (YYYY-MM-DD), `why` one of `manual` (taken on request),
 * `level` or `tier` (taken because a level or the tier changed). `record` is the partner record as it was
 * (record-storage.ts, src/schemas/record.ts), or null without one. `removed` keeps when a snapshot was
 * removed (by the partner, or dropped to make room), so that a tab that still knows it does not write it back.
 *
 * Tabs merge snapshot by snapshot (mergeSnapshots): a snapshot is never changed once taken, so the union of
 * both sides is kept, less what either side removed. A save reads, merges and writes in one task
 * (writeSnapshots); another tab may still write in between, and the next save, or the `storage` event that
 * follows it, writes back what that write lacked. Snapshots removed from storage all at once (site data
 * cleared) are never written back from what a tab last knew.
 *
 * Room: at most MAX_SNAPSHOTS snapshots and MAX_CHARS characters of JSON. When a save would go beyond
 * either, the oldest automatic snapshots are dropped first, and the save says how many; a snapshot taken on
 * request is never dropped: when only those are left and there is still no room, nothing is saved and the
 * save says so (`full`), so the partner can remove one.
 *
 * Reads never throw. A snapshot whose shape is not the one above is left out and its id named, and it is
 * written back as it was on every save; a stored entry that cannot be read at all (not JSON, not this shape)
 * or that a newer version of the site wrote is left as it is and never written over: the read says why
 * (`msg.snapshots.saved.*`) and hands its text back, to offer as a file.
 *
 * Migrations: every older shape is turned into the current one on read (`migrate`), then checked; the next
 * save writes the current shape. There is no older shape yet. To add version 2: write `fromV1` (v1 -> v2),
 * chain it in `migrate`, and raise SNAPSHOTS_VERSION; a page of version 1 then leaves a version 2 entry
 * alone (`newer`).
 */
import type { CompetencyStanding, SnapshotWhy, Standing } from '../engine/standing.ts';
import { RECORD_SECTIONS, type PartnerRecord } from '../schemas/record.ts';
import { isRecord } from '../util/is-record.ts';
import type { StorageLike } from './storage-access.ts';
import { isStamp, readEnvelope, type Migrate } from './stored-json.ts';
import { asVerdicts, type UnreadableWhy } from './storage.ts';

/** The localStorage key of the snapshots. */
export const SNAPSHOTS_KEY = 'competency-snapshots';
/** The current envelope version. */
export const SNAPSHOTS_VERSION = 1;
/** The most snapshots kept. */
export const MAX_SNAPSHOTS = 100;
/** The most characters of JSON the snapshots take in storage. */
export const MAX_CHARS = 1_500_000;
/** The most removals remembered; older ones are forgotten (a tab that old knows its snapshots anyway). */
const MAX_REMOVED = 300;

/** One dated snapshot. */
export interface Snapshot {
  /** Unique among snapshots, e.g. "m1k2x3-4f9a". */
  id: string;
  /** When it was taken, ISO. */
  at: string;
  /** The partner's day it was taken, YYYY-MM-DD. */
  day: string;
  why: SnapshotWhy;
  standing: Standing;
  /** The partner record as it was; null without one. */
  record: PartnerRecord | null;
}

/** The snapshots as a tab knows them: by id, with when each removed one was removed. */
export interface SnapshotState {
  snapshots: Record<string, Snapshot>;
  removed: Record<string, number>;
}

/** What a read found. */
export type SnapshotsRead =
  | { status: 'empty' }
  | {
      status: 'ok';
      state: SnapshotState;
      /** The ids of snapshots that could not be read, left out here and kept as they are in storage. */
      dropped: string[];
    }
  | { status: 'invalid'; why: UnreadableWhy; text?: string };

const WHYS: ReadonlySet<string> = new Set(['manual', 'level', 'tier']);
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isAnswer = (v: unknown): boolean =>
  typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

function asCompetency(value: unknown): CompetencyStanding | null {
  if (!isRecord(value) || !isRecord(value['context']) || !isRecord(value['answers'])) return null;
  const { businessModel, region } = value['context'];
  if (typeof businessModel !== 'string' || typeof region !== 'string') return null;
  if (typeof value['rulesVersion'] !== 'string') return null;
  if (!Object.values(value['answers']).every(isAnswer)) return null;
  const verdicts = asVerdicts(value['verdicts']);
  const readiness = value['readiness'];
  if (!verdicts || !isRecord(readiness)) return null;
  for (const [level, n] of Object.entries(readiness))
    if (!(level === 'principal' || level === 'expert') || typeof n !== 'number' || !(n >= 0 && n <= 100))
      return null;
  // Every field the type asks for was checked above; the cast only restates it.
  return value as unknown as CompetencyStanding;
}

function asRecordCopy(value: unknown): PartnerRecord | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  return RECORD_SECTIONS.every((s) => isRecord(value[s])) ? (value as unknown as PartnerRecord) : undefined;
}

/** The snapshot if the value has its shape (the id it is stored under included), else null. */
export function asSnapshot(id: string, value: unknown): Snapshot | null {
  if (!isRecord(value) || value['id'] !== id || !isRecord(value['standing'])) return null;
  const { at, day, why } = value;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  if (typeof day !== 'string' || !DAY.test(day) || typeof why !== 'string' || !WHYS.has(why)) return null;
  const { tier, competencies } = value['standing'];
  if (!(tier === null || typeof tier === 'string') || !isRecord(competencies)) return null;
  if (!Object.values(competencies).every((c) => asCompetency(c) !== null)) return null;
  if (asRecordCopy(value['record']) === undefined) return null;
  return value as unknown as Snapshot;
}

/** The removal times that hold a time a Date can; the rest are left out. */
function asRemoved(value: unknown): Record<string, number> {
  const removed: Record<string, number> = {};
  if (!isRecord(value)) return removed;
  for (const [id, ms] of Object.entries(value)) if (isStamp(ms)) removed[id] = ms;
  return removed;
}

/** Brings any known stored shape to the current version's shape (not yet checked). None is older yet. */
const migrate: Migrate = (raw) => ({ value: raw, migrated: false });

type Stored =
  | (SnapshotsRead & { status: 'empty' | 'invalid' })
  | (SnapshotsRead & { status: 'ok'; kept: Record<string, unknown> });

function readStored(store: Pick<StorageLike, 'getItem'>): Stored {
  const stored = readEnvelope(store, SNAPSHOTS_KEY, SNAPSHOTS_VERSION, migrate);
  if (stored.status !== 'ok') return stored;
  const { value, text } = stored;
  if (!isRecord(value['snapshots'])) return { status: 'invalid', why: 'unreadable', text };
  const snapshots: Record<string, Snapshot> = {};
  const kept: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(value['snapshots'])) {
    const snapshot = asSnapshot(id, entry);
    if (snapshot) snapshots[id] = snapshot;
    else kept[id] = entry;
  }
  return {
    status: 'ok',
    state: { snapshots, removed: asRemoved(value['removed']) },
    dropped: Object.keys(kept),
    kept,
  };
}

/** Reads and checks the stored snapshots. Never throws. */
export function readSnapshots(store: Pick<StorageLike, 'getItem'>): SnapshotsRead {
  const read = readStored(store);
  if (read.status !== 'ok') return read;
  return { status: 'ok', state: read.state, dropped: read.dropped };
}

/** The snapshots of a state, oldest first (by time taken, then id). */
export function snapshotList(state: SnapshotState | null): Snapshot[] {
  return Object.values(state?.snapshots ?? {}).sort((a, b) =>
    a.at === b.at ? (a.id < b.id ? -1 : 1) : a.at < b.at ? -1 : 1,
  );
}

/** The union of two states, less what either removed; the same in either order. */
export function mergeSnapshots(a: SnapshotState, b: SnapshotState): SnapshotState {
  const removed: Record<string, number> = { ...a.removed };
  for (const [id, ms] of Object.entries(b.removed)) removed[id] = Math.max(removed[id] ?? 0, ms);
  const snapshots: Record<string, Snapshot> = {};
  for (const side of [a, b])
    for (const [id, s] of Object.entries(side.snapshots)) if (!(id in removed)) snapshots[id] ??= s;
  return { snapshots, removed };
}

/** A new snapshot id: the time and a random part, so two tabs never make the same one. */
export function newSnapshotId(now: Date): string {
  const random = Math.floor(Math.random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
  return `${now.getTime().toString(36)}-${random}`;
}

/** The envelope to write for a state, with the snapshots that could not be read put back as they were. */
function envelopeText(state: SnapshotState, kept: Record<string, unknown>, savedAt: string): string {
  const snapshots: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(kept)) if (!(id in state.removed)) snapshots[id] = value;
  Object.assign(snapshots, state.snapshots);
  const removed = Object.fromEntries(
    Object.entries(state.removed)
      .sort((x, y) => y[1] - x[1])
      .slice(0, MAX_REMOVED),
  );
  return JSON.stringify({ v: SNAPSHOTS_VERSION, snapshots, removed, savedAt });
}

/** What a save did. */
export type SnapshotsWrite =
  | {
      ok: true;
      /** What is stored now (null: nothing, removed in another tab). */
      state: SnapshotState | null;
      /** How many automatic snapshots were dropped to make room. */
      dropped: number;
      /** True when a snapshot to add found no room, even with every automatic one dropped: nothing was saved. */
      full: boolean;
      /** Whether the browser refused the write (a gateway keeps it in the tab instead, and never refuses). */
      refused: boolean;
    }
  /** What is stored could not be read: nothing was written. */
  | { ok: false; read: SnapshotsRead & { status: 'invalid' } };

/** The change a save makes: snapshots to add, ids to remove. */
export interface SnapshotsChange {
  add?: readonly Snapshot[];
  remove?: readonly string[];
}

/**
 * Drops the oldest automatic snapshots until the state fits (count and `size`); returns how many it dropped,
 * or null when it cannot fit without dropping a snapshot taken on request.
 */
function makeRoom(state: SnapshotState, size: () => number, now: number): number | null {
  let dropped = 0;
  const fits = () => Object.keys(state.snapshots).length <= MAX_SNAPSHOTS && size() <= MAX_CHARS;
  for (const s of snapshotList(state)) {
    if (fits()) return dropped;
    if (s.why === 'manual') continue;
    delete state.snapshots[s.id];
    state.removed[s.id] = now;
    dropped++;
  }
  return fits() ? dropped : null;
}

/**
 * Reads the stored snapshots, merges what this tab knows (`known`, null when it read nothing) and the change
 * into them, makes room, and writes the result when it differs from what is stored, all in one task. Never
 * writes over what it could not read; never throws.
 */
export function writeSnapshots(
  store: StorageLike,
  known: SnapshotState | null,
  change: SnapshotsChange = {},
  now = new Date(),
): SnapshotsWrite {
  const read = readStored(store);
  if (read.status === 'invalid') return { ok: false, read };
  const stored = read.status === 'ok' ? read.state : null;
  const kept = read.status === 'ok' ? read.kept : {};
  const base = stored ?? { snapshots: {}, removed: {} };
  const merged = known ? mergeSnapshots(base, known) : mergeSnapshots(base, { snapshots: {}, removed: {} });
  const ms = now.getTime();
  for (const id of change.remove ?? []) {
    delete merged.snapshots[id];
    delete kept[id];
    merged.removed[id] = ms;
  }
  for (const s of change.add ?? []) merged.snapshots[s.id] = s;
  const savedAt = now.toISOString();
  let text = envelopeText(merged, kept, savedAt);
  const dropped = makeRoom(merged, () => (text = envelopeText(merged, kept, savedAt)).length, ms);
  // An automatic snapshot to add may itself be the one dropped, when every other one was taken on request.
  if (dropped === null || (change.add ?? []).some((s) => !(s.id in merged.snapshots)))
    return { ok: true, state: stored, dropped: 0, full: true, refused: false };
  const same =
    stored !== null &&
    JSON.stringify(Object.keys(merged.snapshots).sort()) ===
      JSON.stringify(Object.keys(stored.snapshots).sort()) &&
    JSON.stringify(Object.keys(merged.removed).sort()) === JSON.stringify(Object.keys(stored.removed).sort());
  if (same || (stored === null && Object.keys(merged.snapshots).length === 0 && !change.remove?.length))
    return { ok: true, state: stored ?? merged, dropped, full: false, refused: false };
  try {
    store.setItem(SNAPSHOTS_KEY, text);
  } catch {
    return { ok: true, state: merged, dropped, full: false, refused: true };
  }
  return { ok: true, state: merged, dropped, full: false, refused: false };
}
