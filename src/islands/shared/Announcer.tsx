import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../text/translate.ts';

/** How long the result must stay the same before it is read out: a pause in typing, not a keystroke. */
export const ANNOUNCE_AFTER_MS = 1000;

/**
 * A polite live region that reads out what the island shows once it has stopped changing: after a pause in
 * typing, and only when the words differ from the last ones said; nothing for what shows when it appears. `watch` changes with what is shown;
 * `say` gets the region's own element (to find what the island shows around it) and returns the words.
 */
export function Announcer(props: { watch: unknown; say: (me: HTMLElement) => string }) {
  const meRef = useRef<HTMLParagraphElement>(null);
  const [said, setSaid] = useState('');
  // The newest `say`, for a timer set by an earlier render.
  const sayRef = useRef(props.say);
  useEffect(() => {
    sayRef.current = props.say;
  });
  // What shows when the region appears (answers read from storage) is there to see, not news to read out.
  const shownRef = useRef(false);
  useEffect(() => {
    if (!shownRef.current) {
      shownRef.current = true;
      return;
    }
    const timer = setTimeout(
      () => meRef.current && setSaid(sayRef.current(meRef.current)),
      ANNOUNCE_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [props.watch]);
  return (
    <p role="status" class="visually-hidden" ref={meRef}>
      {said}
    </p>
  );
}

/**
 * The words of an element as a screen reader would take them in turn: each paragraph and list item once, as a
 * sentence of the page's language (`t`), links and buttons left out.
 */
export function spokenText(el: Element | null | undefined, t: Translate): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const skip of copy.querySelectorAll('a, button, details, [aria-hidden="true"]')) skip.remove();
  const parts = [...copy.querySelectorAll('p, li')].map((p) => p.textContent.replace(/\s+/g, ' ').trim());
  return (parts.length > 0 ? parts : [copy.textContent.trim()])
    .filter(Boolean)
    .map((said) => (/[.!?。！？]$/.test(said) ? said : said + t('list.stop')))
    .reduce((first, then) => (first ? t('list.then', { first, then }) : then), '');
}
