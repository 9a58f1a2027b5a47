// Here, before the kit: Astro orders a page's stylesheets by where they are first imported, and these must
// follow the layout's, progress.css after assessment.css, for its rules to override in that order.
import '../../styles/assessment.css';
import '../../styles/progress.css';
import { useEffect, useState } from 'preact/hooks';
import { importAgain, loadOnce } from '../shared/load-once.ts';
import { Notices } from '../shared/Notices.tsx';
import type { ProgressData } from './use-progress.ts';

export type { ProgressData } from './use-progress.ts';

/** Props of the island. */
export interface ProgressProps {
  data: ProgressData;
}

/** The page's code: the snapshots' storage, the comparison and the chart, loaded as the page wakes. */
const loadApp = loadOnce(importAgain(() => import('./App.tsx')));

/**
 * Progress over time. The snapshots are read and shown by the page's code, which loads as the page wakes;
 * until it is there, or when it cannot load, the page says so.
 */
export default function Progress({ data }: ProgressProps) {
  const [app, setApp] = useState<Awaited<ReturnType<typeof loadApp>> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadApp().then(
      (loaded) => setApp(() => loaded),
      () => setFailed(true),
    );
  }, []);
  return (
    <div class="sa pg">
      {app ? <app.App data={data} /> : <Notices problem={failed ? data.unavailable : ''} info="" />}
    </div>
  );
}
