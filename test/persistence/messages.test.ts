import { describe, expect, test } from 'vitest';
import {
  attentionNote,
  changesNote,
  leftOutNote,
  listOf,
  unknownEntriesNote,
} from '../../src/persistence/messages.ts';
import { translator } from '../../src/text/text.ts';

const EN = translator('en');

describe('messages about outside input', () => {
  test('returns what was left out by field label and count, and null when nothing was', () => {
    expect(leftOutNote(EN, { refused: ['Customer satisfaction', 'Customer references'], unknown: 2 })).toBe(
      'Customer satisfaction and Customer references: the value does not fit the field, so it was left out. 2 answers for requirements this competency does not have were left out.',
    );
    expect(leftOutNote(EN, { refused: [], unknown: 0 })).toBeNull();
  });

  test('returns long lists summed up in one line', () => {
    const labels = Array.from({ length: 9 }, (_, i) => `Field ${i}`);

    expect(unknownEntriesNote(EN, 20_000)).toBe(
      '20,000 entries were left out: the catalogue has no such competency.',
    );
    expect(leftOutNote(EN, { refused: labels, unknown: 0 })).toMatch(/^Field 0, .*Field 4 and 4 more:/);
    expect(listOf(EN, ['A', 'B', 'C'])).toBe('A, B and C');
  });

  test('returns what an import changes, a cleared box included, and the fields that need attention', () => {
    expect(changesNote(EN, ['Archiving revenue'], ['Archiving sales training'])).toBe(
      'Using these answers changes Archiving revenue and clears Archiving sales training, which these answers leave empty.',
    );
    expect(changesNote(EN, [], [])).toBe('These answers are the same as yours.');
    expect(attentionNote(EN, ['Archiving revenue'])).toMatch(/^Archiving revenue needs attention/);
    expect(attentionNote(EN, [])).toBeNull();
  });
});
