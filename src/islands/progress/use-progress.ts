/**
 * The progress page's state: the snapshots as this tab knows them, read once the page is in place through
 * the storage gateway, merged again when another tab saves; the two snapshots compared and the level the
 * chart shows; taking and removing a snapshot. The code that reads, writes, takes and compares snapshots is
 * the portfolio's lazy part (tools.ts), loaded with the rules file as the page wakes; it takes a snapshot by
 * itself when a level or the tier changed since the newest one.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RollUpTier } from '../../engine/rollup.ts';
import type { FramedNote } from '../../persistence/messages.ts';
import type { PortfolioRules } from '../../persistence/portfolio-rules.ts';
import type { Snapshot, SnapshotState, SnapshotsWrite } from '../../persistence/snapshots.ts';
import { openGateway } from '../../persistence/storage-gateway.ts';
import type { BusinessModelId, LevelId } from '../../schemas/ids.ts';
import { formatDay, formatDayTime } from '../../text/days.ts';
import { islandTranslator, type IslandWords } from '../../text/translate.ts';
import type { Choice } from '../shared/context.ts';
import { importAgain, loadOnce } from '../shared/load-once.ts';
import { useCurrent } from '../shared/use-current.ts';
import { useIslandStorage, type Listen } from '../shared/use-island-storage.ts';

/** The island's data, handed over as its one prop: plain JSON values only. */
export interface ProgressData {
  /** Every competency in catalogue order: slug and title. */
  competencies: { slug: string; title: string }[];
  /** The tiers, each with whether its title is an example. */
  tiers: (RollUpTier & { illustrative: boolean })[];
  models: Choice<BusinessModelId>[];
  regions: Choice[];
  /** Level titles by id, in display order. */
  levels: Record<string, string>;
  /** The path of the rules file (PortfolioRules), base included. */
  rulesHref: string;
  /** What to say when the scoring code or the rules cannot be loaded (`msg.scoringUnavailable`). */
  unavailable: string;
  /** What to say in a frame of another website (`msg.framed`). */
  framed: FramedNote;
  /** The page's words (PROGRESS_WORDS). */
  words: IslandWords;
}

/** The snapshots' and the scoring code with the rules file. */
export type Scorer = typeof import('../portfolio/tools.ts') & {
  scoring: PortfolioRules & Pick<ProgressData, 'tiers' | 'models' | 'regions'>;
};

const toolsCode = importAgain(() => import('../portfolio/tools.ts'));
const scorerLoader = (data: ProgressData): (() => Promise<Scorer>) =>
  loadOnce(async () => {
    const file = fetch(data.rulesHref)
      .then((r): Promise<unknown> | null => (r.ok ? r.json() : null))
      .catch(() => null);
    const code = await toolsCode();
    const rules = code.checkRulesFile(await file);
    return { ...code, scoring: { ...rules, tiers: data.tiers, models: data.models, regions: data.regions } };
  });

/** The progress page's state and actions. */
export function useProgress(data: ProgressData) {
  const [t] = useState(() => islandTranslator(data.words));
  const [known, put, knownNow] = useCurrent<SnapshotState | null>(null);
  const [ready, setReady] = useState(false);
  // What is stored cannot be read (or the browser will not read it): nothing is written over it.
  const [blocked, setBlocked] = useState('');
  const [problem, setProblem] = useState('');
  const [said, setSaid] = useState({ text: '', n: 0 });
  const say = (text: string) => setSaid((last) => ({ text, n: last.n + 1 }));
  const [scorer, setScorer, scorerNow] = useCurrent<Scorer | null>(null);
  const [picked, setPicked] = useState<{ from: string; to: string } | null>(null);
  const [level, setLevel] = useState<LevelId>('principal');
  const [loadScorer] = useState(() => scorerLoader(data));

  const when = (s: Snapshot): string => formatDayTime(t.formats, new Date(s.at));

  /** Says what a write did; false when nothing could be written. */
  const report = (write: SnapshotsWrite, done: string): boolean => {
    if (!write.ok) {
      setBlocked(t(`progress.stored.${write.read.why}`));
      return false;
    }
    put(write.state);
    if (write.full) {
      setProblem(t('progress.full'));
      return false;
    }
    setProblem('');
    say(write.dropped > 0 ? done + t('list.sentences') + t.count('progress.dropped', write.dropped) : done);
    return true;
  };

  // Woken once the server-rendered page is in place (and never in a frame of another website's reading).
  const [woke, setWoke] = useState(false);
  const storage = useIslandStorage(() => setWoke(true));

  // Opens the storage gateway, reads the snapshots, loads the scoring and follows other tabs.
  useEffect(() => {
    if (!woke) return;
    const gone = new AbortController();
    const listen: Listen = (type, handler) => addEventListener(type, handler, { signal: gone.signal });
    storage.open((get, sayFault) => openGateway(get, sayFault, t));
    const store = storage.current;
    loadScorer().then(
      (s) => {
        setScorer(s);
        const read = s.readSnapshots(store);
        if (read.status === 'invalid') setBlocked(t(`progress.stored.${read.why}`));
        else if (read.status === 'ok') {
          put(read.state);
          if (read.dropped.length > 0) say(t.count('progress.leftOut', read.dropped.length));
        }
        setReady(true);
        // A level or the tier may have changed since the newest snapshot: one is kept for the partner then.
        if (read.status === 'invalid') return;
        const taken = s.takeSnapshot(store, knownNow.current, s.scoring, t);
        if (!taken) return;
        const day = formatDay(t.formats, taken.day);
        report(
          taken.write,
          t(taken.why === 'manual' ? 'progress.taken' : `progress.taken.${taken.why}`, { day }),
        );
      },
      () => setProblem(data.unavailable),
    );
    listen('storage', (e) => {
      const s = scorerNow.current;
      if (!s || (e.key !== s.SNAPSHOTS_KEY && e.key !== null)) return;
      if (e.newValue === null) {
        // Cleared in another tab (or the site's data): never written back.
        put(null);
        const again = s.readSnapshots(store);
        if (again.status === 'ok') put(again.state);
        say(t('progress.fromTab'));
        return;
      }
      const merged = s.writeSnapshots(store, knownNow.current);
      if (merged.ok) {
        put(merged.state);
        setBlocked('');
        say(t('progress.fromTab'));
      } else setBlocked(t(`progress.stored.${merged.read.why}`));
    });
    return () => gone.abort();
    // Once, when the page wakes: what it reads later comes through the refs.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [woke]);

  const list = useMemo(() => (scorer ? scorer.snapshotList(known) : []), [scorer, known]);

  /** Takes a snapshot now. */
  const take = () =>
    void loadScorer().then(
      (s) => {
        if (blocked) return;
        const taken = s.takeSnapshot(storage.current, knownNow.current, s.scoring, t, 'manual');
        if (taken === null) {
          setProblem(t('progress.nothing'));
          return;
        }
        report(taken.write, t('progress.taken', { day: formatDay(t.formats, taken.day) }));
      },
      () => setProblem(data.unavailable),
    );

  /** Removes a snapshot. */
  const remove = (s: Snapshot) => {
    const write = scorer?.writeSnapshots(storage.current, knownNow.current, { remove: [s.id] });
    if (write) report(write, t('progress.removed', { day: when(s) }));
  };

  // The two compared: the ones picked while both still exist, else the two newest.
  const ids = new Set(list.map((s) => s.id));
  const pair =
    picked && ids.has(picked.from) && ids.has(picked.to)
      ? picked
      : { from: list.at(-2)?.id ?? '', to: list.at(-1)?.id ?? '' };

  return {
    t,
    data,
    ready,
    framed: storage.framed,
    savedNote: storage.note,
    blocked,
    problem,
    said,
    list,
    when,
    pair,
    pick: (which: 'from' | 'to', id: string) => setPicked({ ...pair, [which]: id }),
    level,
    setLevel,
    scorer,
    take,
    remove,
  };
}

/** The progress page's state and actions, as the island renders them. */
export type ProgressModel = ReturnType<typeof useProgress>;
