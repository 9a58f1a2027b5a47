/**
 * The questions partners ask about what comes after reading the rules: applying, validation, renewal, staff
 * changes, several regions, Services Expert's future and whom to ask. Each answer is text with marked
 * values, so a specific the program has not published shows its mark like any figure, in every language.
 */
import { marked, type Marked, type Segments } from '../domain/provenance.ts';
import { OVERVIEW } from '../domain/wording.ts';
import { READINESS_RULE } from '../engine/readiness.ts';
import { fillParts, type KeyPlaceholders, type TextKey, type Translate } from '../text/text.ts';

/** One question with its fragment id and its answer, paragraph by paragraph. */
export interface FaqEntry {
  /** Fragment id, stable so other pages can link to the question, e.g. "how-to-apply". */
  id: string;
  question: string;
  answer: Segments[];
}

const APPLY_ID = 'how-to-apply';

/** The answer a prospective partner looks for first, linked from the site's header and the result bar. */
export const HOW_TO_APPLY = { key: 'site.nav.howToApply', path: `/faq/#${APPLY_ID}` } as const satisfies {
  key: TextKey;
  path: string;
};

/** The questions in `t`'s language, in reading order. */
export function faq(t: Translate): FaqEntry[] {
  /** A paragraph of `key`'s text, its placeholders filled with text or with a marked value. */
  const say = <K extends TextKey>(key: K, params: Readonly<Record<KeyPlaceholders<K>, string | Marked>>) =>
    fillParts<Marked>(t.raw(key), params);
  const findOutMore = t(OVERVIEW.findOutMore);
  /** A specific the program has not published, as an example. */
  const example = (key: TextKey) => marked(t.raw(key), true);
  return [
    {
      id: APPLY_ID,
      question: t('faq.howToApply.question'),
      answer: [say('faq.howToApply.answer', { findOutMore }), [t('faq.howToApply.onThisSite')]],
    },
    {
      id: 'where-to-apply',
      question: t('faq.whereToApply.question'),
      answer: [say('faq.whereToApply.answer', { findOutMore })],
    },
    {
      id: 'validation',
      question: t('faq.validation.question'),
      answer: [
        [t('faq.validation.answer')],
        say('faq.validation.time', { example: example('faq.validation.example') }),
      ],
    },
    {
      id: 'validity-and-renewal',
      question: t('faq.renewal.question'),
      answer: [say('faq.renewal.answer', { example: example('faq.renewal.example') })],
    },
    {
      id: 'staff-changes',
      question: t('faq.staff.question'),
      answer: [say('faq.staff.answer', { example: example('faq.staff.example') })],
    },
    {
      id: 'several-regions',
      question: t('faq.regions.question'),
      answer: [
        say('faq.regions.answer', { findOutMore }),
        say('faq.regions.several', { example: example('faq.regions.example') }),
      ],
    },
    {
      id: 'services-expert-future',
      question: t('faq.servicesExpert.question'),
      answer: [[t('faq.servicesExpert.answer')]],
    },
    {
      id: 'distributors',
      question: t('faq.distributors.question'),
      answer: [[t('faq.distributors.answer')]],
    },
    {
      id: 'how-scored',
      question: t('faq.howScored.question'),
      answer: READINESS_RULE.map((p) => [t(p)]),
    },
    {
      id: 'contacts',
      question: t('faq.contacts.question'),
      answer: [say('faq.contacts.answer', { findOutMore })],
    },
  ];
}
