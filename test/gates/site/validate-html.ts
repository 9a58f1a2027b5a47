import { readFileSync } from 'node:fs';
import { type ConfigData, HtmlValidate, StaticConfigLoader } from 'html-validate';

/** One html-validate error, located by file, line and column. */
export interface HtmlError {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

// The repository's .htmlvalidate.json, loaded explicitly: the default loader ignores config files, and a
// lookup from each file's folder would find none for a build outside the repository (DIST_DIR).
const config = JSON.parse(
  readFileSync(new URL('../../../.htmlvalidate.json', import.meta.url), 'utf8'),
) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

/**
 * Validates HTML documents with the repository's .htmlvalidate.json (html-validate:recommended), returning
 * the errors only. `file` names the document in messages.
 */
export async function validateHtml(
  documents: Iterable<{ file: string; html: string }>,
): Promise<HtmlError[]> {
  const errors: HtmlError[] = [];
  for (const { file, html } of documents) {
    const report = await validator.validateString(html, file);
    for (const result of report.results) {
      for (const m of result.messages) {
        // Severity 2 is an error; warnings do not fail the gate.
        if (m.severity === 2) {
          errors.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
        }
      }
    }
  }
  return errors;
}

/** One line per error, "file:line:column rule message", for a readable test failure. */
export function formatHtmlErrors(errors: readonly HtmlError[]): string {
  return errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.rule} ${e.message}`).join('\n');
}
