/**
 * A snapshot kept when a level or the tier changed in the portfolio (src/islands/shared/snapshot-soon.ts):
 * whenever what it shows changes (a figure, a tick, a business model or region picked, answers used or
 * undone, another tab's save, the record's figures as the page opens) and then settles; and the note that
 * says so.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RollUpTier } from '../../engine/rollup.ts';
import type { PortfolioRules } from '../../persistence/portfolio-rules.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import type { Translate } from '../../text/translate.ts';
import type { Choice } from '../shared/context.ts';
import { KeptNote } from '../shared/KeptNote.tsx';
import { keepWith } from '../shared/snapshot-keep.ts';
import { snapshotSoon } from '../shared/snapshot-soon.ts';
import type { IslandStorage } from '../shared/use-island-storage.ts';

/** What the note needs of the portfolio's state (use-portfolio.ts). */
interface Shown {
  /** What the portfolio shows: worked out again after every change, once saved. */
  view: unknown;
  /** The scoring code with every competency's rules, once loaded. */
  lazy: PortfolioRules | null;
  storage: IslandStorage;
  w: Translate;
}

/** What it needs of the island's data. */
interface Titles {
  tiers: readonly RollUpTier[];
  models: readonly Choice<BusinessModelId>[];
  regions: readonly Choice[];
  levels: Readonly<Record<string, string>>;
  progressHref: string;
}

const code = () => Promise.resolve({ keepWith });

/** Keeps a snapshot once the portfolio's view settles, if one is due, and says so. */
export function Kept({ pf, data }: { pf: Shown; data: Titles }) {
  const [note, setNote] = useState('');
  // The state as of the last change, for the snapshot kept once changes settle.
  const pfRef = useRef(pf);
  const [soon] = useState(() =>
    snapshotSoon(
      code,
      () => {
        const { lazy, storage, w } = pfRef.current;
        return (
          lazy && {
            gateway: storage.current,
            rules: { rules: lazy.rules, versions: lazy.versions },
            tiers: data.tiers,
            models: data.models,
            regions: data.regions,
            levels: data.levels,
            t: w,
          }
        );
      },
      setNote,
    ),
  );
  useEffect(() => {
    pfRef.current = pf;
    soon();
    // Once for each view: the rest of the state is read as of then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pf.view, soon]);
  return <KeptNote note={note} href={data.progressHref} link={pf.w('progress.link')} />;
}
