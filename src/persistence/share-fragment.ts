/**
 * Whether a location holds a share link, without decoding it. Kept apart from share-link.ts (the codec),
 * so an island can test the location on its first load and fetch the decoder only when there is a link.
 */

/** The fragment parameter a share link uses: `#a=…`. */
export const SHARE_PARAM = 'a';

/** Whether a location hash (with or without `#`) holds a share link at all. */
export function hasShare(hash: string): boolean {
  return hash.replace(/^#/, '').startsWith(`${SHARE_PARAM}=`);
}
