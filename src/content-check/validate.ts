import type { z } from 'astro/zod';
import { describeIssue, describeUnknownField, findUnknownFields } from './issues.ts';
import type { Checked, RawEntry, Report, RuleInfo } from './types.ts';

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

/** Rules yaml, unknown-field and schema: the frontmatter parses, has no unknown field and fits its schema. */
export function validate<T>(entry: RawEntry, schema: z.ZodType<T>, report: Report): T | undefined {
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
  if (fm.errors.length > 0) return undefined;
  for (const field of findUnknownFields(schema, fm.data)) {
    report(entry, field.path, unknownFieldRule.name, describeUnknownField(field));
  }
  const result = schema.safeParse(fm.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') continue; // reported by findUnknownFields, one key a line
    report(entry, issue.path, schemaRule.name, describeIssue(issue, fm.data));
  }
  return undefined;
}

/** Validates every entry of a collection; returns those that passed, with their parsed data. */
export function validateAll<T>(
  entries: readonly RawEntry[],
  schema: z.ZodType<T>,
  report: Report,
): Checked<T>[] {
  const out: Checked<T>[] = [];
  for (const entry of entries) {
    const data = validate(entry, schema, report);
    if (data !== undefined) out.push({ entry, data });
  }
  return out;
}
