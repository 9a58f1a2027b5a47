import { describe, expect, test } from 'vitest';
import { DICTIONARIES, translator, type Lang } from '../../src/text/text.ts';
import { faq } from '../../src/views/faq.ts';

const LANGS = Object.keys(DICTIONARIES) as Lang[];

/** The illustrative parts of each entry's answer, by fragment id. */
const examplesOf = (lang: Lang) =>
  faq(translator(lang)).map((q) => [
    q.id,
    q.answer.flat().filter((p) => typeof p !== 'string' && p.illustrative).length,
  ]);

describe('faq', () => {
  test('returns the same questions, by fragment id, in every language', () => {
    const ids = faq(translator('en')).map((q) => q.id);

    for (const lang of LANGS) expect(faq(translator(lang)).map((q) => q.id)).toEqual(ids);
    expect(ids[0]).toBe('how-to-apply');
  });

  test('returns each example the program has not published marked, in every language', () => {
    const english = examplesOf('en');

    expect(english.filter(([, n]) => n !== 0).map(([id]) => id)).toEqual([
      'validation',
      'validity-and-renewal',
      'staff-changes',
      'several-regions',
    ]);
    for (const lang of LANGS) expect(examplesOf(lang), lang).toEqual(english);
  });

  test('returns an answer with its example in place and the overview’s next step in the sentence', () => {
    const [apply, , validation] = faq(translator('en'));

    expect(validation?.answer[1]).toEqual([
      'The overview gives no review time. As an example of how such a rule could read: ',
      { text: 'a decision within 30 days of a complete application', illustrative: true },
      '.',
    ]);
    expect(apply?.answer[0]).toEqual([
      'The overview does not describe how to apply. For the competencies available to you, the program’s overview points to one place: sign in to PartnerNet, the partner portal, and open the competency list on its Programs page.',
    ]);
  });
});
