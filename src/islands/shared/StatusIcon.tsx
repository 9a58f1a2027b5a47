import type { RequirementStatus } from '../../domain/requirement-status.ts';

// Each state has its own shape, so it reads without colour: a tick, a half-filled circle, a cross, an empty ring.
const paths: Record<RequirementStatus, string> = {
  met: 'M3 8.5l3 3 7-7',
  partial: 'M8 2a6 6 0 1 0 0 12z',
  unmet: 'M4 4l8 8M12 4l-8 8',
  unanswered: '',
};

/** The icon of a requirement state; decorative, the state is always written next to it. */
export function StatusIcon({ status }: { status: RequirementStatus }) {
  return (
    <svg class="sa-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      {status === 'partial' || status === 'unanswered' ? <circle cx="8" cy="8" r="6" /> : null}
      {status === 'unanswered' ? null : <path d={paths[status]} />}
    </svg>
  );
}
