/**
 * Taking a snapshot (src/persistence/snapshots.ts): the partner's standing now, worked out as the portfolio
 * works it out (each followed competency's saved answers over the partner record's figures of today, each
 * scored for its own business model and region), saved when asked for or when a level or the tier changed
 * since the newest snapshot. Part of the portfolio's lazy part (tools.ts), which the progress page loads too:
 * both pages then share one set of scoring files, and the widget's list of files to preload stays as it is.
 */
import { parseAnswers } from '../../engine/answers.ts';
import type { RollUpTier } from '../../engine/rollup.ts';
import { movedSince, standingOf, type SnapshotWhy, type Standing } from '../../engine/standing.ts';
import type { AssessmentContext } from '../../engine/types.ts';
import { knownAnswers } from '../../persistence/known-answers.ts';
import { readPortfolioChoice } from '../../persistence/portfolio-choice.ts';
import type { PortfolioRules } from '../../persistence/portfolio-rules.ts';
import { readRecord } from '../../persistence/record-storage.ts';
import {
  newSnapshotId,
  snapshotList,
  writeSnapshots,
  type SnapshotState,
  type SnapshotsWrite,
} from '../../persistence/snapshots.ts';
import { readLastContext, type StorageLike } from '../../persistence/storage-access.ts';
import { readSaved } from '../../persistence/storage.ts';
import type { Answers } from '../../schemas/answers.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import type { Translate } from '../../text/translate.ts';
import { localDay } from '../../util/dates.ts';
import { contextOf } from './offered-context.ts';
import type { Choice } from './context.ts';

/** What the standing is worked out with: the rules file, the tiers and the pickers' choices. */
export interface Scoring extends PortfolioRules {
  tiers: readonly RollUpTier[];
  models: readonly Choice<BusinessModelId>[];
  regions: readonly Choice[];
}

/** The partner's standing now, from what this browser keeps: answers, the portfolio's choice, the record. */
export function standingNow(store: StorageLike, scoring: Scoring, t: Translate, now = new Date()): Standing {
  const { rules, versions, models, regions } = scoring;
  const slugs = rules.map((r) => r.slug);
  const answers: Record<string, Answers> = {};
  const own: Record<string, AssessmentContext> = {};
  const followed = new Set(readPortfolioChoice(store, slugs) ?? []);
  for (const r of rules) {
    const saved = readSaved(store, r.slug, parseAnswers);
    if (saved.status !== 'ok') continue;
    followed.add(r.slug);
    answers[r.slug] = knownAnswers(r, saved.envelope.answers);
    const ctx = contextOf(models, regions, saved.envelope.context);
    if (ctx) own[r.slug] = ctx;
  }
  const last = readLastContext(store);
  const context = (last && contextOf(models, regions, last)) ?? {
    businessModel: models[0]?.id ?? 'integrate',
    region: regions[0]?.id ?? '',
  };
  const read = readRecord(store);
  return standingOf(
    {
      rules,
      versions,
      tiers: scoring.tiers,
      followed: slugs.filter((slug) => followed.has(slug)),
      answers,
      own,
      context,
      record: read.status === 'ok' ? read.state.record : null,
      day: localDay(now),
    },
    t,
  );
}

/**
 * What taking a snapshot did: the write, why it was taken, and the standing it kept with the newest one
 * stored before (null: none, or what is stored could not be read); null when there was nothing to take.
 */
export type Taken = {
  why: SnapshotWhy;
  day: string;
  write: SnapshotsWrite;
  before: Standing | null;
  standing: Standing;
} | null;

/**
 * Takes a snapshot of the standing now: on request (`manual`), or, without `why`, only when a level or the
 * tier changed since the newest snapshot the store holds (merged with what this tab knows, `known`). Nothing
 * is taken when nothing is followed, or when what is stored cannot be read (the write says so).
 */
export function takeSnapshot(
  store: StorageLike,
  known: SnapshotState | null,
  scoring: Scoring,
  t: Translate,
  why?: 'manual',
  now = new Date(),
): Taken {
  const standing = standingNow(store, scoring, t, now);
  if (Object.keys(standing.competencies).length === 0) return null;
  const merged = writeSnapshots(store, known);
  if (!merged.ok) return { why: why ?? 'level', day: localDay(now), write: merged, before: null, standing };
  const before = snapshotList(merged.state).at(-1)?.standing ?? null;
  const reason = why ?? movedSince(before, standing);
  if (reason === null) return null;
  const read = readRecord(store);
  const snapshot = {
    id: newSnapshotId(now),
    at: now.toISOString(),
    day: localDay(now),
    why: reason,
    standing,
    record: read.status === 'ok' ? read.state.record : null,
  };
  return {
    why: reason,
    day: snapshot.day,
    write: writeSnapshots(store, merged.state, { add: [snapshot] }, now),
    before,
    standing,
  };
}
