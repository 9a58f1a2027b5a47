import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import en from '../../src/text/en.ts';
import {
  PACK_BOOK_WORDS,
  PORTFOLIO_WORDS,
  selects,
  WIDGET_WORDS,
  WORKSPACE_WORDS,
  type WordSelection,
} from '../../src/text/island-text.ts';
import { isNamed, namedKeys, sourceFiles } from '../helpers/text-keys.ts';

/** Every key and template head the files name. */
function namedIn(files: readonly string[]) {
  const keys = new Set<string>();
  const heads = new Set<string>();
  for (const file of files) {
    const named = namedKeys(readFileSync(file, 'utf8'));
    for (const k of named.keys) keys.add(k);
    for (const h of named.heads) heads.add(h);
  }
  return { keys, heads };
}

const KEYS = Object.keys(en);

describe('the dictionary', () => {
  test('gives every key a text that is not empty', () => {
    const empty = Object.entries(en).filter(([, text]) => text.trim() === '');

    expect(empty).toEqual([]);
  });

  test('holds no key that src/ never asks for', () => {
    const named = namedIn(sourceFiles('src').filter((f) => !f.endsWith('/text/en.ts')));

    expect(KEYS.filter((key) => !isNamed(key, named))).toEqual([]);
  });

  test('finds a key dead once nothing names it, a count by its base, a family by its template', () => {
    const named = namedKeys("t('a.b'); t.count('c.d', 2); t(`e.f.${x}`); t('g.');");

    expect(['a.b', 'c.d_one', 'c.d_other', 'e.f.g'].filter((k) => !isNamed(k, named))).toEqual([]);
    expect(['a.c', 'c.e_one', 'e.f.g.h', 'g.h'].filter((k) => isNamed(k, named))).toEqual([]);
  });
});

/**
 * The islands' code reads the words its page hands it (islandWords); a key it names outside its selection
 * would be missing at run time. The widget's first view takes its words by short names (WIDGET_TEXT), and
 * the checklist is rendered on the server with the page's translator: neither names keys here.
 */
describe('the words handed to the islands', () => {
  // The words of number entry are said by the islands' field reader (src/islands/shared/field-kit.ts).
  const shared = [
    ...sourceFiles('src/islands/shared'),
    // The partner record's file, requests and replies, and their messages are the record page's: neither
    // island loads them.
    ...sourceFiles('src/persistence').filter(
      (f) => !/[/\\](record-file|request-link|reply-review)\.ts$/.test(f),
    ),
    'src/domain/number-words.ts',
  ];
  // The evidence pack's workbook says its words once its code fetched them (src/persistence/pack-words.ts).
  const cases: [string, WordSelection[], string[]][] = [
    [
      'the widget',
      [WIDGET_WORDS, PACK_BOOK_WORDS],
      [...sourceFiles('src/islands/self-assessment').filter((f) => !f.endsWith('Checklist.tsx')), ...shared],
    ],
    [
      'the portfolio',
      [PORTFOLIO_WORDS, PACK_BOOK_WORDS],
      [...sourceFiles('src/islands/portfolio'), ...shared],
    ],
    [
      'the partner record page',
      [WORKSPACE_WORDS],
      [
        ...sourceFiles('src/islands/workspace'),
        'src/islands/shared/Unlock.tsx',
        'src/islands/shared/sealing.ts',
        'src/persistence/request-link.ts',
      ],
    ],
  ];

  test('leave out the partner record’s messages, which neither island says', () => {
    const record = KEYS.filter((k) => k.startsWith('msg.record.'));
    const islands = [...sourceFiles('src/islands/self-assessment'), ...sourceFiles('src/islands/portfolio')];

    expect(record.length).toBeGreaterThan(0);
    expect(record.filter((k) => selects(WIDGET_WORDS, k) || selects(PORTFOLIO_WORDS, k))).toEqual([]);
    expect(selects(WIDGET_WORDS, 'msg.unchanged')).toBe(true);
    // The portfolio reads the stored record to export it; no island says what the record's files say.
    expect(islands.filter((f) => /persistence\/record-file/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  test.each(cases)('hold every key %s names', (_, selections, files) => {
    const named = namedIn(files);
    const selected = (key: string) => selections.some((selection) => selects(selection, key));
    const keys = [...named.keys].filter(
      (k) => Object.hasOwn(en, k) || KEYS.some((key) => key.startsWith(`${k}_`)),
    );
    const heads = [...named.heads].filter((h) => KEYS.some((key) => key.startsWith(h)));

    expect(keys.filter((k) => !selected(k) && !selected(`${k}_one`))).toEqual([]);
    expect(heads.filter((h) => !KEYS.filter((key) => key.startsWith(h)).every(selected))).toEqual([]);
  });
});
