/**
 * A snapshot kept after the partner's answers here are saved, when a level or the tier moved since the
 * newest one (src/islands/shared/snapshot-soon.ts: its code, the portfolio's lazy part, and the rules file
 * load only once the changes settle, when the browser is idle), and the note that says so.
 */
import { useEffect, useState } from 'preact/hooks';
import { KeptNote } from '../shared/KeptNote.tsx';
import { importAgain, loadOnce } from '../shared/load-once.ts';
import { snapshotSoon } from '../shared/snapshot-soon.ts';
import { textOf, type Host } from './host.ts';

const snapshotCode = loadOnce(importAgain(() => import('../portfolio/tools.ts')));

// One widget per page: the host of its last save, and where the note goes while it is shown.
let latest: Host | null = null;
let show: (note: string) => void = () => {};

const soon = snapshotSoon(
  snapshotCode,
  () =>
    latest && {
      gateway: latest.storage.current,
      rules: latest.rulesHref ?? '',
      tiers: latest.progress.tiers,
      models: latest.models,
      regions: latest.regions,
      levels: latest.levels,
      t: textOf(latest),
    },
  (note) => show(note),
);

/** Called after each save of the partner's answers: a snapshot follows once the saves settle, if one is due. */
export function keepSoon(host: Host): void {
  latest = host;
  soon();
}

/** The note that a snapshot was kept, above the partner's own answers. */
export function Kept({ host }: { host: Pick<Host, 'progress' | 'words'> }) {
  const [note, setNote] = useState('');
  useEffect(() => {
    show = setNote;
    return () => {
      show = () => {};
    };
  }, []);
  return <KeptNote note={note} href={host.progress.href} link={textOf(host)('progress.link')} />;
}
