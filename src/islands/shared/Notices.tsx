import type { ComponentChildren } from 'preact';
import type { FramedNote } from '../../persistence/messages.ts';

/**
 * An island's two live regions: a problem (alert) and what just happened (status). Both stay in the page
 * when empty, so that screen readers announce what is written into them later. In a frame of another
 * website, the alert says so first (`msg.framed`), with a link that opens the page in a tab of its own.
 */
export function Notices(props: { problem: string; info: ComponentChildren; framed?: FramedNote | false }) {
  const { problem, info, framed } = props;
  return (
    <>
      <div role="alert" class={problem || framed ? 'sa-note sa-bad' : ''}>
        {framed && (
          <p>
            {framed.text}{' '}
            <a href={location.href} target="_blank">
              {framed.link}
            </a>
          </p>
        )}
        {problem}
      </div>
      <div role="status" class={info ? 'sa-note' : ''}>
        {info}
      </div>
    </>
  );
}

/**
 * Where the answers are kept: `children` while they are saved, else `note`, why they are kept in this tab
 * only, in a live region so that it is announced once, when it appears.
 */
export function SavedNote(props: { note: ComponentChildren; children: ComponentChildren }) {
  return (
    <p class="sa-saved">
      <span role="status">{props.note}</span>
      {!props.note && props.children}
    </p>
  );
}
