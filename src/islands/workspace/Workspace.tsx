// Here, before the kit: Astro orders a page's stylesheets by where they are first imported, and these must
// follow the layout's, workspace.css after assessment.css, for its rules to override in that order.
import '../../styles/assessment.css';
import '../../styles/workspace.css';
import { useEffect, useState } from 'preact/hooks';
import { importAgain, loadOnce } from '../shared/load-once.ts';
import { Notices } from '../shared/Notices.tsx';
import type { WorkspaceData } from './data.ts';

export type { WorkspaceData } from './data.ts';

/** Props of the island. */
export interface WorkspaceProps {
  data: WorkspaceData;
}

/** The page's code: the record's storage, its sections and what they read, loaded as the page wakes. */
const loadApp = loadOnce(importAgain(() => import('./App.tsx')));

/**
 * The partner record: the people and their passes, bookings, references, survey results and evidence,
 * kept in this browser. The record is read and shown by the page's code, which loads as the page wakes;
 * until it is there, or when it cannot load, the page says so.
 */
export default function Workspace({ data }: WorkspaceProps) {
  const [app, setApp] = useState<Awaited<ReturnType<typeof loadApp>> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadApp().then(
      (loaded) => setApp(() => loaded),
      () => setFailed(true),
    );
  }, []);
  return (
    <div class="sa ws">
      {app ? <app.App data={data} /> : <Notices problem={failed ? data.unavailable : ''} info="" />}
    </div>
  );
}
