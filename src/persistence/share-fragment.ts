/**
 * Whether a location holds a share link, without decoding it. Kept apart from share-link.ts (the codec),
 * so an island can test the location on its first load and fetch the decoder only when there is a link.
 */

/** The fragment parameter a share link uses: `#a=…`. */
export const SHARE_PARAM = 'a';

/**
 * Where a share link's parameter starts in a fragment, as mail clients and trackers pass links on: first or
 * after another parameter (`&`, `&amp;` from a client that escaped it, `%26`), its `=` percent-encoded
 * once or twice or not at all. The page's own script tests the location with it too.
 */
export const SHARE_START = /(?:^#?|[&;]|%26)a(?:=|%3d|%253d)/i;

/** Whether a location hash (with or without `#`) holds a share link at all. */
export function hasShare(hash: string): boolean {
  return SHARE_START.test(hash);
}
