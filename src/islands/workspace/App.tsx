import { Notices, SavedNote } from '../shared/Notices.tsx';
import { Bookings } from './Bookings.tsx';
import { DaySection } from './DaySection.tsx';
import { Files } from './Files.tsx';
import type { WorkspaceData } from './data.ts';
import { References, Surveys } from './Dated.tsx';
import { Evidence } from './Evidence.tsx';
import { People } from './People.tsx';
import { useRecord } from './use-record.ts';

/**
 * The partner record's page once its code is loaded: what holds on a day, the people and their passes,
 * bookings, references, survey results and evidence, kept in this browser, and the record as a file.
 */
export function App({ data }: { data: WorkspaceData }) {
  const ws = useRecord(data);
  const { t } = ws;
  return (
    <>
      <SavedNote note={ws.storage.note}>{t('workspace.saved')}</SavedNote>
      <Notices
        problem=""
        framed={ws.storage.framed && data.framed}
        // Each thing said is a new paragraph, so that the same words said twice are read out twice.
        info={ws.said.text && <p key={ws.said.n}>{ws.said.text}</p>}
      />
      {ws.ready && (
        <>
          <DaySection ws={ws} />
          <People ws={ws} />
          <Bookings ws={ws} />
          <References ws={ws} />
          <Surveys ws={ws} />
          <Evidence ws={ws} />
          <Files ws={ws} />
        </>
      )}
    </>
  );
}
