import { describe, expect, test } from 'vitest';
import { hasShare, SHARE_PARAM } from '../../src/persistence/share-fragment.ts';
import { encodeShare } from '../../src/persistence/share-link.ts';

describe('hasShare', () => {
  test('returns true only for a fragment that starts with the share parameter', () => {
    expect([hasShare('#a=x'), hasShare('a=x'), hasShare('#main'), hasShare('')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  test('returns true for every fragment the share-link codec writes', () => {
    const fragment = encodeShare({
      slug: 'archiving',
      rulesVersion: '1.0',
      context: { model: 'integrate', region: 'emea' },
      answers: { references: 3 },
    });

    expect(fragment.startsWith(`${SHARE_PARAM}=`)).toBe(true);
    expect(hasShare(`#${fragment}`)).toBe(true);
  });
});
