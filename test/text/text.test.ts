import { describe, expect, test } from 'vitest';
import en from '../../src/text/en.ts';
import {
  DEFAULT_LANG,
  DICTIONARIES,
  fill,
  fillParts,
  langOf,
  textParts,
  translator,
  type TextKey,
} from '../../src/text/text.ts';

/** The `{name}` placeholders of a text, sorted. */
const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

describe('the site text', () => {
  test('every language gives every key a value with the placeholders of its English text', () => {
    const keys = Object.keys(en) as TextKey[];
    expect(keys.length).toBeGreaterThan(0);
    for (const [lang, words] of Object.entries(DICTIONARIES)) {
      expect(Object.keys(words).sort(), lang).toEqual([...keys].sort());
      for (const key of keys) {
        expect(words[key].trim(), `${lang} ${key}`).not.toBe('');
        expect(placeholders(words[key]), `${lang} ${key}`).toEqual(placeholders(en[key]));
      }
    }
  });

  test('fills placeholders from the parameters and refuses a placeholder without one', () => {
    const t = translator('en');
    expect(t('site.titleSeparator', { page: 'Archiving', site: 'Competency Catalogue' })).toBe(
      'Archiving · Competency Catalogue',
    );
    expect(t('site.skipLink')).toBe('Skip to content');
    expect(fill('{a} and {a}, {b}', { a: 1, b: 'two' })).toBe('1 and 1, two');
    expect(() => fill('Needs {count}', {})).toThrow('No value for {count} in "Needs {count}"');
  });

  test('takes a missing key or a missing parameter as a type error', () => {
    const t = translator('en');
    // @ts-expect-error: no such key
    expect(() => t('site.nowhere')).toThrow('No site text for "site.nowhere" in en');
    // @ts-expect-error: the title separator needs its page and site
    expect(() => t('site.titleSeparator')).toThrow();
    // @ts-expect-error: a text without placeholders takes no parameters
    expect(t('site.skipLink', { page: 'x' })).toBe('Skip to content');
  });

  test("chooses a count's text by the language's plural rules and writes the count as the language does", () => {
    const t = translator('en');
    expect(t.count('tier.competencies', 1)).toBe('1 competency');
    expect(t.count('tier.competencies', 0)).toBe('0 competencies');
    expect(t.count('tier.competencies', 1200)).toBe('1,200 competencies');
    // @ts-expect-error: a text that is not a count
    expect(() => t.count('site.skipLink', 2)).toThrow('No site text for "site.skipLink_other" in en');
  });

  test('splits a text at its placeholders for markup to stand there', () => {
    expect(textParts('en', 'site.footer.marks')).toEqual([
      'Values marked ',
      { slot: 'mark' },
      " are examples, not the program's own figures.",
    ]);
    expect(textParts('en', 'site.skipLink')).toEqual(['Skip to content']);
  });

  test('fills a text into parts, keeping a value that is not text as a part of its own', () => {
    const mark = { text: 'USD 5', illustrative: true };
    expect(fillParts('{label} now required: {threshold}', { label: 'Revenue', threshold: mark })).toEqual([
      'Revenue now required: ',
      mark,
    ]);
    expect(fillParts('{a}{b} and {c}', { a: 1, b: 'x', c: mark })).toEqual(['1x and ', mark]);
    expect(() => fillParts('{a}', {})).toThrow('No value for {a} in "{a}"');
  });

  test('speaks a page in its locale when the site has it, else in the default language', () => {
    expect(langOf('en')).toBe('en');
    expect(langOf(undefined)).toBe(DEFAULT_LANG);
    expect(langOf('xx')).toBe(DEFAULT_LANG);
    expect(langOf('constructor')).toBe(DEFAULT_LANG);
  });
});
