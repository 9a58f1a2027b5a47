import type { CheckResult, ContentProblem, Path } from './types.ts';

/** Formats a field path the way editors read it: `requirements.expert.integrate[2].count`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : `${out === '' ? '' : '.'}${String(segment)}`;
  }
  return out === '' ? 'frontmatter' : out;
}

/** One problem as a line: `file:LINE:COLUMN  field.path  message`, warnings marked as such. */
export function formatProblem(problem: ContentProblem): string {
  const prefix = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.path}  ${prefix}${problem.message}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Whether the result has problems that must stop a build. */
export function hasErrors(result: CheckResult): boolean {
  return result.problems.some((p) => p.severity === 'error');
}

/** The last line of a check: "2 problems in 1 file" or "Content OK: 12 competencies, 2 levels, ...". */
export function summarize(result: CheckResult): string {
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.length - errors.length;
  const note = warnings > 0 ? ` (${plural(warnings, 'warning', 'warnings')})` : '';
  if (errors.length > 0) {
    const files = new Set(errors.map((p) => p.file)).size;
    return `${plural(errors.length, 'problem', 'problems')} in ${plural(files, 'file', 'files')}${note}`;
  }
  const c = result.counts;
  return `Content OK: ${plural(c.competencies, 'competency', 'competencies')}, ${plural(c.levels, 'level', 'levels')}, ${plural(c.businessModels, 'business model', 'business models')}, ${plural(c.regions, 'region', 'regions')}, ${plural(c.tiers, 'tier', 'tiers')}${note}`;
}
