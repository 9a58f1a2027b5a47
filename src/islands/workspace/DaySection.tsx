import { useEffect, useState } from 'preact/hooks';
import { importAgain, loadOnce } from '../shared/load-once.ts';
import type { Workspace } from './use-record.ts';

/** What holds on a day: the engine, the rules file and the forecast, loaded when the partner asks. */
const loadDay = loadOnce(importAgain(() => import('./day-part.tsx')));

/** Whether the address names a day (`?on=`): the partner followed a link to a day, so it is worked out at once. */
const dayInAddress = (): boolean => new URLSearchParams(location.search).has('on');

/**
 * "What holds on a day": each competency followed with the level and tier the record gives on a chosen day,
 * and the forecast from that day. Its code (the scoring engine and every competency's rules) loads on the
 * partner's click, or at once when the address names a day, so the page's first load stays small.
 */
export function DaySection({ ws }: { ws: Workspace }) {
  const { t } = ws;
  const [part, setPart] = useState<Awaited<ReturnType<typeof loadDay>> | null>(null);
  const [state, setState] = useState<'closed' | 'loading' | 'failed'>('closed');
  const open = () => {
    setState('loading');
    loadDay().then(
      (loaded) => setPart(() => loaded),
      () => setState('failed'),
    );
  };
  useEffect(() => {
    if (dayInAddress()) open();
  }, []);
  return (
    <section class="ws-section ws-day" aria-labelledby="ws-day-h">
      <h2 id="ws-day-h">{t('workspace.day.heading')}</h2>
      <p>{t('workspace.day.lead')}</p>
      {part ? (
        <part.DayPart ws={ws} />
      ) : (
        <>
          <button type="button" class="ws-primary" onClick={open} aria-disabled={state === 'loading'}>
            {t('workspace.day.show')}
          </button>
          <p role="status" class="ws-wait">
            {state === 'loading' && t('workspace.day.loading')}
          </p>
          <p role="alert" class="ws-error">
            {state === 'failed' && t('workspace.day.unavailable')}
          </p>
        </>
      )}
    </section>
  );
}
