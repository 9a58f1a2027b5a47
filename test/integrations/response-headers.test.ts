import { describe, expect, test } from 'vitest';
import { headersFile, RESPONSE_HEADERS } from '../../src/integrations/response-headers.ts';

describe('headersFile', () => {
  test('returns every response header for every path, and a year of caching for the hashed files', () => {
    const file = headersFile('/');

    expect(file.split('\n\n')).toEqual([
      [
        '/*',
        `  Content-Security-Policy: ${RESPONSE_HEADERS['Content-Security-Policy']}`,
        '  X-Frame-Options: DENY',
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
        '  Strict-Transport-Security: max-age=31536000',
      ].join('\n'),
      '/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    ]);
  });

  test('returns the paths under the base path, with or without its final slash', () => {
    expect(headersFile('/competencies/')).toMatch(/^\/competencies\/\*\n[^]*\n\/competencies\/_astro\/\*\n/);
    expect(headersFile('/competencies')).toBe(headersFile('/competencies/'));
  });

  test('refuses framing by any page, in the policy and in the older header', () => {
    expect(RESPONSE_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(RESPONSE_HEADERS['X-Frame-Options']).toBe('DENY');
  });
});
