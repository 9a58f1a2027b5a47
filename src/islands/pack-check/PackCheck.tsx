// Here, before the kit: Astro orders a page's stylesheets by where they are first imported, and these must
// follow the layout's, pack-check.css after assessment.css.
import '../../styles/assessment.css';
import '../../styles/pack-check.css';
import { useEffect, useState } from 'preact/hooks';
import { importAgain, loadOnce } from '../shared/load-once.ts';
import { Notices } from '../shared/Notices.tsx';
import type { PackCheckData } from './App.tsx';

export type { PackCheckData } from './App.tsx';

/**
 * The page's code: reading a file, the pack's check, the passphrase prompt. Loaded as the page wakes, so
 * that what the other islands share never comes to them up front with it.
 */
const loadApp = loadOnce(importAgain(() => import('./App.tsx')));

/**
 * Checks an evidence pack and opens a protected one (App.tsx). Until the page's code is here, or when it
 * cannot load, the page says so; without JavaScript the page's own note says what it needs.
 */
export default function PackCheck({ data }: { data: PackCheckData }) {
  const [app, setApp] = useState<Awaited<ReturnType<typeof loadApp>> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadApp().then(
      (loaded) => setApp(() => loaded),
      () => setFailed(true),
    );
  }, []);
  return (
    <div class="sa pc">
      {app ? <app.App data={data} /> : <Notices problem={failed ? data.unavailable : ''} info="" />}
    </div>
  );
}
