import type { Context, RawEntry, Report, RuleInfo } from '../types.ts';
import { isRecord } from '../../util/is-record.ts';

/** Rule placeholders, with what it makes sure of (listed in content/README.md). */
export const placeholdersRule = {
  name: 'placeholders',
  check: checkPlaceholders,
  description:
    'no `TODO` text left by the scaffold, in a field or in the body of a competency or a translation',
} as const satisfies RuleInfo;

const PLACEHOLDER = /\bTODO\b/;

/** Rule placeholders: no placeholder text from the scaffold is left; the build stops until each is written. */
export function checkPlaceholders(ctx: Context, report: Report): void {
  const visit = (entry: RawEntry, value: unknown, path: PropertyKey[]): void => {
    if (typeof value === 'string' && PLACEHOLDER.test(value)) {
      report(
        entry,
        path,
        placeholdersRule.name,
        `placeholder text left from the scaffold: ${JSON.stringify(value)}; replace it with the real text`,
      );
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(entry, item, [...path, i]));
    } else if (isRecord(value) && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(entry, item, [...path, key]);
    }
  };
  const translations = (ctx.input.translations ?? []).map((t) => t.entry);
  for (const entry of [...ctx.input.competencies, ...translations]) {
    visit(entry, entry.frontmatter.data, []);
    entry.frontmatter.body.split('\n').forEach((text, i) => {
      const column = text.search(PLACEHOLDER);
      if (column >= 0) {
        report(
          entry,
          ['body'],
          placeholdersRule.name,
          `placeholder text left from the scaffold: ${JSON.stringify(text.trim())}; replace it with the real text`,
          {
            at: { line: entry.frontmatter.bodyLine + i, column: column + 1 },
          },
        );
      }
    });
  }
}
