/**
 * The marks that tell the site's links and files apart, in one place, so each reader can say what it was
 * given instead (a portfolio export on a competency page, one competency's link on the portfolio).
 */

import { notImported } from './messages.ts';
import type { Translate } from '../text/translate.ts';
import type { PackBody } from '../engine/evidence-pack.ts';

/** The `format` field of one competency's export (assessment-file.ts). */
export const FILE_FORMAT = 'competency-self-assessment';
/** The `format` field of a portfolio export (portfolio-file.ts). */
export const PORTFOLIO_FILE_FORMAT = 'competency-portfolio';
/** The `format` field of an export file protected with a passphrase (sealed.ts). */
export const SEALED_FILE_FORMAT = 'competency-sealed';
/**
 * The `format` field of the evidence pack's workbook wrapped as text to be sealed (pack-workbook-file.ts);
 * only ever found inside a protected file.
 */
export const WORKBOOK_FILE_FORMAT = 'competency-workbook';
/** The `format` field of a partner record's export (record-file.ts). */
export const RECORD_FILE_FORMAT = 'competency-record';
/** The `format` field of an evidence pack for a validator (evidence-pack.ts). */
export const PACK_FORMAT = 'competency-evidence-pack' satisfies PackBody['format'];
/** The `format` field of a request for some of the record's fields, and of a colleague's reply (request-link.ts). */
export const REQUEST_FORMAT = 'competency-request';
export const REPLY_FORMAT = 'competency-reply';
/** The slug a portfolio share link carries in place of a competency's. */
export const PORTFOLIO_SHARE_SLUG = 'portfolio';

/** A file's text read as JSON, or why it is refused (too large, not JSON), in the site's words. */
export function fileJson(
  t: Translate,
  text: string,
  maxBytes: number,
): { ok: true; data: unknown } | { ok: false; message: string } {
  if (text.length > maxBytes) return { ok: false, message: notImported(t, t('msg.fileRefused.tooLarge')) };
  try {
    return { ok: true, data: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: notImported(t, t('msg.fileRefused.notJson')) };
  }
}
