/**
 * What the partner record's page (src/pages/workspace.astro) lists from the catalogue, worked out once at
 * build time and handed to its island as plain data: the courses and exams the requirements name (what a
 * person's pass may be of), the competencies that count bookings, references and survey results, and every
 * requirement a partner may plan evidence for.
 */
import type { CompetencyRules } from '../domain/rules.ts';
import type { Requirement } from '../schemas/requirement.ts';

/** A course or an exam a requirement names, as a pass in the record names it. */
export interface CredentialChoice {
  /** The name, exactly as the requirements write it: the record's credential `name`. */
  name: string;
  kind: 'course' | 'exam';
  /**
   * How long a pass counts, in months, from the requirements' counting rules (the shortest where they
   * differ); undefined when no requirement says it lapses.
   */
  validMonths?: number | undefined;
}

/** One competency as the record's page lists it. */
export interface WorkspaceCompetency {
  slug: string;
  title: string;
  /** The courses and exams its requirements name, courses first, each once. */
  credentials: CredentialChoice[];
  /** The currency of its revenue requirement, when it has one: its bookings are amounts in it. */
  currency?: string | undefined;
  /** Whether a requirement asks for customer references. */
  references: boolean;
  /** The scale of its satisfaction survey, when a requirement asks for one. */
  survey?: { min: number; max: number; name: string } | undefined;
  /** Its requirements, each once by id, with the label the matrix shows (evidence is planned per requirement). */
  requirements: { id: string; label: string }[];
}

/** Every requirement of a competency, at every level and on every business model, in the order the file gives. */
function everyRequirement(rules: CompetencyRules): Requirement[] {
  return Object.values(rules.requirements).flatMap((byModel) =>
    Object.values(byModel ?? {}).flatMap((list) => list ?? []),
  );
}

/** The shorter of two validities; a pass that lapses under one rule lapses. */
const shorter = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);

/** A competency's lists for the record's page. */
export function workspaceCompetency(rules: CompetencyRules): WorkspaceCompetency {
  const credentials = new Map<string, CredentialChoice>();
  const requirements = new Map<string, string>();
  const add = (name: string, kind: CredentialChoice['kind'], validMonths: number | undefined) => {
    const known = credentials.get(name);
    credentials.set(name, {
      name,
      kind,
      validMonths: known ? shorter(known.validMonths, validMonths) : validMonths,
    });
  };
  let currency: string | undefined;
  let references = false;
  let survey: WorkspaceCompetency['survey'];
  for (const req of everyRequirement(rules)) {
    if (!requirements.has(req.id)) requirements.set(req.id, req.label);
    if (req.kind === 'training')
      for (const course of req.courses) add(course, 'course', req.counting?.validMonths);
    else if (req.kind === 'exam') add(req.exam, 'exam', req.counting?.validMonths);
    else if (req.kind === 'revenue') currency ??= req.currency;
    else if (req.kind === 'references') references = true;
    else if (req.kind === 'satisfaction') survey ??= { ...req.scale };
  }
  return {
    slug: rules.slug,
    title: rules.title,
    credentials: [...credentials.values()].sort(
      (a, b) => Number(a.kind === 'exam') - Number(b.kind === 'exam'),
    ),
    currency,
    references,
    survey,
    requirements: [...requirements].map(([id, label]) => ({ id, label })),
  };
}

/** The lists of every competency, in the order given (the catalogue's). */
export function workspaceCompetencies(rules: readonly CompetencyRules[]): WorkspaceCompetency[] {
  return rules.map(workspaceCompetency);
}
