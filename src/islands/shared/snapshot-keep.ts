/**
 * Snapshots kept where a level or the tier changes: on a competency page, in the portfolio and on the
 * partner record's page (src/islands/shared/snapshot-soon.ts calls this once the partner's changes settle).
 * The newest snapshot stored is read again each time, just before deciding, so that two tabs seeing the same
 * change keep one snapshot between them. A snapshot is an extra beside the answers: it never goes through
 * the page's storage gateway, whose first refused write would keep every later save of the answers in the
 * tab. A write the browser refuses (storage full, privacy settings), snapshots that cannot be read or that
 * a newer version of the site wrote, no room left: nothing is kept, the answers are untouched, and the page
 * says nothing (the progress page says why, when it opens).
 */
import type { LevelId } from '../../schemas/ids.ts';
import type { RollUpTier } from '../../engine/rollup.ts';
import { levelMoves, type Standing } from '../../engine/standing.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import { checkRulesFile, type PortfolioRules } from '../../persistence/portfolio-rules.ts';
import type { StorageLike } from '../../persistence/storage-access.ts';
import type { StorageGateway } from '../../persistence/storage-gateway.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import type { Translate } from '../../text/translate.ts';
import type { Choice } from './context.ts';
import { takeSnapshot, type Scoring } from './snapshot-take.ts';

/**
 * Where automatic snapshots are read and written: read through the page's gateway, written straight to the
 * browser (`browser`), whose refusal the snapshots' write takes as such. Null when the gateway already knows
 * the browser refuses (or the page is in a frame of another website): no snapshot is kept then.
 */
export function snapshotStore(
  gateway: Pick<StorageGateway, 'fault' | 'getItem'> | null,
  browser: () => StorageLike,
): StorageLike | null {
  if (gateway === null || gateway.fault !== null) return null;
  return {
    getItem: (key) => gateway.getItem(key),
    setItem: (key, value) => browser().setItem(key, value),
    removeItem: (key) => browser().removeItem(key),
  };
}

/** What a snapshot kept says: what moved (a level reached or left, in which competency) and the tier. */
export function keptNote(
  t: Translate,
  before: Standing | null,
  now: Standing,
  rules: readonly Pick<CompetencyRules, 'slug' | 'title'>[],
  levels: Readonly<Partial<Record<LevelId, string>>>,
): string {
  const changes = levelMoves(before, now).map((move) =>
    t(move.reached ? 'snapshot.reached' : 'snapshot.left', {
      level: levels[move.level] ?? move.level,
      competency: rules.find((r) => r.slug === move.slug)?.title ?? move.slug,
    }),
  );
  if (changes.length === 0) return t('snapshot.kept.tierOnly');
  const tier = before !== null && before.tier !== now.tier;
  return t(tier ? 'snapshot.kept.tier' : 'snapshot.kept', { changes: t.list(changes) });
}

/**
 * Keeps a snapshot when a level or the tier moved since the newest one stored; returns what to tell the
 * partner, or null when none was kept (nothing moved, nothing followed, or it could not be saved). Never
 * throws.
 */
export function keepSnapshot(
  store: StorageLike | null,
  scoring: Scoring,
  t: Translate,
  levels: Readonly<Partial<Record<LevelId, string>>>,
  now = new Date(),
): string | null {
  if (store === null) return null;
  try {
    const taken = takeSnapshot(store, null, scoring, t, undefined, now);
    if (taken === null || !taken.write.ok || taken.write.full || taken.write.refused) return null;
    return keptNote(t, taken.before, taken.standing, scoring.rules, levels);
  } catch {
    // A storage that throws where it should not, or rules that do not fit: no snapshot, nothing else.
    return null;
  }
}

/** The rules files fetched, by address: each once per page (again after a failure). */
const files = new Map<string, Promise<PortfolioRules>>();

function rulesFrom(href: string): Promise<PortfolioRules> {
  let file = files.get(href);
  if (file === undefined) {
    file = fetch(href)
      .then((r): Promise<unknown> | null => (r.ok ? r.json() : null))
      .then(checkRulesFile);
    file.catch(() => files.delete(href));
    files.set(href, file);
  }
  return file;
}

/** What a page keeps snapshots with. */
export interface KeepWith {
  /** The page's storage gateway (null before it is open). */
  gateway: StorageGateway | null;
  /** Every competency's rules: those the page has, or the address of the rules file to fetch them from. */
  rules: PortfolioRules | string;
  tiers: readonly RollUpTier[];
  models: readonly Choice<BusinessModelId>[];
  regions: readonly Choice[];
  /** Level titles by id. */
  levels: Readonly<Partial<Record<LevelId, string>>>;
  /** The page's words: the engine's, and `snapshot.*`. */
  t: Translate;
}

/** Keeps a snapshot if a level or the tier moved (keepSnapshot), with what a page has; never rejects. */
export async function keepWith(page: KeepWith): Promise<string | null> {
  const store = snapshotStore(page.gateway, () => localStorage);
  if (store === null) return null;
  try {
    const rules = typeof page.rules === 'string' ? await rulesFrom(page.rules) : page.rules;
    const { tiers, models, regions } = page;
    return keepSnapshot(store, { ...rules, tiers, models, regions }, page.t, page.levels);
  } catch {
    return null;
  }
}
