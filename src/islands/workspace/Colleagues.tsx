import { useEffect, useRef, useState } from 'preact/hooks';
import type { RecordReply } from '../../persistence/request-link.ts';
import { hasReply } from '../../persistence/request-fragment.ts';
import { importAgain, loadOnce } from '../shared/load-once.ts';
import { Unlock } from '../shared/Unlock.tsx';
import type { Workspace } from './use-record.ts';

/** The code for requests and replies, fetched on the click that needs it or when the page opens a reply. */
export const loadAsking = loadOnce(importAgain(() => import('./asking.tsx')));
type Asking = Awaited<ReturnType<typeof loadAsking>>;

/**
 * Asking colleagues for some of the record's fields: a button that opens the request, a file box for a reply
 * file, and the review of a reply opened from a link (`#reply=…`) or a file. Their code loads only then.
 */
export function Colleagues({ ws }: { ws: Workspace }) {
  const { t } = ws;
  const [code, setCode] = useState<Asking | null>(null);
  const [asking, setAsking] = useState(false);
  const [reply, setReply] = useState<{ value: RecordReply; leftOut: number } | null>(null);
  const [sealed, setSealed] = useState<unknown>(undefined);
  const file = useRef<HTMLInputElement>(null);
  const load = async (): Promise<Asking | null> => {
    try {
      const loaded = code ?? (await loadAsking());
      setCode(() => loaded);
      return loaded;
    } catch {
      ws.say(t('workspace.unavailable'));
      return null;
    }
  };
  const show = (opening: ReturnType<Asking['replyFromHash']>) => {
    setSealed(undefined);
    if (opening.state === 'read') {
      setReply({ value: opening.value, leftOut: opening.leftOut });
      ws.say(t('workspace.review.opened', { name: opening.value.by.name }));
    } else if (opening.state === 'sealed') setSealed(opening.envelope);
    else if (opening.state === 'refused') ws.say(opening.message);
  };
  // A reply link opened in this tab, or pasted into its address bar later.
  const fromHashRef = useRef(() => {});
  useEffect(() => {
    fromHashRef.current = () => {
      if (hasReply(location.hash))
        void load().then((loaded) => loaded && show(loaded.replyFromHash(t, ws.data)));
    };
  });
  useEffect(() => {
    const open = () => fromHashRef.current();
    open();
    addEventListener('hashchange', open);
    return () => removeEventListener('hashchange', open);
  }, []);
  const close = () => {
    setReply(null);
    setSealed(undefined);
    // The reply is set aside: the address no longer opens it again.
    if (hasReply(location.hash)) history.replaceState(history.state, '', location.pathname + location.search);
  };
  const openFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    if (!chosen) return;
    const [loaded, text] = await Promise.all([load(), chosen.text().catch(() => '')]);
    input.value = '';
    if (loaded) show(loaded.replyFromFile(t, ws.data, text));
  };
  return (
    <section class="ws-section" aria-labelledby="ws-colleagues-h">
      <h2 id="ws-colleagues-h">{t('workspace.colleagues.heading')}</h2>
      <p>{t('workspace.colleagues.lead')}</p>
      <p class="ws-actions">
        <button
          type="button"
          aria-expanded={asking}
          onClick={() => void load().then((loaded) => loaded && setAsking(!asking))}
        >
          {t('workspace.colleagues.ask')}
        </button>
      </p>
      {asking && code && <code.Ask ws={ws} close={() => setAsking(false)} />}
      <p class="ws-row">
        <label for="ws-reply-file">{t('workspace.colleagues.file')}</label>
        <input
          id="ws-reply-file"
          ref={file}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void openFile(e.currentTarget)}
        />
      </p>
      {sealed !== undefined && code && (
        <Unlock
          t={t}
          prefix="ws-reply"
          level={3}
          file={false}
          words={{
            heading: t('workspace.unlock.reply'),
            text: t('workspace.unlock.replyText'),
            leave: t('workspace.review.close'),
          }}
          open={async (phrase) => {
            const opened = await code.unsealReply(t, ws.data, sealed, phrase);
            if (opened.state === 'wrong') return opened.message;
            show(opened);
            return null;
          }}
          leave={close}
        />
      )}
      {reply && code && <code.Review ws={ws} reply={reply.value} leftOut={reply.leftOut} close={close} />}
    </section>
  );
}
