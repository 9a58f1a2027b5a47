/**
 * Says that a snapshot was kept because a level or the tier changed (snapshot-soon.ts), with a link to the
 * progress page, in a polite live region of its own that stays in the page, so it is announced once, when
 * it is written, and leaves the page's other notes alone.
 */
export function KeptNote(props: { note: string; href: string; link: string }) {
  const { note, href, link } = props;
  return (
    <div role="status" class={note ? 'sa-note sa-kept' : 'sa-kept'}>
      {note && (
        <p>
          {note} <a href={href}>{link}</a>
        </p>
      )}
    </div>
  );
}
