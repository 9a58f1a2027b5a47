/**
 * CSV writing for the action plan export: RFC 4180 quoting, CRLF line breaks, and a guard against
 * formula injection, because the file is meant to be opened in a spreadsheet.
 */

/** Characters that make a spreadsheet treat a cell as a formula (OWASP's list, tab and CR included). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters that force a field into double quotes under RFC 4180. */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell: a spreadsheet would otherwise run `=HYPERLINK(...)` typed by whoever wrote the text. A number
 * is written as JavaScript writes it (never grouped, a point before decimals, whatever the locale) and left
 * unguarded, so -5 stays a number; one that is not finite is left empty.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document from rows of cells, lines ended with CRLF as RFC 4180 asks. */
export function toCsv(
  rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined>>,
): string {
  return rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');
}
