import { describe, expect, test } from 'vitest';
import { checkLinks } from '../checks/links.ts';
import { BASE, readSite } from './dist.ts';

describe('internal links in dist/', () => {
  test('returns no broken links or anchors on any page', () => {
    const { pages, files } = readSite();

    const broken = checkLinks({ pages, files, base: BASE });

    const report = broken.map((b) => `${b.page}: ${b.href} ${b.reason}`).join('\n');
    expect(report).toBe('');
  });
});
