import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../text/translate.ts';
import { firstThenRest } from './paint-first.ts';

/**
 * The banner over answers opened from a share link or a file: they replace the saved ones only when
 * asked to. It takes the focus when it appears, so keyboard and screen reader users land on the choice.
 * Once they are used it closes in the click's own frame: the answers on the page are the same ones, now
 * the partner's, and what that changes around them follows once the frame is painted (paint-first.ts).
 */
export function SharedBanner(props: {
  t: Translate;
  /** The heading's element id, unique on the page. */
  id: string;
  /** The heading level that fits the page's outline. */
  level: 2 | 3;
  title: string;
  /** Where the answers come from. */
  text: string;
  /** Whether they come from a file rather than a link, for what a printed report says of them. */
  file?: boolean | undefined;
  /** What else to say about the shared answers, e.g. that they were given under earlier rules. */
  note?: ComponentChildren;
  /** Called with true to use the shared answers as the partner's own, false to go back to them. */
  leave: (use: boolean) => void;
}) {
  const { t } = props;
  const Heading = props.level === 2 ? 'h2' : 'h3';
  const heading = useRef<HTMLHeadingElement>(null);
  const [used, setUsed] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  if (used) return null;
  const use = () =>
    firstThenRest(
      () => setUsed(true),
      () => props.leave(true),
    );
  return (
    <section class="sa-shared" aria-labelledby={props.id}>
      <p class="sa-print">{props.file ? t('msg.shownNotSaved.file') : t('msg.shownNotSaved.link')}</p>
      <Heading id={props.id} ref={heading} tabIndex={-1}>
        {props.title}
      </Heading>
      <p>{props.text}</p>
      {props.note}
      <p class="sa-buttons">
        <button type="button" class="sa-primary" onClick={use}>
          {t('shared.use')}
        </button>
        <button type="button" onClick={() => props.leave(false)}>
          {t('shared.keep')}
        </button>
      </p>
    </section>
  );
}
