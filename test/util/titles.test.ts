import { describe, expect, test } from 'vitest';
import { compareTitles } from '../../src/util/titles.ts';

describe('compareTitles', () => {
  test('sorts titles as localeCompare in English does, case, accents and numbers included', () => {
    const titles = [
      'Édition',
      'edition',
      'Zeta',
      'alpha',
      'Alpha',
      'Ä',
      'a',
      'Backup 10',
      'Backup 9',
      '',
      'Ωmega',
    ];

    const ours = [...titles].sort(compareTitles);
    const theirs = [...titles].sort((a, b) => a.localeCompare(b, 'en'));

    expect(ours).toEqual(theirs);
    expect(ours.indexOf('alpha')).toBeLessThan(ours.indexOf('Zeta'));
    expect(compareTitles('Mobility', 'Mobility')).toBe(0);
  });
});
