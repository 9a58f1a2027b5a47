import type { z } from 'astro/zod';
import { describeIssue, describeUnknownField, findUnknownFields, valueAt } from './issues.ts';
import { closest } from './suggest.ts';
import type { RawEntry, Report, RuleInfo } from './types.ts';

/** Rule yaml, run by validate() below, with what it makes sure of (listed in content/README.md). */
export const yamlRule = {
  name: 'yaml',
  description: 'the frontmatter is valid YAML between two `---` lines',
} as const satisfies RuleInfo;

/** Rule schema, run by validate() below, with what it makes sure of (listed in content/README.md). */
export const schemaRule = {
  name: 'schema',
  description: 'every field has the type and form it should (see the tables above)',
} as const satisfies RuleInfo;

/** Rule unknown-field, run by validate() below, with what it makes sure of (listed in content/README.md). */
export const unknownFieldRule = {
  name: 'unknown-field',
  description: 'no misspelt or unknown field (`illustrativ: true` would otherwise be ignored)',
} as const satisfies RuleInfo;

/**
 * What validate() made of an entry: its data when it fits its schema (`exact` false when it also has an unknown
 * field, which the data leaves out), else the top-level fields that do not fit.
 */
type Validated<T> = { data: T; exact: boolean } | { failed: ReadonlySet<string> | undefined };

/** A hint to add to a schema problem at a field, e.g. the region an unknown code stands for. */
export type Hint = (path: readonly PropertyKey[], found: unknown) => string | undefined;

/**
 * Rules yaml, unknown-field and schema: the frontmatter parses, has no unknown field and fits its schema.
 * Every problem of the file is reported, not only the first. For a file that does not fit, `failed` names the
 * top-level fields with problems (undefined when the frontmatter as a whole is unreadable).
 */
export function validate<T>(
  entry: RawEntry,
  schema: z.ZodType<T>,
  report: Report,
  hint: Hint = () => undefined,
): Validated<T> {
  const fm = entry.frontmatter;
  for (const error of fm.errors) {
    report(
      entry,
      [],
      yamlRule.name,
      `${error.message}; ${error.advice ?? 'check indentation and quoting on this line'}`,
      {
        at: error.position,
      },
    );
  }
  if (fm.errors.length > 0) return { failed: undefined };
  const failed = new Set<string>();
  const unknown = findUnknownFields(schema, fm.data);
  for (const field of unknown) {
    report(entry, field.path, unknownFieldRule.name, describeUnknownField(field));
    // A misspelt top-level field leaves the one it was meant to be at its default: what follows from that
    // default is a consequence to keep out.
    const meant = field.path.length === 1 ? closest(String(field.path[0]), field.known) : undefined;
    if (meant !== undefined) failed.add(meant);
  }
  const result = schema.safeParse(fm.data);
  if (result.success && failed.size === 0) return { data: result.data, exact: unknown.length === 0 };
  for (const issue of result.error?.issues ?? []) {
    if (issue.code === 'unrecognized_keys') continue; // reported by findUnknownFields, one key a line
    const extra = hint(issue.path, valueAt(fm.data, issue.path));
    report(entry, issue.path, schemaRule.name, `${describeIssue(issue, fm.data)}${extra ?? ''}`);
    if (issue.path.length === 0) return { failed: undefined };
    failed.add(String(issue.path[0]));
  }
  return { failed };
}
