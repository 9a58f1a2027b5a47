import { useState } from 'preact/hooks';
import type { Translate } from '../../text/translate.ts';

/**
 * How the next share link or export file is made: protected with a passphrase or not, with or without the
 * money figures (src/engine/withheld.ts).
 */
export interface Forwarding {
  /** Whether to protect it. */
  protect: boolean;
  /** The passphrase to protect it with. */
  passphrase: string;
  /** Whether to leave out money figures, keeping their verdicts. */
  moneyless: boolean;
}

/** The choice before anything is chosen: plain, with every figure. */
export const PLAIN: Forwarding = { protect: false, passphrase: '', moneyless: false };

/**
 * The options for the share link and the files, shown above their buttons: protect with a passphrase (a box
 * to type it appears once ticked), and leave out money figures. It starts from `initial` and hands every change to `onChange`, for the
 * buttons to read.
 */
export function ForwardOptions(props: {
  t: Translate;
  prefix: string;
  initial: Forwarding;
  onChange: (choice: Forwarding) => void;
}) {
  const { t, prefix, onChange } = props;
  const [now, setNow] = useState(props.initial);
  const set = (change: Partial<Forwarding>): void => {
    const next = { ...now, ...change };
    setNow(next);
    onChange(next);
  };
  const id = `${prefix}-seal`;
  return (
    <fieldset class="sa-forward">
      <legend>{t('shared.forward.legend')}</legend>
      <p>
        <input
          type="checkbox"
          id={id}
          checked={now.protect}
          onChange={(e) => set({ protect: e.currentTarget.checked })}
        />{' '}
        <label for={id}>{t('shared.forward.protect')}</label>
      </p>
      {now.protect && (
        <p class="sa-pass">
          <label for={`${id}-p`}>{t('shared.forward.passphrase')}</label>
          <input
            id={`${id}-p`}
            type="text"
            autoComplete="off"
            spellcheck={false}
            value={now.passphrase}
            aria-describedby={`${id}-h`}
            onInput={(e) => set({ passphrase: e.currentTarget.value })}
          />
          <span id={`${id}-h`} class="sa-seal-hint">
            {t('shared.forward.passphraseHelp')}
          </span>
        </p>
      )}
      <p>
        <input
          type="checkbox"
          id={`${prefix}-moneyless`}
          checked={now.moneyless}
          aria-describedby={`${prefix}-moneyless-h`}
          onChange={(e) => set({ moneyless: e.currentTarget.checked })}
        />{' '}
        <label for={`${prefix}-moneyless`}>{t('shared.forward.moneyless')}</label>
        <span id={`${prefix}-moneyless-h`} class="sa-seal-hint">
          {t('shared.forward.moneylessHelp')}
        </span>
      </p>
    </fieldset>
  );
}
