/**
 * Sealing with a passphrase: what a protected share link or export file carries instead of its answers,
 * and how it is opened again. One module for links and files alike; pages load it only when a partner
 * protects something or opens something protected (a dynamic import), never with a page's first script.
 *
 * The envelope, version 1, a JSON object:
 *   { v: 1, alg: "PBKDF2-SHA256/A256GCM", it, salt, iv, chk, data }
 * - `it`: the PBKDF2 iteration count (ITERATIONS when sealed here: OWASP's figure for PBKDF2-HMAC-SHA256).
 *   An envelope may ask for at most MAX_ITERATIONS, so a crafted link cannot keep a page busy for minutes.
 * - `salt`: 16 random bytes; `iv`: 12 random bytes (96 bits, a new one for every envelope); `chk`: 8 bytes;
 *   `data`: the AES-256-GCM ciphertext with its 16-byte tag. All four in base64url without padding.
 * - PBKDF2-HMAC-SHA256 over the passphrase (Unicode NFC, UTF-8) and the salt gives 384 bits: the first 256
 *   are the AES-GCM key, the last 64 are `chk`. `chk` tells a wrong passphrase (it differs) from an
 *   envelope changed after sealing (it matches but the tag does not): it lets nobody test a guess faster
 *   than the tag itself would, since both need the full key derivation.
 * - What is sealed is the text that would otherwise be written: a share link's compact JSON (share-link.ts)
 *   or an export file's JSON (assessment-file.ts, portfolio-file.ts). Opened, it is read exactly as that text.
 *
 * A share link carries the envelope's JSON in base64url where the plain link carries its array
 * (share-link.ts); an export file is the envelope with `format: "competency-sealed"` (SEALED_FILE_FORMAT).
 * A change to `salt`, `it` or `chk` reads as a wrong passphrase; to `iv` or `data` as tampering.
 */

import { SEALED_FILE_FORMAT } from './formats.ts';

export { SEALED_FILE_FORMAT };

/** The envelope's version and algorithm names. */
export const SEALED_VERSION = 1;
export const SEALED_ALG = 'PBKDF2-SHA256/A256GCM';

/**
 * PBKDF2-HMAC-SHA256 iterations when sealing: OWASP Password Storage Cheat Sheet's recommendation (600,000).
 * Measured on a 2-core server CPU: 245–300 ms of CPU time per derivation in Node (OpenSSL), about 200 ms at
 * best in Chromium (BoringSSL; a loaded machine shows more); a phone four times slower waits 0.8–1.2 s, once
 * per link or file made or opened, while the page says it is opening. Chromium's CPU throttling does not
 * slow Web Crypto, which runs off the main thread, so the phone's figure is four times the measured one.
 */
export const ITERATIONS = 600_000;
/** The most iterations an envelope may ask for: twice ours. */
export const MAX_ITERATIONS = 1_200_000;

const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 8;
/** The longest `data` read, in base64url characters: more than a portfolio export can hold. */
const MAX_DATA_CHARS = 400_000;

/** A sealed text. */
export interface Envelope {
  v: typeof SEALED_VERSION;
  alg: typeof SEALED_ALG;
  it: number;
  salt: string;
  iv: string;
  chk: string;
  data: string;
}

/** Why an envelope did not open: a wrong passphrase, a changed envelope, or not one this site can read. */
export type SealedProblem = 'wrong' | 'tampered' | 'damaged' | 'newer';

/** The opened text, or why not. */
export type Opened = { ok: true; text: string } | { ok: false; why: SealedProblem };

const B64URL = /^[A-Za-z0-9_-]*$/;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

/** The bytes of base64url text, or null when it is not base64url. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!B64URL.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a parsed value is meant as an envelope (an object with `alg` or `data`): such a value is
 * refused as damaged rather than read as anything else.
 */
export function looksSealed(value: unknown): boolean {
  return isRecord(value) && ('alg' in value || 'data' in value) && 'v' in value;
}

/**
 * The envelope in a parsed value, checked field by field without deriving anything: 'newer' for a later
 * version, null when it is not a readable envelope (bad base64url, lengths, iterations past MAX_ITERATIONS).
 * Never throws.
 */
export function readEnvelope(value: unknown): Envelope | 'newer' | null {
  if (!isRecord(value)) return null;
  const { v, alg, it, salt, iv, chk, data } = value;
  if (typeof v === 'number' && v > SEALED_VERSION) return 'newer';
  if (v !== SEALED_VERSION || alg !== SEALED_ALG) return null;
  if (typeof it !== 'number' || !Number.isSafeInteger(it) || it < 1 || it > MAX_ITERATIONS) return null;
  if (typeof salt !== 'string' || typeof iv !== 'string' || typeof chk !== 'string') return null;
  if (typeof data !== 'string' || data.length > MAX_DATA_CHARS) return null;
  if (fromBase64Url(salt)?.length !== SALT_BYTES || fromBase64Url(iv)?.length !== IV_BYTES) return null;
  if (fromBase64Url(chk)?.length !== CHECK_BYTES) return null;
  // At least the tag: 16 bytes.
  if ((fromBase64Url(data)?.length ?? 0) < 16) return null;
  return { v, alg, it, salt, iv, chk, data };
}

/** The AES key and the check value from a passphrase, a salt and an iteration count. */
async function derive(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<{ key: CryptoKey; check: Uint8Array }> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = new Uint8Array(
    await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 384),
  );
  const key = await subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { key, check: bits.slice(32, 32 + CHECK_BYTES) };
}

const random = (n: number): Uint8Array<ArrayBuffer> => globalThis.crypto.getRandomValues(new Uint8Array(n));

/** Seals a text with a passphrase (not empty): a new salt and IV every time. */
export async function seal(text: string, passphrase: string, iterations = ITERATIONS): Promise<Envelope> {
  const salt = random(SALT_BYTES);
  const iv = random(IV_BYTES);
  const { key, check } = await derive(passphrase, salt, iterations);
  const data = new Uint8Array(
    await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)),
  );
  return {
    v: SEALED_VERSION,
    alg: SEALED_ALG,
    it: iterations,
    salt: toBase64Url(salt),
    iv: toBase64Url(iv),
    chk: toBase64Url(check),
    data: toBase64Url(data),
  };
}

/** Two byte strings compared without stopping at the first difference. */
function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

/**
 * Opens an envelope (as parsed, still unchecked) with a passphrase. Never throws: a wrong passphrase, a
 * changed envelope, a foreign or newer one each come back as their own reason.
 */
export async function openSealed(value: unknown, passphrase: string): Promise<Opened> {
  const envelope = readEnvelope(value);
  if (envelope === 'newer') return { ok: false, why: 'newer' };
  if (envelope === null) return { ok: false, why: 'damaged' };
  const salt = fromBase64Url(envelope.salt);
  const iv = fromBase64Url(envelope.iv);
  const chk = fromBase64Url(envelope.chk);
  const data = fromBase64Url(envelope.data);
  if (!salt || !iv || !chk || !data) return { ok: false, why: 'damaged' };
  try {
    const { key, check } = await derive(passphrase, salt, envelope.it);
    if (!same(check, chk)) return { ok: false, why: 'wrong' };
    let plain: ArrayBuffer;
    try {
      plain = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, data);
    } catch {
      return { ok: false, why: 'tampered' };
    }
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, why: 'damaged' };
  }
}

/** A protected export file's text: the envelope with its format mark, pretty-printed. */
export function sealedFileText(envelope: Envelope): string {
  return `${JSON.stringify({ format: SEALED_FILE_FORMAT, ...envelope }, null, 2)}\n`;
}
