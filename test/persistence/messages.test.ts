import { describe, expect, test } from 'vitest';
import {
  attentionNote,
  changesNote,
  leftOutNote,
  listOf,
  unknownEntriesNote,
} from '../../src/persistence/messages.ts';

describe('messages about outside input', () => {
  test('returns what was left out by field label and count, and null when nothing was', () => {
    expect(leftOutNote({ refused: ['Customer satisfaction', 'Customer references'], unknown: 2 })).toBe(
      'Customer satisfaction and Customer references: the value does not fit the field, so it was left out. 2 answers for requirements this competency does not have were left out.',
    );
    expect(leftOutNote({ refused: [], unknown: 0 })).toBeNull();
  });

  test('returns long lists summed up in one line', () => {
    const labels = Array.from({ length: 9 }, (_, i) => `Field ${i}`);

    expect(unknownEntriesNote(20_000)).toBe(
      '20,000 entries were left out: the catalogue has no such competency.',
    );
    expect(leftOutNote({ refused: labels, unknown: 0 })).toMatch(/^Field 0, .*Field 4 and 4 more:/);
    expect(listOf(['A', 'B', 'C'])).toBe('A, B and C');
  });

  test('returns what an import changes, a cleared box included, and the fields that need attention', () => {
    expect(changesNote(['Archiving revenue'], ['Archiving sales training'])).toBe(
      'Using these answers changes Archiving revenue and clears Archiving sales training, which these answers leave empty.',
    );
    expect(changesNote([], [])).toBe('These answers are the same as yours.');
    expect(attentionNote(['Archiving revenue'])).toMatch(/^Archiving revenue needs attention/);
    expect(attentionNote([])).toBeNull();
  });
});
