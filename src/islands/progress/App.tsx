import { MarkName } from '../shared/MarkedValue.tsx';
import { Notices, SavedNote } from '../shared/Notices.tsx';
import { ReadinessChart } from './ReadinessChart.tsx';
import { SnapshotCompare } from './SnapshotCompare.tsx';
import { SnapshotList } from './SnapshotList.tsx';
import { useProgress, type ProgressData } from './use-progress.ts';

/**
 * The progress page's code, loaded as the page wakes: the snapshots kept in this browser, taking one now,
 * the comparison of any two and readiness per competency over time, as a chart and a table with the same
 * figures.
 */
export function App({ data }: { data: ProgressData }) {
  const m = useProgress(data);
  const { t } = m;
  return (
    <MarkName name={t('site.markName')}>
      <>
        <Notices problem={m.blocked || m.problem} info={m.said.text} framed={m.framed && data.framed} />
        <SavedNote note={m.savedNote}>{t('progress.saved')}</SavedNote>
        <p>
          <button type="button" class="sa-button" onClick={m.take} disabled={!m.ready || m.blocked !== ''}>
            {t('progress.take')}
          </button>
        </p>
        <SnapshotList m={m} />
        <SnapshotCompare m={m} />
        <ReadinessChart m={m} />
      </>
    </MarkName>
  );
}
