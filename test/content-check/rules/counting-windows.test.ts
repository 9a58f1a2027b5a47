import { beforeAll, describe, expect, test } from 'vitest';
import { windowsIn } from '../../../src/content-check/rules/counting-windows.ts';
import type { ContentInput } from '../../../src/content-check/types.ts';
import { BAD, found, readGood, withCompetency } from '../fixture-tree.ts';

let good: ContentInput;

beforeAll(async () => {
  good = await readGood();
});

describe('checkContent rule counting-windows', () => {
  test('reports a window of references other than the one its evidence names, at withinMonths', () => {
    const result = withCompetency(good, `${BAD}/competencies/counting.mdx`, 'alpha');

    // Principal Integrate counts 12 months where its evidence says 24; Expert Resell counts the 24 its help names.
    expect(found(result, 'counting-windows')).toEqual([
      'test/fixtures/content/bad/competencies/counting.mdx:29:21  requirements.principal.integrate[1].counting.withinMonths  counts the last 12 months, but evidence names the last 24 months; expected withinMonths: 24, or evidence worded for 12 months',
    ]);
  });

  test('returns nothing for content without counting rules', () => {
    expect(
      found(withCompetency(good, `${BAD}/competencies/not-illustrative.mdx`), 'counting-windows'),
    ).toEqual([]);
  });
});

describe('windowsIn', () => {
  test('returns the months of each window a text names, and nothing for other periods', () => {
    expect(windowsIn('Named customers with a rollout in the last 24 months, or the past 12 months')).toEqual([
      24, 12,
    ]);
    expect(windowsIn('Count revenue booked in the trailing 12 months.')).toEqual([12]);
    expect(windowsIn('The courses take about five hours; a pass lasts 2 years.')).toEqual([]);
  });
});
