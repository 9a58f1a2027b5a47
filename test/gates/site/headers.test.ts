import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { headersFile } from '../../../src/integrations/response-headers.ts';
import { BASE, DIST } from './dist.ts';

describe('the headers file in dist/', () => {
  test('returns the response headers for the base path, framing refused', () => {
    const file = readFileSync(join(DIST, '_headers'), 'utf8');

    expect(file).toBe(headersFile(BASE));
    expect(file).toContain(`${BASE}*\n  Content-Security-Policy: frame-ancestors 'none'`);
    expect(file).toContain('  X-Frame-Options: DENY\n');
  });
});
