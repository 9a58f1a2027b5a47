/**
 * The evidence pack last made on this page, for the printed report to name its hash (PrintHead). Kept apart
 * from the pack's own code, which loads on the click that makes one: this stays small enough to come with
 * the islands' lazy parts.
 */

/** The pack's hash, and the line the printed report shows, with the hash and when it was made. */
export interface PackMade {
  hash: string;
  line: string;
}

let last: PackMade | null = null;
const listeners = new Set<(made: PackMade) => void>();

/** The pack made last on this page, or null. */
export const lastPack = (): PackMade | null => last;

/** Records a pack just made and tells whoever listens. */
export function packMade(made: PackMade): void {
  last = made;
  for (const listener of listeners) listener(made);
}

/** Calls `listener` on each pack made from now on; returns what stops it. */
export function onPackMade(listener: (made: PackMade) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
