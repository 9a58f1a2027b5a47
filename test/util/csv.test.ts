import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvCell, toCsv } from '../../src/util/csv.ts';

/** A small RFC 4180 reader, enough to prove the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('csvCell', () => {
  test('returns plain text unquoted', () => {
    expect(csvCell('Customer references')).toBe('Customer references');
  });

  test('returns quoted text with doubled quotes when it holds a comma, quote or line break', () => {
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  test('returns formula-like text behind an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
  });

  test('returns empty text for null and undefined, and the string form of numbers', () => {
    expect([csvCell(null), csvCell(undefined), csvCell(42), csvCell(false)]).toEqual(['', '', '42', 'false']);
  });

  test('returns numbers ungrouped with a decimal point, negative ones unguarded, others than finite empty', () => {
    expect([185000, 8.2, -5, 0.25, NaN, Infinity].map(csvCell)).toEqual([
      '185000',
      '8.2',
      '-5',
      '0.25',
      '',
      '',
    ]);
  });
});

describe('toCsv', () => {
  test('returns CRLF-separated rows ending in CRLF', () => {
    const rows = [
      ['Level', 'Requirement'],
      ['Expert', 'Customer references'],
    ];

    const csv = toCsv(rows);

    expect(csv).toBe('Level,Requirement\r\nExpert,Customer references\r\n');
  });

  test('returns text a CSV reader turns back into the same cells (apart from the formula guard)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { maxLength: 5 }),
        (rows) => {
          const parsed = parseCsv(toCsv(rows));

          const expected = rows.map((row) => row.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
          expect(parsed).toEqual(expected);
        },
      ),
      { seed: 4180 },
    );
  });
});
