import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/**
 * A table of the progress page under its caption, in a region of its own named by the caption: on a narrow
 * screen the region scrolls sideways, by keyboard too, and the page never does.
 */
export function Table(props: { caption: ComponentChildren; class?: string; children: ComponentChildren }) {
  const id = useId();
  return (
    <div class="sa-scroll" role="region" aria-labelledby={id} tabIndex={0}>
      <table class={props.class ?? 'pg-table'}>
        <caption id={id}>{props.caption}</caption>
        {props.children}
      </table>
    </div>
  );
}
