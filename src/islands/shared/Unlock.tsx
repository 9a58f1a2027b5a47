import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../text/translate.ts';

/**
 * In place of the banner over shared answers, while they are protected with a passphrase: a labelled
 * passphrase field that takes the focus (its label and the explanation are read out with it), and the
 * problem when the passphrase does not open them, announced. `open` tries a passphrase and gives the message
 * why it did not open, or null once it did; `leave` sets the protected answers aside.
 */
export function Unlock(props: {
  t: Translate;
  /** The element ids' prefix, unique on the page, e.g. "sa". */
  prefix: string;
  level: 2 | 3;
  /** Whether a file rather than a link is protected. */
  file: boolean;
  /**
   * What is protected, in the caller's words, when it is not shared answers: a heading, what to do, and the
   * button that sets it aside.
   */
  words?: { heading: string; text: string; leave: string } | undefined;
  open: (passphrase: string) => Promise<string | null>;
  leave: () => void;
}) {
  const { t, prefix } = props;
  const Heading = props.level === 2 ? 'h2' : 'h3';
  const field = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => field.current?.focus(), []);
  const id = `${prefix}-unlock`;
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const passphrase = field.current?.value ?? '';
    if (busy) return;
    if (!passphrase) return void setProblem(t('msg.sealed.empty'));
    setBusy(true);
    setProblem('');
    const why = await props.open(passphrase);
    setBusy(false);
    if (why !== null) {
      setProblem(why);
      field.current?.select();
    }
  };
  return (
    <section class="sa-shared sa-unlock" aria-labelledby={`${id}-h`}>
      <Heading id={`${id}-h`}>
        {props.words?.heading ?? (props.file ? t('shared.unlock.file') : t('shared.unlock.link'))}
      </Heading>
      <p id={`${id}-d`}>{props.words?.text ?? t('shared.unlock.text')}</p>
      <form onSubmit={(e) => void submit(e)}>
        <p class="sa-pass">
          <label for={id}>{t('shared.unlock.label')}</label>
          <input
            id={id}
            ref={field}
            type="password"
            autoComplete="off"
            spellcheck={false}
            aria-describedby={`${id}-d ${id}-e`}
            aria-invalid={problem ? 'true' : undefined}
          />
        </p>
        <p id={`${id}-e`} role="alert" class={problem ? 'sa-error' : ''}>
          {problem && (
            <>
              <span aria-hidden="true">⚠ </span>
              {problem}
            </>
          )}
        </p>
        <p class="sa-buttons">
          <button type="submit" class="sa-primary" disabled={busy}>
            {busy ? t('shared.unlock.opening') : t('shared.unlock.open')}
          </button>
          <button type="button" onClick={props.leave}>
            {props.words?.leave ?? t('shared.keep')}
          </button>
        </p>
      </form>
    </section>
  );
}
