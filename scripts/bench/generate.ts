/**
 * Generated content for the build benchmark: competencies made from a real one (new names and figures,
 * checked by the real schema) and, for the Starlight peer, plain pages with the same bodies.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { CompetencySchema } from '../../src/schemas/competency.ts';
import { REPO } from './paths.ts';

const TEMPLATE = join(REPO, 'content/competencies/archiving.mdx');

/** A small deterministic random source (mulberry32), so every run builds the same pages. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'partner customer project rollout archive policy storage backup recovery endpoint gateway security data ' +
  'mailbox retention audit report licence renewal service team engineer survey revenue growth reference ' +
  'pilot migration workload region deployment review quarter evidence training exam level practice ' +
  'contract support incident response network cloud device compliance schedule budget outcome plan'
).split(' ');
const JOINERS = ['and', 'with', 'for', 'before', 'after', 'while', 'so that', 'because', 'when', 'across'];

function sentence(next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const length = 8 + Math.floor(next() * 10);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(i > 0 && i % 5 === 0 ? pick(JOINERS) : pick(WORDS));
  const text = words.join(' ');
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(next)).join(' ');
}

/** The file name (without extension) and URL segment of generated page `index`, e.g. "bench-area-0007". */
export function slugOf(index: number): string {
  return `bench-area-${String(index).padStart(4, '0')}`;
}

/**
 * A body of about 600 words: four sections, a table and links to `/program/` and the neighbouring pages,
 * whose addresses `linkTo` gives.
 */
function bodyFor(index: number, total: number, linkTo: (slug: string) => string): string {
  const next = random(index * 7919);
  const prev = slugOf(((index - 2 + total) % total) + 1);
  const following = slugOf((index % total) + 1);
  return [
    '## The problem customers bring',
    '',
    paragraph(next, 6),
    '',
    paragraph(next, 5),
    '',
    '## Who this competency suits',
    '',
    `${paragraph(next, 5)} See [how the program works](/program/) for levels and business models.`,
    '',
    '## What a partner delivers',
    '',
    ...Array.from({ length: 5 }, () => `- ${sentence(next)}`),
    '',
    '| Stage | What the partner does | Typical length |',
    '| --- | --- | --- |',
    ...['Assess', 'Design', 'Pilot', 'Roll out', 'Review'].map(
      (stage, i) => `| ${stage} | ${sentence(next)} | ${2 + ((index + i) % 6)} weeks |`,
    ),
    '',
    '## How it fits with other areas',
    '',
    `${paragraph(next, 5)} Partners here often also hold [the previous area](${linkTo(prev)}) ` +
      `or [the next one](${linkTo(following)}).`,
    '',
    paragraph(next, 5),
    '',
  ].join('\n');
}

/** Scales every threshold by the same factor, so Expert stays at or above Principal as the checks demand. */
function scaleThresholds(value: unknown, factor: number): unknown {
  if (Array.isArray(value)) return value.map((v) => scaleThresholds(v, factor));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [
        key,
        key === 'amount' && typeof v === 'number'
          ? Math.round((v * factor) / 1000) * 1000
          : scaleThresholds(v, factor),
      ]),
    );
  }
  return value;
}

/** Renames the template's area inside labels and course names, e.g. "Archiving sales training". */
function rename(value: unknown, from: string, to: string): unknown {
  if (typeof value === 'string') return value.replaceAll(from, to);
  if (Array.isArray(value)) return value.map((v) => rename(v, from, to));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v, from, to)]));
  }
  return value;
}

const GROUPS = ['information-management', 'security', 'storage-and-availability'] as const;
const REGION_SETS = [
  ['na', 'latam', 'emea', 'apj'],
  ['na', 'emea'],
  ['emea', 'apj'],
  ['na', 'latam', 'apj'],
];

function titleOf(index: number): string {
  return `Bench Area ${String(index).padStart(4, '0')}`;
}

/** Writes N competency files generated from the template into `dir`, each checked by the real schema. */
export function generateCompetencies(dir: string, total: number): void {
  const source = readFileSync(TEMPLATE, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match?.[1]) throw new Error(`${TEMPLATE} has no frontmatter`);
  const template = parse(match[1]) as Record<string, unknown>;
  const templateTitle = String(template['title']);
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= total; i++) {
    const title = titleOf(i);
    const regions = REGION_SETS[i % REGION_SETS.length] ?? ['na'];
    const data = {
      ...(rename(template, templateTitle, title) as Record<string, unknown>),
      title,
      // The same text at every size, so page sizes compare across sizes.
      summary: `A generated area for the build benchmark, number ${i}, with the rules of ${templateTitle}.`,
      group: GROUPS[i % GROUPS.length],
      order: i,
      regions: regions.map((id) => ({ id })),
      requirements: scaleThresholds(template['requirements'], 1 + (i % 7) / 10),
      version: '1.0',
      effective: '2026-01-15',
      history: [
        {
          version: '1.0',
          date: '2026-01-15',
          summary: `First rules for ${title}.`,
          provenance: 'illustrative',
        },
      ],
    };
    const checked = CompetencySchema.safeParse(data);
    if (!checked.success)
      throw new Error(`Generated ${slugOf(i)} does not match the schema: ${checked.error.message}`);
    const body = bodyFor(i, total, (slug) => `/competencies/${slug}/`);
    writeFileSync(join(dir, `${slugOf(i)}.mdx`), `---\n${stringify(data)}---\n\n${body}`);
  }
}

/** Writes N Starlight pages into `dir`: the same titles, summaries and bodies as the generated competencies. */
export function generatePeerPages(dir: string, total: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= total; i++) {
    const data = {
      title: titleOf(i),
      description: `A generated area for the build benchmark, number ${i}, with the rules of Archiving.`,
    };
    const body = bodyFor(i, total, (slug) => `/${slug}/`);
    writeFileSync(join(dir, `${slugOf(i)}.mdx`), `---\n${stringify(data)}---\n\n${body}`);
  }
}
