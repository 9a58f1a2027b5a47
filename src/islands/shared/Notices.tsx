import type { ComponentChildren } from 'preact';

/**
 * An island's two live regions: a problem (alert) and what just happened (status). Both stay in the page
 * when empty, so that screen readers announce what is written into them later.
 */
export function Notices({ problem, info }: { problem: string; info: ComponentChildren }) {
  return (
    <>
      <div role="alert" class={problem ? 'sa-note sa-bad' : ''}>
        {problem}
      </div>
      <div role="status" class={info ? 'sa-note' : ''}>
        {info}
      </div>
    </>
  );
}

/**
 * Where the answers are kept: `children` says it when they are saved, `held` why they are kept in memory
 * though storage works, else the browser does not allow saving.
 */
export function SavedNote(props: {
  memoryOnly: boolean;
  held: ComponentChildren;
  children: ComponentChildren;
}) {
  return (
    <p class="sa-saved">
      {props.held ||
        (props.memoryOnly
          ? 'This browser does not allow saving, so your answers are kept only until you leave this page.'
          : props.children)}
    </p>
  );
}
