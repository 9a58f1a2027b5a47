import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, readSite } from './dist.ts';
import { formatHtmlErrors, validateHtml } from './validate-html.ts';

describe('html-validate over dist/', () => {
  test('returns no errors on any page', async () => {
    const { pages } = readSite();

    const errors = await validateHtml([...pages].map(([page, html]) => ({ file: join(DIST, page), html })));

    expect(formatHtmlErrors(errors)).toBe('');
  });
});
