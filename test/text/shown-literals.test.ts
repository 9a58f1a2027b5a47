import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { shownLiterals } from '../helpers/shown-literals.ts';
import { sourceFiles } from '../helpers/text-keys.ts';

describe('the English shown by island code', () => {
  test('finds none in src/islands: every word comes from the dictionary', () => {
    const found = sourceFiles('src/islands')
      .filter((f) => !f.endsWith('.astro'))
      .flatMap((file) =>
        shownLiterals(readFileSync(file, 'utf8'), file).map((l) => `${file}:${l.line}: ${l.text}`),
      );

    expect(found).toEqual([]);
  });

  test('finds JSX text, shown attributes and literals that read as words', () => {
    const code = `
      export const A = () => <p>Reset answers</p>;
      export const B = () => <button aria-label="Close the dialog" />;
      const note = 'Your answers are unchanged.';
      const level = 'Expert';
      const line = \`\${title} self-assessment\`;
      say(cond ? 'Not offered' : other);
    `;

    expect(shownLiterals(code).map((l) => l.text)).toEqual([
      'Reset answers',
      'Close the dialog',
      'Your answers are unchanged.',
      'Expert',
      ' self-assessment',
      'Not offered',
    ]);
  });

  test('leaves code alone: modules, classes, ids, keys, selectors, key names, errors and types', () => {
    const code = `
      import { x } from '../shared/Some Thing.tsx';
      export const A = () => <p class="sa-note sa-bad" id="pf-answers-h" key="a b">{x}</p>;
      const key = 'competency-assessment:probe';
      t('msg.undo.shared');
      el.querySelectorAll('a, button, details');
      const esc = (e: KeyboardEvent) => e.key === 'Escape';
      throw new Error('No site text for this key');
      type Kind = 'Shared Answers';
      download('competency-portfolio.json', text, 'application/json');
    `;

    expect(shownLiterals(code)).toEqual([]);
  });
});
