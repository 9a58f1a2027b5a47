/**
 * The questions partners ask about what comes after reading the rules: applying, validation, renewal, staff
 * changes, several regions, Services Expert's future and whom to ask. Each answer is text with marked
 * values, so a specific the program has not published shows its mark like any figure.
 */
import { marked, type Segments } from '../domain/provenance.ts';
import { OVERVIEW } from '../domain/wording.ts';
import { READINESS_RULE } from '../engine/readiness.ts';
import type { TextKey } from '../text/text.ts';

/** One question with its fragment id and its answer, paragraph by paragraph. */
export interface FaqEntry {
  /** Fragment id, stable so other pages can link to the question, e.g. "how-to-apply". */
  id: string;
  question: string;
  answer: Segments[];
}

const example = (text: string) => marked(text, true);

const APPLY_ID = 'how-to-apply';

/** The answer a prospective partner looks for first, linked from the site's header and the result bar. */
export const HOW_TO_APPLY = { key: 'site.nav.howToApply', path: `/faq/#${APPLY_ID}` } as const satisfies {
  key: TextKey;
  path: string;
};

/** The questions, in reading order. */
export const FAQ: readonly FaqEntry[] = [
  {
    id: APPLY_ID,
    question: 'How do I apply for a competency?',
    answer: [
      [`The overview does not describe how to apply. ${OVERVIEW.findOutMore}`],
      [
        'On this site, each competency page shows example requirements for your business model, and its self-assessment lists what would still be missing against them and what evidence each could take.',
      ],
    ],
  },
  {
    id: 'where-to-apply',
    question: 'Where are the program’s own requirements?',
    answer: [
      [
        `The overview this catalogue follows gives no figures, so the figures shown here are examples. ${OVERVIEW.findOutMore}`,
      ],
    ],
  },
  {
    id: 'validation',
    question: 'Who checks my evidence, and how long does it take?',
    answer: [
      [
        'The overview does not say who checks evidence or how; it describes the Expert level as validated proficiency in a solution area. On this site, each requirement names an example of the evidence that could support it, such as exam certificates, reference contacts or survey results.',
      ],
      [
        'The overview gives no review time. As an example of how such a rule could read: ',
        example('a decision within 30 days of a complete application'),
        '.',
      ],
    ],
  },
  {
    id: 'validity-and-renewal',
    question: 'How long does a competency last, and how is it renewed?',
    answer: [
      [
        'The overview does not say. An example of how such a rule could read: ',
        example('valid for 12 months, renewed by meeting the current requirements again'),
        '.',
      ],
    ],
  },
  {
    id: 'staff-changes',
    question: 'What happens when a certified person leaves?',
    answer: [
      [
        'In this site’s example rules, exam requirements count the people who hold a pass, so a departure can leave a level short. The overview mentions no grace period; an example: ',
        example('90 days to certify a replacement before the level is reviewed'),
        '. Update your self-assessment to see the gap.',
      ],
    ],
  },
  {
    id: 'several-regions',
    question: 'We work in several regions. What applies to us?',
    answer: [
      [
        `The availability of each competency may vary by region, the overview says. Which competency is offered where on this site is an example. ${OVERVIEW.findOutMore}`,
      ],
      [
        'The overview does not say how a partner active in several regions is treated. One possible rule, as an example: ',
        example('each region is assessed on its own figures'),
        '.',
      ],
    ],
  },
  {
    id: 'services-expert-future',
    question: 'What becomes of Services Expert when the Influencer Partner Program launches?',
    answer: [
      [
        'Services Expert is an interim designation for Master Specialist partners who deliver Expert-level services but fall short of the revenue requirements of the Integrate Expert level. It stays in use until the Influencer Partner Program launches; the overview does not say what replaces it or how holders move across.',
      ],
    ],
  },
  {
    id: 'distributors',
    question: 'We are a distributor. Which program is ours?',
    answer: [
      [
        'A separate Distributor Partner Program has been announced. The program plans to launch it once the transition of its channel partners is complete, and promises distributors enough time to study its details and plan their own move. The overview says more details are to come.',
      ],
    ],
  },
  {
    id: 'how-scored',
    question: 'How does the self-assessment score my figures?',
    answer: READINESS_RULE.map((p) => [p]),
  },
  {
    id: 'contacts',
    question: 'Whom do I ask?',
    answer: [
      [
        `The overview names no contacts. ${OVERVIEW.findOutMore} This catalogue is an explanation of the framework, not the program’s own channel: it cannot confirm a figure or an application.`,
      ],
    ],
  },
];
