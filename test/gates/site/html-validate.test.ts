import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, readSite } from './dist.ts';
import { formatHtmlErrors, validateHtml } from './validate-html.ts';

// Validation takes about 0.15 s a page on a quiet machine; the catalogue's filter and comparison views add
// dozens of pages, and each language all of them again.
const TIMEOUT_MS = 480_000;

describe('html-validate over dist/', () => {
  test('returns no errors on any page', { timeout: TIMEOUT_MS }, async () => {
    const { pages } = readSite();

    const errors = await validateHtml([...pages].map(([page, html]) => ({ file: join(DIST, page), html })));

    expect(formatHtmlErrors(errors)).toBe('');
  });
});
