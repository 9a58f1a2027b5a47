/**
 * Whether a location holds a request for some of the record's fields or a colleague's reply, without decoding
 * it. Kept apart from request-link.ts (the codec), so the record's page can test the location on its first
 * load and fetch the codec only when there is a request or a reply.
 */

/** The fragment parameters: `#ask=…` for a request, `#reply=…` for a reply. */
export const REQUEST_PARAM = 'ask';
export const REPLY_PARAM = 'reply';

/** Where a parameter starts in a fragment, as share-fragment.ts finds a share link's. */
const startOf = (param: string): RegExp => new RegExp(`(?:^#?|[&;]|%26)${param}(?:=|%3d|%253d)`, 'i');
const REQUEST_START = startOf(REQUEST_PARAM);
const REPLY_START = startOf(REPLY_PARAM);

/** Whether a location hash (with or without `#`) holds a request. */
export const hasRequest = (hash: string): boolean => REQUEST_START.test(hash);

/** Whether a location hash (with or without `#`) holds a reply. */
export const hasReply = (hash: string): boolean => REPLY_START.test(hash);
