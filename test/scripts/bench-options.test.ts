import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../scripts/bench/options.ts';
import { pageDifferences, turnOrder } from '../../scripts/bench/sizes.ts';

describe('parseArgs', () => {
  test('builds no variant unless asked', () => {
    expect(parseArgs([]).against).toBeUndefined();
  });

  test('takes the variant to build beside this site, as a separate or an inline value', () => {
    expect(parseArgs(['100', '--against', 'main~3', '--runs', '3'])).toMatchObject({
      sizes: [100],
      runs: 3,
      against: 'main~3',
    });
    expect(parseArgs(['--against=../other-checkout']).against).toBe('../other-checkout');
  });

  test('refuses --against without a value, or followed by another option', () => {
    expect(() => parseArgs(['--against'])).toThrow(/--against expects a git ref or a folder/);
    expect(() => parseArgs(['--against', '--peer'])).toThrow(/--against expects a git ref or a folder/);
  });

  test('keeps the peer and the variant apart', () => {
    expect(parseArgs(['--peer', '--against', 'v1'])).toMatchObject({ peer: true, against: 'v1' });
  });
});

describe('turnOrder', () => {
  test('turns who goes first round by round', () => {
    const builds = ['site', 'peer', 'variant'];
    expect([1, 2, 3, 4].map((round) => turnOrder(builds, round).join(' '))).toEqual([
      'site peer variant',
      'peer variant site',
      'variant site peer',
      'site peer variant',
    ]);
    expect(turnOrder(['site', 'variant'], 2)).toEqual(['variant', 'site']);
  });
});

describe('pageDifferences', () => {
  test('names the pages only one side wrote', () => {
    expect(pageDifferences(['a.html', 'b.html'], ['a.html', 'b.html'])).toEqual([]);
    expect(pageDifferences(['a.html', 'b.html'], ['a.html', 'c.html'])).toEqual([
      'b.html (this site only)',
      'c.html (variant only)',
    ]);
  });
});
