/**
 * The evidence pack's workbook as text, so that it can be protected with a passphrase like the site's other
 * files: the XLSX file's bytes in base64 inside a small JSON object, which is then sealed (sealed.ts) and
 * written as a `competency-sealed` file. Opened with the passphrase on the page that checks packs, it gives
 * the workbook back as it was made.
 *
 * Shape, version 1 (keys in any order):
 *   { format: "competency-workbook", v: 1,
 *     name   the workbook's file name, e.g. "archiving-evidence-pack.xlsx": letters, digits, "-", "_" and
 *            "." only, ending in ".xlsx", at most 120 characters
 *     data } the XLSX file's bytes in base64 (RFC 4648, with padding), at most MAX_WORKBOOK_BYTES of them
 * A change of these fields or their meaning raises `v`; a reader refuses a version it does not know and says
 * a later one is newer. A wrapper whose bytes are no ZIP archive (an XLSX file is one) is refused.
 */
import { isRecord } from '../util/is-record.ts';
import { WORKBOOK_FILE_FORMAT } from './formats.ts';

export { WORKBOOK_FILE_FORMAT };

/** The version of the wrapper's shape. */
export const WORKBOOK_FILE_VERSION = 1;

/**
 * The largest workbook wrapped: its base64, sealed and written in base64url again, stays within what an
 * envelope may hold (sealed.ts reads at most 400,000 characters of data).
 */
export const MAX_WORKBOOK_BYTES = 220_000;

const NAME = /^[\w.-]{1,115}\.xlsx$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** The first bytes of a ZIP archive's local file header, "PK\x03\x04". */
const ZIP = [0x50, 0x4b, 0x03, 0x04];

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: one call with every byte as an argument overflows the stack on a large workbook.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The wrapper's text for a workbook's bytes and name; null when the workbook is too large to wrap. */
export function workbookFileText(name: string, bytes: Uint8Array): string | null {
  if (bytes.length > MAX_WORKBOOK_BYTES || !NAME.test(name)) return null;
  return JSON.stringify({
    format: WORKBOOK_FILE_FORMAT,
    v: WORKBOOK_FILE_VERSION,
    name,
    data: toBase64(bytes),
  });
}

/** A wrapper read: the workbook's name and bytes, or why not. */
export type WorkbookFile =
  { ok: true; name: string; bytes: Uint8Array<ArrayBuffer> } | { ok: false; why: 'newer' | 'damaged' };

/** Whether a parsed value is meant as a workbook wrapper (its format mark), whatever else it holds. */
export const isWorkbookFile = (value: unknown): boolean =>
  isRecord(value) && value['format'] === WORKBOOK_FILE_FORMAT;

/**
 * The workbook in a parsed wrapper, checked: a known version, a safe file name, base64 within the size
 * and bytes that begin as a ZIP archive does. Never throws.
 */
export function readWorkbookFile(value: unknown): WorkbookFile {
  if (!isWorkbookFile(value) || !isRecord(value)) return { ok: false, why: 'damaged' };
  const { v, name, data } = value;
  if (typeof v === 'number' && v > WORKBOOK_FILE_VERSION) return { ok: false, why: 'newer' };
  if (v !== WORKBOOK_FILE_VERSION || typeof name !== 'string' || !NAME.test(name))
    return { ok: false, why: 'damaged' };
  if (typeof data !== 'string' || data.length > Math.ceil(MAX_WORKBOOK_BYTES / 3) * 4 || !BASE64.test(data))
    return { ok: false, why: 'damaged' };
  const bytes = fromBase64(data);
  if (bytes.length < ZIP.length || ZIP.some((b, i) => bytes[i] !== b)) return { ok: false, why: 'damaged' };
  return { ok: true, name, bytes };
}
