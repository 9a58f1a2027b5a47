import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { needsMdxCompiler, readsDifferently } from '../../src/loaders/mdx-syntax.ts';

const PROSE = `## Who it is for

Partners who **archive** mail and files, with [the program rules](/program/) in mind.

- one
- two

| Level | Revenue |
| --- | ---: |
| Principal | USD 50,000 |

\`\`\`text
fenced code is the same in both
\`\`\`
`;

describe('needsMdxCompiler', () => {
  test('returns false for prose, lists, tables, links and fenced code', () => {
    expect(needsMdxCompiler(PROSE)).toBe(false);
  });

  test('returns false for an empty body', () => {
    expect(needsMdxCompiler('')).toBe(false);
  });

  test.each([
    ['an import', "import Note from '../../src/components/Note.astro';\n\nText.\n"],
    ['an export', 'export const year = 2026;\n\nText.\n'],
    ['a block component', '<Note>\nCheck the dates.\n</Note>\n'],
    ['an inline component', 'Revenue is <Mark /> illustrative.\n'],
    ['an expression', 'It is {1 + 1} years.\n'],
    ['raw HTML, which MDX reads as JSX', '<div class="box">Text</div>\n'],
  ])('returns true for %s', (_name, body) => {
    expect(needsMdxCompiler(body)).toBe(true);
  });

  test.each([
    ['an indented code block (code in Markdown, a paragraph in MDX)', 'Text.\n\n    indented\n'],
    ['an HTML comment (an MDX syntax error)', 'Text.\n\n<!-- note -->\n'],
    ['an autolink (an MDX syntax error)', 'See <https://example.com>.\n'],
    ['an unclosed component (an MDX syntax error)', '<Note>\n\nText.\n'],
  ])('returns true for %s, so the MDX compiler decides', (_name, body) => {
    expect(needsMdxCompiler(body)).toBe(true);
  });

  test('returns false for any body of plain words and paragraphs', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
    const paragraph = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(' '));
    const body = fc.array(paragraph, { minLength: 1, maxLength: 8 }).map((ps) => `${ps.join('\n\n')}\n`);

    fc.assert(
      fc.property(body, (text) => !needsMdxCompiler(text)),
      { seed: 20261128 },
    );
  });

  test('returns what a full comparison of both grammars says, for bodies skipped without parsing', () => {
    // Markdown-ish text without "<", "{", "}", ESM or indented lines: the cases the shortcut decides alone.
    const piece = fc.constantFrom(
      'word',
      ' ',
      '\n',
      '\n\n',
      '# ',
      '- ',
      '1. ',
      '*',
      '_',
      '`',
      '```',
      '[',
      ']',
      '(',
      ')',
      '|',
      '---',
      '> ',
      '!',
      '&amp;',
      '\\',
      'https://example.com',
      '  ',
      '   ',
    );
    const body = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

    fc.assert(
      fc.property(body, (text) => needsMdxCompiler(text) === readsDifferently(text)),
      { seed: 20261128, numRuns: 2000 },
    );
  });
});
