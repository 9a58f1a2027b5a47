import { useEffect, useRef } from 'preact/hooks';
import type { CopiedLink } from './clipboard.ts';

/** A share link in a read-only box: said to be copied, or selected so the partner can copy it by hand. */
export function LinkField(props: {
  /** The box's element id, unique on the page. */
  id: string;
  link: CopiedLink;
  /** The label once the link is on the clipboard, e.g. "Link copied. Anyone who opens it sees these answers:". */
  copied: string;
  /** The label while the link waits to be copied by hand. */
  label: string;
}) {
  const { id, link } = props;
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!link.copied) input.current?.select();
  }, [link]);
  return (
    <p class="sa-link">
      <label for={id}>{link.copied ? props.copied : props.label}</label>
      <input id={id} ref={input} type="text" readOnly value={link.url} />
    </p>
  );
}
