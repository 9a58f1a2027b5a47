import { COMPETENCY_GROUPS, type Competency, type CompetencyGroup } from '../schemas/competency.ts';
import { requirementLists } from './rules/requirement-lists.ts';
import type { BusinessModelId } from '../schemas/ids.ts';

/** What the scaffold needs to know to write a new competency file. */
export interface ScaffoldOptions {
  /** Display name, e.g. "Cloud Backup". */
  title: string;
  /** Catalogue group, e.g. "storage-and-availability". */
  group: CompetencyGroup;
  /** Position in the group, e.g. 60. */
  order: number;
  /** Region codes to offer it in, e.g. ["na", "emea"]. */
  regions: readonly string[];
  /** Business models to offer it on. */
  businessModels: readonly BusinessModelId[];
  /** Date of the first version, YYYY-MM-DD. */
  today: string;
}

/** Turns a display name into a file name and page address: "Cloud Backup & DR" becomes "cloud-backup-dr". */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const quote = (text: string) => JSON.stringify(text);

function principal(model: BusinessModelId, title: string): string {
  const training = `      - kind: training
        id: sales-training
        label: ${quote(`${title} sales training`)}
        courses: ["TODO: name of the sales course"]
        provenance: { threshold: illustrative, evidence: illustrative }
        evidence: Course completion records for at least one salesperson
        help: List how long the courses take and where to find them.`;
  return [
    training,
    ...(model === 'integrate' ? [exam(title, 1)] : []),
    revenue(title, 50000),
    references(1),
  ].join('\n');
}

function expert(model: BusinessModelId, title: string): string {
  const growth = `      - kind: growth
        id: growth
        label: Year-over-year growth
        percent: 10
        periodMonths: 12
        provenance: { threshold: illustrative, evidence: illustrative }
        evidence: Revenue for this and the previous 12-month period
        help: Growth compares the trailing 12 months with the 12 months before them.`;
  const satisfaction = `      - kind: satisfaction
        id: satisfaction
        label: Customer satisfaction
        threshold: 8
        scale: { min: 0, max: 10, name: Customer satisfaction survey }
        provenance: { threshold: illustrative, evidence: illustrative }
        evidence: Survey results for projects closed in the last 12 months
        help: Use the average score across all surveys returned in the period.`;
  return [
    ...(model === 'integrate' ? [exam(title, 3)] : []),
    revenue(title, 200000),
    growth,
    references(3),
    satisfaction,
  ].join('\n');
}

function exam(title: string, people: number): string {
  return `      - kind: exam
        id: technical-exam
        label: ${quote(`Certified ${title} engineers`)}
        exam: "TODO: name of the technical exam"
        people: ${people}
        provenance: { threshold: illustrative, evidence: illustrative }
        evidence: Exam certificates, each with the engineer's name and date
        help: Count the staff on your payroll who hold a current pass.`;
}

function revenue(title: string, amount: number): string {
  return `      - kind: revenue
        id: revenue
        label: ${quote(`${title} revenue`)}
        amount: ${amount}
        currency: USD
        periodMonths: 12
        provenance: { threshold: illustrative, evidence: illustrative }
        evidence: Booked orders from the distributor report for the period
        help: Count licence and subscription revenue booked in the trailing 12 months.`;
}

function references(count: number): string {
  return `      - kind: references
        id: references
        label: Customer references
        count: ${count}
        provenance: { threshold: illustrative, evidence: illustrative }
        evidence: Named customers willing to take a reference call
        help: A reference counts once the customer has agreed to be contacted.`;
}

function level(name: 'principal' | 'expert', options: ScaffoldOptions): string {
  const lists = options.businessModels.map(
    (model) =>
      `    ${model}:\n${name === 'principal' ? principal(model, options.title) : expert(model, options.title)}`,
  );
  return `  ${name}:\n${lists.join('\n')}`;
}

/**
 * The text of a new competency file: every field filled with a value that passes the content check, the
 * figures marked illustrative, and "TODO" wherever an editor must write something (the check warns on each).
 */
export function competencyTemplate(options: ScaffoldOptions): string {
  const groups = Object.keys(COMPETENCY_GROUPS).join(', ');
  return `---
# Display name, without the word "Competency".
title: ${quote(options.title)}
# One sentence (20 to 200 characters) for the catalogue card and the page description.
summary: "TODO: one sentence on the partners this competency is for."
# One of: ${groups}.
group: ${options.group}
# competency, or interim-designation for a stop-gap recognition (then add a designation block).
kind: competency
# Position within the group, lowest first.
order: ${options.order}
# Business models it is offered on; each needs requirements at both levels below.
businessModels: [${options.businessModels.join(', ')}]
# Regions it is offered in (codes from content/regions); remove the ones it is not offered in.
regions:
${options.regions.map((id) => `  - id: ${id}`).join('\n')}
# Requirements by level, then by business model. Figures are examples until the program publishes them.
requirements:
${level('principal', options)}
${level('expert', options)}
# Where the regions, business models and version come from: source (the program overview) or illustrative.
provenance: { regions: illustrative, businessModels: illustrative, version: illustrative }
# Raise the version whenever a requirement changes, add a history entry, then run npm run content:lock.
version: "1.0"
effective: ${options.today}
history:
  - version: "1.0"
    date: ${options.today}
    provenance: illustrative
    summary: ${quote(`First published rules for the ${options.title} competency.`)}
---

## The problem customers bring

TODO: what goes wrong for customers without this solution, in two or three sentences.

## Who this competency suits

TODO: the partners who are a good fit, and what they already do.

## What a ${options.title} partner delivers

- TODO: one line per thing the partner delivers.
`;
}

/**
 * The text of a competency's translation into `lang` (content/translations/<lang>/competencies/), written for
 * its current version: its title, summary, the words of each of its requirements and its body as "TODO", so
 * the check fails until each is written; no rule, since those stay in the English source.
 */
export function translationTemplate(
  english: Pick<Competency, 'title' | 'version' | 'requirements'>,
  lang: string,
): string {
  const ids = [...new Set(requirementLists(english).flatMap(({ list }) => list.map((r) => r.id)))];
  return `---
# The ${lang} text of ${english.title}: words only; thresholds, regions and versions stay in the English file.
# The English file's rules version this text was written for; when the rules change, bring the text up to
# date and name the new version here.
translates: ${quote(english.version)}
title: ${quote(`TODO: ${english.title} in ${lang}`)}
summary: "TODO: the summary, translated."
# The words of each requirement, by its id in the English file; leave figures out, the site shows them.
requirements:
${ids
  .map(
    (id) => `  ${id}:
    label: "TODO: the label, translated."
    evidence: "TODO: the evidence, translated."
    help: "TODO: the help, translated."`,
  )
  .join('\n')}
---

TODO: the body, translated.
`;
}
