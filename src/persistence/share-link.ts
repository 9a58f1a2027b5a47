/**
 * Share links carry one competency's assessment in the URL fragment, so nothing is sent to a server.
 *
 * Format: `#a=<base64url of a compact JSON array>.<checksum>`. The array is
 * `[1, slug, rulesVersion, model, region, answers]`, the leading 1 being the format version, optionally
 * followed by the interim designation's answers given on an area competency's page as
 * `[designation slug, its rules version, its answers]` (links without it read as before). The checksum
 * (FNV-1a over the base64url text, base36) catches links cut short or edited by hand, which would often
 * still decode to valid JSON with different numbers in it.
 *
 * A link made with "Leave out money figures" (src/engine/withheld.ts) is format 2:
 * `[2, slug, rulesVersion, model, region, answers, designation or 0, withheld]`, its answers without money
 * figures and `withheld` the verdicts kept for them. A site that reads only format 1 says it is newer rather
 * than showing those requirements as not answered.
 *
 * A link protected with a passphrase carries, in place of the array, the base64url of a sealed envelope's
 * JSON (an object, `{ v, alg, it, salt, iv, chk, data }`: sealed.ts), with the same checksum after it:
 * `#a=<base64url of the envelope's JSON>.<checksum>`. Its `data` is the plain link's array as JSON text,
 * encrypted, so no figure and no id of the answers can be read in the address. Reading it gives the envelope
 * (`sealed`) to open with the passphrase; the opened text is then read as a plain link's (decodeShareJson).
 *
 * Links come back as mail clients, chat apps and trackers pass them on: percent-encoded (once or twice),
 * wrapped over lines, with `&` escaped as `&amp;`, punctuation after them, or parameters of their own before
 * or after (`utm_source=…`, `fbclid=…`). The reader undoes all of that; the checksum still refuses a payload
 * that changed.
 */

import { hasShare, SHARE_PARAM } from './share-fragment.ts';
import type { Translate } from '../text/translate.ts';

export { hasShare, SHARE_PARAM };

/** Line breaks and spaces a mail client wraps a long link with (never part of a link the site writes). */
const WRAPPING = /\s+/g;

/**
 * A fragment parameter's value (the share link's unless `param` names another, such as a request link's) in
 * a location hash as it was passed on (see above), or null when the hash holds none: wrapping and
 * percent-encoding undone, the parameter picked out of any others.
 */
export function fragmentText(hash: string, param = SHARE_PARAM): string | null {
  let text = hash.replace(WRAPPING, '');
  // A client that encoded a link already encoded leaves `%253D`: decoded twice at most.
  for (let i = 0; i < 2 && text.includes('%'); i++) {
    try {
      text = decodeURIComponent(text).replace(WRAPPING, '');
    } catch {
      break;
    }
  }
  const found = text
    .replace(/^#/, '')
    .split(/&(?:amp;)?/)
    .find((part) => part.startsWith(`${param}=`));
  return found === undefined ? null : found.slice(param.length + 1);
}

const FORMAT_VERSION = 1;
/** The format of a link that leaves out money figures, keeping their verdicts. */
const WITHHELD_FORMAT = 2;

/** What a share link carries: enough to show the same verdict on another machine. */
export type SharePayload = {
  /** The competency the answers belong to, e.g. "archiving". */
  slug: string;
  /** The rules version (or hash) the answers were given against. */
  rulesVersion: string;
  /** The business model and region chosen. */
  context: { model: string; region: string };
  /** Answers by requirement id, still to be checked by the answers schema. */
  answers: unknown;
  /** The interim designation's answers, still to be checked, when the link carries them. */
  designation?: { slug: string; rulesVersion: string; answers: unknown } | undefined;
  /** The verdicts kept for money figures left out (withheld.ts), still to be checked; absent when none were. */
  withheld?: unknown;
};

/**
 * Why a fragment could not be read, worded for the partner who opened the link; `sealed` holds the envelope
 * of a link protected with a passphrase (still unchecked), for a reader that can ask for it.
 */
export type ShareError = { ok: false; message: string; sealed?: unknown };
/** The outcome of reading a fragment. */
export type ShareResult = { ok: true; value: SharePayload } | ShareError;

/** 32-bit FNV-1a: tiny and good enough to notice accidental or casual edits (not a signature). */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): string {
  const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  // A plain loop: Uint8Array.from with a mapping function walks the string through its iterator, which
  // takes a fifth of a second on a long (crafted) link.
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** A payload as the compact JSON text a link carries (in base64url), or seals. */
export function shareJson(payload: SharePayload): string {
  const designation = payload.designation
    ? [payload.designation.slug, payload.designation.rulesVersion, payload.designation.answers]
    : undefined;
  const head = [
    payload.slug,
    payload.rulesVersion,
    payload.context.model,
    payload.context.region,
    payload.answers,
  ];
  if (payload.withheld !== undefined)
    return JSON.stringify([WITHHELD_FORMAT, ...head, designation ?? 0, payload.withheld]);
  return JSON.stringify([FORMAT_VERSION, ...head, ...(designation ? [designation] : [])]);
}

/** The fragment (without `#`) for a text: its base64url and checksum. */
function fragmentOf(text: string): string {
  const body = toBase64Url(text);
  return `${SHARE_PARAM}=${body}.${checksum(body)}`;
}

/** The fragment (without `#`) for a payload, e.g. `a=WzEsImFyY2hpdmluZyIs….1x9k2c`. */
export function encodeShare(payload: SharePayload): string {
  return fragmentOf(shareJson(payload));
}

/** The fragment (without `#`) of a link protected with a passphrase: the envelope of shareJson's text. */
export function encodeSealedShare(envelope: object): string {
  return fragmentOf(JSON.stringify(envelope));
}

/**
 * Reads a location hash (with or without `#`). Never throws: a cut, edited or foreign fragment gives an
 * error with a message to show. The answers still need the answers schema; this checks only the envelope.
 * A link protected with a passphrase gives an error whose `sealed` holds its envelope.
 */
export function decodeShare(t: Translate, hash: string): ShareResult {
  const damaged: ShareError = { ok: false, message: t('msg.share.damaged') };
  const text = fragmentText(hash);
  if (text === null) return { ok: false, message: t('msg.share.none') };
  // Punctuation a client put after the link (a full stop, a bracket) is no part of it.
  const match = /^([A-Za-z0-9_-]+)\.([0-9a-z]{1,7})[^A-Za-z0-9_-]*$/.exec(text);
  if (match === null) return damaged;
  const [, body = '', sum] = match;
  if (checksum(body) !== sum) return damaged;
  let json: string;
  try {
    json = fromBase64Url(body);
  } catch {
    return damaged;
  }
  return decodeShareJson(t, json);
}

/**
 * Reads a link's JSON text: a plain link's array, or a protected link's envelope (an object), which comes
 * back in `sealed`. The text a protected link opens to is read here too. Never throws.
 */
export function decodeShareJson(t: Translate, json: string): ShareResult {
  const damaged: ShareError = { ok: false, message: t('msg.share.damaged') };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return damaged;
  }
  if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
    return { ok: false, message: t('msg.share.sealed'), sealed: parsed };
  if (!Array.isArray(parsed)) return damaged;
  const [format, slug, rulesVersion, model, region, answers, extra, withheld] = parsed as unknown[];
  // Only a higher format number is "newer"; 0, text or a missing version is damage.
  if (typeof format === 'number' && format > WITHHELD_FORMAT) {
    return { ok: false, message: t('msg.share.newer') };
  }
  const plain = format === FORMAT_VERSION && parsed.length >= 6 && parsed.length <= 7;
  const kept = format === WITHHELD_FORMAT && parsed.length === 8 && isObject(withheld);
  if (
    !(plain || kept) ||
    typeof slug !== 'string' ||
    typeof rulesVersion !== 'string' ||
    typeof model !== 'string' ||
    typeof region !== 'string' ||
    !isObject(answers)
  ) {
    return damaged;
  }
  const value: SharePayload = { slug, rulesVersion, context: { model, region }, answers };
  if (extra !== undefined && !(kept && extra === 0)) {
    if (!Array.isArray(extra) || typeof extra[0] !== 'string' || typeof extra[1] !== 'string') return damaged;
    value.designation = { slug: extra[0], rulesVersion: extra[1], answers: extra[2] as unknown };
  }
  if (kept) value.withheld = withheld;
  return { ok: true, value };
}

/** Whether a parsed value is a JSON object (not an array, not null). */
const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
