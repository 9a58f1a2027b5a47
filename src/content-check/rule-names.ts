/**
 * Every rule the check applies, in the order the editors' guide (content/README.md) lists them: the schema's
 * rules first, then the rules across fields, files and versions in the order they run.
 */
import { CONTENT_RULES } from './rules/index.ts';
import { schemaRule, unknownFieldRule, yamlRule } from './validate.ts';

export const ALL_RULES = [yamlRule, schemaRule, unknownFieldRule, ...CONTENT_RULES] as const;

/** The name of a rule, e.g. "expert-at-least-principal". */
export type RuleName = (typeof ALL_RULES)[number]['name'];

/** The rules' table in the editors' guide, as it must read there. */
export function rulesTable(): string {
  const rows = ALL_RULES.map((rule) => `| \`${rule.name}\` | ${rule.description} |`);
  return ['| rule | what it makes sure of |', '| --- | --- |', ...rows].join('\n');
}
