import { KeptNote } from '../shared/KeptNote.tsx';
import { Notices, SavedNote } from '../shared/Notices.tsx';
import { useEffect, useState } from 'preact/hooks';
import { hasRequest } from '../../persistence/request-fragment.ts';
import { Bookings } from './Bookings.tsx';
import { DaySection } from './DaySection.tsx';
import { Files } from './Files.tsx';
import { Colleagues, loadAsking } from './Colleagues.tsx';
import type { WorkspaceData } from './data.ts';
import { References, Surveys } from './Dated.tsx';
import { Evidence } from './Evidence.tsx';
import { People } from './People.tsx';
import { useRecord } from './use-record.ts';

/**
 * The partner record's page once its code is loaded: the owner's record (what holds on a day, the people
 * and their passes, bookings, references, survey results and evidence, kept in this browser, the record as a
 * file, and asking colleagues), or, opened by a request link (`#ask=…`), a colleague's answer to it, which
 * never reads or writes the record kept in this browser.
 */
export function App({ data }: { data: WorkspaceData }) {
  const [answering] = useState(() => hasRequest(location.hash));
  return answering ? <Answering data={data} /> : <Record data={data} />;
}

/** A colleague's answer to a request: its code loads with the page when the address holds one. */
function Answering({ data }: { data: WorkspaceData }) {
  const [code, setCode] = useState<Awaited<ReturnType<typeof loadAsking>> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadAsking().then(
      (loaded) => setCode(() => loaded),
      () => setFailed(true),
    );
  }, []);
  return code ? <code.Answer data={data} /> : <Notices problem={failed ? data.unavailable : ''} info="" />;
}

/** The people and their passes, bookings, references, survey results and evidence, kept in this browser. */
function Record({ data }: { data: WorkspaceData }) {
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
      <KeptNote note={ws.kept} href={data.progressHref} link={t('progress.link')} />
      {ws.ready && (
        <>
          <DaySection ws={ws} />
          <People ws={ws} />
          <Bookings ws={ws} />
          <References ws={ws} />
          <Surveys ws={ws} />
          <Evidence ws={ws} />
          <Files ws={ws} />
          <Colleagues ws={ws} />
        </>
      )}
    </>
  );
}
