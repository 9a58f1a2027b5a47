import { describe, expect, test } from 'vitest';
import {
  abbreviates,
  closest,
  closestNamed,
  didYouMean,
  editDistance,
} from '../../src/content-check/suggest.ts';

const REGIONS = [
  { id: 'apj', names: ['APJ', 'Asia Pacific and Japan'] },
  { id: 'emea', names: ['EMEA', 'Europe, Middle East and Africa'] },
  { id: 'latam', names: ['LATAM', 'Latin America'] },
  { id: 'na', names: ['NA', 'North America'] },
];

describe('editDistance', () => {
  test('returns one for a swap of two neighbouring letters', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('securty', 'security')).toBe(1);
  });
});

describe('closest', () => {
  test('returns a word a small typo away, relative to its length', () => {
    expect(closest('alfa', ['alpha', 'beta'])).toBe('alpha');
    expect(closest('titel', ['title', 'summary'])).toBe('title');
  });

  test('returns undefined for a short word that shares nothing, however few words there are', () => {
    expect(closest('eu', ['na'])).toBeUndefined();
    expect(closest('colour', ['title', 'regions'])).toBeUndefined();
  });
});

describe('closestNamed', () => {
  test('returns the region a code, short name, name or abbreviation stands for', () => {
    expect(['EMEA', 'Europe', 'eu', 'emae', 'africa'].map((w) => closestNamed(w, REGIONS))).toEqual([
      'emea',
      'emea',
      'emea',
      'emea',
      'emea',
    ]);
    expect(closestNamed('apac', REGIONS)).toBe('apj');
  });

  test('returns undefined when nothing is close or two regions are equally close', () => {
    expect(closestNamed('xx', REGIONS)).toBeUndefined();
    expect(closestNamed('america', REGIONS)).toBeUndefined();
  });
});

describe('abbreviates', () => {
  test('returns whether a word is made of the starts of a name`s words, in order', () => {
    expect(abbreviates('emea', 'Europe, Middle East and Africa')).toBe(true);
    expect(abbreviates('apj', 'Asia Pacific and Japan')).toBe(true);
    expect(abbreviates('jpa', 'Asia Pacific and Japan')).toBe(false);
    expect(abbreviates('e', 'Europe')).toBe(false);
  });
});

describe('didYouMean', () => {
  test('returns the same words for every hint, a name quoted and a path as it is', () => {
    expect(didYouMean('emea')).toBe('did you mean "emea"?');
    expect(didYouMean('/competencies/archiving/', { quote: false })).toBe(
      'did you mean /competencies/archiving/?',
    );
  });
});
