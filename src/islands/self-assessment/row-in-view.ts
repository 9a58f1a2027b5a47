/**
 * Keeps the requirement being edited readable on a phone: its whole row (the requirement's name and what each
 * level asks) below the sticky result bar, and the field itself above the bottom of what is visible, which
 * the on-screen keyboard moves up (the visual viewport). The field wins when both cannot be had. Runs when a
 * field takes the focus, after the browser's own scrolling, and again when the keyboard opens or closes.
 */

/** Room left between the bar, the row and the edge of what is visible, in CSS pixels. */
const GAP = 8;

/** Scrolls the least that brings the row of `target` (a field of the table) into view; else does nothing. */
export function keepRowInView(target: EventTarget | null): void {
  if (!(target instanceof HTMLElement)) return;
  const row = target.closest('tr');
  const bar = target.closest('.sa')?.querySelector('.sa-bar');
  if (!row || !bar) return;
  const view = visualViewport;
  const top = Math.max(bar.getBoundingClientRect().bottom, view?.offsetTop ?? 0) + GAP;
  const bottom = (view ? view.offsetTop + view.height : innerHeight) - GAP;
  const box = row.getBoundingClientRect();
  // Scrolling by anything from `least` to `most` shows the whole row: the smallest such distance, if any;
  // for a row taller than the room, its top. Either way the field stays above the bottom.
  const [least, most] = [box.bottom - bottom, box.top - top];
  const fit = least <= most ? Math.min(Math.max(0, least), most) : Math.min(most, 0);
  const by = Math.max(fit, target.getBoundingClientRect().bottom - bottom);
  if (Math.abs(by) >= 1) scrollBy({ top: by, behavior: 'instant' });
}

// Whether a pointer (a finger, a mouse button) is pressed: a field takes the focus as it goes down, and the
// click comes only once it is up, on whatever is under it then.
let pressed = false;
addEventListener('pointerdown', () => (pressed = true), true);
for (const type of ['pointerup', 'pointercancel'] as const)
  addEventListener(type, () => (pressed = false), true);

/**
 * Brings the row of a field that took the focus into view. While a pointer is pressed on it, only once the
 * press is over: moved away under the pointer before that, a box would not tick, as the click would land on
 * what is under the pointer then.
 */
export function keepFocusedRowInView(target: EventTarget | null): void {
  if (!pressed) return keepRowInView(target);
  addEventListener('pointerup', () => setTimeout(() => keepRowInView(target)), { once: true, capture: true });
}

let watching = false;

/** From the first call on, follows the keyboard opening and closing: the focused field's row stays in view. */
export function followKeyboard(): void {
  if (watching || !visualViewport) return;
  watching = true;
  visualViewport.addEventListener('resize', () => keepRowInView(document.activeElement));
}
