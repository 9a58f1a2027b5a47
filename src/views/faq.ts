/**
 * The questions partners ask about what comes after reading the rules: applying, validation, renewal, staff
 * changes, several regions, Services Expert's future and whom to ask. Each answer is text with marked
 * values, so a specific the program has not published shows its mark like any figure.
 */
import { marked, type Segments } from '../domain/provenance.ts';

/** One question with its fragment id and its answer, paragraph by paragraph. */
export interface FaqEntry {
  /** Fragment id, stable so other pages can link to the question, e.g. "how-to-apply". */
  id: string;
  question: string;
  answer: Segments[];
}

const example = (text: string) => marked(text, true);

/** The questions, in reading order. */
export const FAQ: readonly FaqEntry[] = [
  {
    id: 'how-to-apply',
    question: 'How do I apply for a competency?',
    answer: [
      [
        'Sign in to the partner portal, PartnerNet, and open the Programs page: it lists the competencies open to your business model and region, and that is where an application starts.',
      ],
      [
        'Before you apply, check what the level asks on your business model (each competency page has the table) and fill in the self-assessment on the page to see what is still missing and what evidence each requirement needs.',
      ],
    ],
  },
  {
    id: 'where-to-apply',
    question: 'Where are the program’s own requirements?',
    answer: [
      [
        'On PartnerNet, under Programs. This catalogue explains how competencies work, but the figures it shows are examples; the portal has the values that apply to you.',
      ],
    ],
  },
  {
    id: 'validation',
    question: 'Who checks my evidence, and how long does it take?',
    answer: [
      [
        'The program validates applications; the Expert level is described as validated proficiency. Each requirement on a competency page names the kind of evidence that would prove it, such as exam certificates, reference contacts or survey results.',
      ],
      [
        'The program has not published a review time. As an example of how such a rule reads: ',
        example('a decision within 30 days of a complete application'),
        '. Ask the program for the real figure.',
      ],
    ],
  },
  {
    id: 'validity-and-renewal',
    question: 'How long does a competency last, and how is it renewed?',
    answer: [
      [
        'The overview does not say. Comparable programs grant a competency for a set period and ask partners to show the requirements again to renew. An example of such a rule: ',
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
        'Exam requirements count the people who hold a pass, so a departure can leave a level short. The program’s grace period is not published; an example: ',
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
        'Availability of each competency can vary by region, so check each region you work in on the competency page. Which competency is offered where on this site is an example; the portal shows what is open to you.',
      ],
      [
        'How the program treats a partner active in several regions is not published. One possible rule, as an example: ',
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
        'Services Expert is an interim designation for Master Specialist partners who deliver Expert-level services but miss the Integrate Expert revenue target. It lasts until the Influencer Partner Program launches; what replaces it, and how holders move across, has not been announced.',
      ],
    ],
  },
  {
    id: 'distributors',
    question: 'We are a distributor. Which program is ours?',
    answer: [
      [
        'A separate Distributor Partner Program has been announced for after the move of channel partners is complete, with time to study its details before any change. Its rules have not been published yet.',
      ],
    ],
  },
  {
    id: 'contacts',
    question: 'Whom do I ask?',
    answer: [
      [
        'Your partner account team, or the program’s contacts listed on PartnerNet. This catalogue is an explanation of the framework, not the program’s own channel: it cannot confirm a figure or an application.',
      ],
    ],
  },
];
