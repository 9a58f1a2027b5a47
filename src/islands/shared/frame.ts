/**
 * Whether the page is shown in a frame of another origin. A page there can lay its own content over this one
 * and trick a click, so the islands then leave the partner's saved answers alone (use-island-storage.ts).
 * Only a page of the same origin may read the top window's origin: from any other, reading it throws.
 */
export function inForeignFrame(): boolean {
  try {
    return top?.origin !== origin;
  } catch {
    return true;
  }
}
