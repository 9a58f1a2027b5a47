/**
 * The record's page state: the record as this tab holds it, read from the browser's storage once the page
 * is in place, saved after every edit (what changed is worked out against the record last read or saved,
 * and merged with what another tab saved meanwhile), merged again when another tab saves, and kept in this
 * tab when the browser refuses to save (the storage gateway says so once). Every edit says what it did in
 * the page's live region; once edits settle, a snapshot is kept when they moved a level or the tier.
 */
import { useRef, useState } from 'preact/hooks';
import type { NumberReader } from '../../domain/number-words.ts';
import { numberWayOf } from '../../domain/read-number.ts';
import type { RecordAsk } from '../../persistence/request-link.ts';
import { readPortfolioChoice } from '../../persistence/portfolio-choice.ts';
import { RECORD_KEY, readRecord, writeRecord, type RecordState } from '../../persistence/record-storage.ts';
import { openGateway } from '../../persistence/storage-gateway.ts';
import { emptyRecord, type IsoDay, type PartnerRecord } from '../../schemas/record.ts';
import { formatDay } from '../../text/days.ts';
import { islandTranslator, type Translate } from '../../text/translate.ts';
import { addMonths, localDay } from '../../util/dates.ts';
import { importAgain, loadOnce } from '../shared/load-once.ts';
import { useCurrent } from '../shared/use-current.ts';
import { snapshotSoon } from '../shared/snapshot-soon.ts';
import { useIslandStorage, type IslandStorage } from '../shared/use-island-storage.ts';
import type { WorkspaceData } from './data.ts';

/**
 * What a section of the record works with: the record and its edits. A colleague answering a request works
 * with one held in the page only, which shows only what was asked (`only`).
 */
export interface RecordView {
  t: Translate;
  data: WorkspaceData;
  /** The record as this tab holds it. */
  record: PartnerRecord;
  /** Makes an edit, saves it and says `said`. */
  edit: (change: (record: PartnerRecord) => PartnerRecord, said: string) => void;
  /** Says something in the live region: what an action did, or why it did nothing. */
  say: (message: string) => void;
  /** What was said last, and how many times anything was said (so the same words are said again). */
  said: { text: string; n: number };
  /** Today where the partner is. */
  today: IsoDay;
  /** A day in the page's words. */
  day: (day: IsoDay) => string;
  /** The day a pass of `name` passed on `passed` stops counting, when the rules say it lapses. */
  expiryOf: (name: string, passed: IsoDay) => IsoDay | undefined;
  /** How figures typed on the page are read: the page's language's way. */
  reader: NumberReader;
  /** The competencies chosen in the portfolio, in catalogue order. */
  chosen: readonly string[];
  /** When set, only the sections, competencies and quarters a request asks for are shown. */
  only?: RecordAsk | undefined;
}

/**
 * The day a pass stops counting, by the rules of the competencies the page lists, as the engine's expiryOf
 * (record-figures.ts), which this page's first view does not load.
 */
export function expiryIn(data: WorkspaceData): RecordView['expiryOf'] {
  const validity = new Map(
    data.competencies.flatMap((c) => c.credentials.map((cred) => [cred.name, cred.validMonths] as const)),
  );
  return (name, passed) => {
    const months = validity.get(name);
    return months === undefined ? undefined : addMonths(passed, months);
  };
}

/** What every section of the owner's page works with: the record kept in the browser. */
export interface Workspace extends RecordView {
  storage: IslandStorage;
  /** Whether the record was read from the browser: the page shows none of it before. */
  ready: boolean;
  /** What to say of the snapshot last kept because an edit moved a level or the tier ('' before). */
  kept: string;
}

/** The code that keeps a snapshot: the portfolio's lazy part, loaded once edits settle (snapshot-soon.ts). */
const snapshotCode = loadOnce(importAgain(() => import('../portfolio/tools.ts')));

/** The record's page state for the island's data. */
export function useRecord(data: WorkspaceData): Workspace {
  const [t] = useState(() => islandTranslator(data.words));
  const [record, putRecord, recordNow] = useCurrent<PartnerRecord>(emptyRecord());
  // The record as last read or saved: what an edit is measured against, and merged from.
  const baseRef = useRef<RecordState | null>(null);
  const [said, setSaid] = useState({ text: '', n: 0 });
  const say = (text: string) => setSaid((last) => ({ text, n: last.n + 1 }));
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [ready, setReady] = useState(false);
  const [today] = useState(() => localDay(new Date()));
  const [kept, setKept] = useState('');
  // Once edits settle, a snapshot is kept if they moved a level or the tier; its code and the rules file
  // load only then.
  const [keepSoon] = useState(() =>
    snapshotSoon(
      snapshotCode,
      () => ({
        gateway: storage.current,
        rules: data.rulesHref,
        tiers: data.tiers,
        models: data.models,
        regions: data.labels.regions,
        levels: Object.fromEntries(data.labels.levels.map((l) => [l.id, l.title])),
        t,
      }),
      setKept,
    ),
  );

  const storage = useIslandStorage((s, listen) => {
    storage.open((get, sayFault) => openGateway(get, sayFault, t));
    setChosen(
      readPortfolioChoice(
        s,
        data.competencies.map((c) => c.slug),
      ) ?? [],
    );
    const read = readRecord(storage.current);
    if (read.status === 'invalid')
      storage.say(t(read.why === 'newer' ? 'workspace.storage.newer' : 'workspace.storage.unreadable'));
    else if (read.status === 'ok') {
      baseRef.current = read.state;
      putRecord(read.state.record);
      // Entries this page cannot read are left out here, and kept as they are in storage.
      if (read.dropped.length > 0) say(t.count('workspace.storage.dropped', read.dropped.length));
    }
    setReady(true);
    // Another tab saved its record, or the site's data was cleared: merge entry by entry, the later change
    // winning, and save what this tab has that the other lacked.
    listen('storage', (e) => {
      if (e.key !== RECORD_KEY && e.key !== null) return;
      const mine = recordNow.current;
      save(mine === baseRef.current?.record ? null : mine);
      say(t('workspace.fromTab'));
    });
  });

  /** Saves `draft` (null: only merges what another tab saved), and shows what is stored now. */
  function save(draft: PartnerRecord | null): void {
    const wrote = writeRecord(storage.current, baseRef.current, draft);
    if (!wrote.ok) {
      // What is stored could not be read: it is left as it is, and this tab keeps its own record.
      storage.say(t(wrote.read.why === 'newer' ? 'workspace.storage.newer' : 'workspace.storage.unreadable'));
      return;
    }
    baseRef.current = wrote.state;
    putRecord(wrote.state?.record ?? emptyRecord());
  }

  return {
    t,
    data,
    record,
    edit(change, message) {
      const next = change(recordNow.current);
      putRecord(next);
      save(next);
      say(message);
      keepSoon();
    },
    say,
    said,
    today,
    day: (day) => formatDay(t.formats, day),
    expiryOf: expiryIn(data),
    reader: { t, way: numberWayOf(data.words.lang, data.words.formats.decimal) },
    chosen,
    storage,
    ready,
    kept,
  };
}
