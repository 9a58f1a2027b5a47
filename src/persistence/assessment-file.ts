/**
 * The JSON file a partner exports and imports: one competency's answers, the rules hash they were scored
 * against, and the verdicts at the time, so an import under newer rules can list what changed.
 *
 * Shape, version 1:
 *   { format: "competency-self-assessment", v: 1, slug, title, rulesVersion, context: { model, region },
 *     answers, verdicts?, exportedAt }
 * A storage envelope (see storage.ts) is accepted too, so a copy of localStorage can be imported.
 */
import type { Verdicts } from '../engine/versioning.ts';
import type { SavedContext } from './storage-access.ts';
import { asVerdicts } from './storage.ts';
import { parseAnswers, type AnswerRules } from '../engine/answers.ts';
import type { Answers } from '../schemas/answers.ts';
import { isRecord } from '../util/is-record.ts';

/** The `format` field that marks an export. */
export const FILE_FORMAT = 'competency-self-assessment';
/** Files larger than this are refused unread: a real export is a few hundred bytes. */
export const MAX_FILE_BYTES = 100_000;

/** What an export holds. */
export interface AssessmentFile {
  format: typeof FILE_FORMAT;
  v: 1;
  slug: string;
  title: string;
  rulesVersion: string;
  context: SavedContext;
  answers: Answers;
  verdicts?: Verdicts | undefined;
  exportedAt: string;
}

/** What an import yields, or why it was refused. */
export type ImportResult =
  | { ok: true; value: Pick<AssessmentFile, 'rulesVersion' | 'context' | 'answers' | 'verdicts'> }
  | { ok: false; message: string };

/** The export as pretty-printed JSON text. */
export function writeAssessmentFile(file: Omit<AssessmentFile, 'format' | 'v'>): string {
  const { slug, title, rulesVersion, context, answers, verdicts, exportedAt } = file;
  return `${JSON.stringify({ format: FILE_FORMAT, v: 1, slug, title, rulesVersion, context, answers, verdicts, exportedAt }, null, 2)}\n`;
}

/**
 * Reads an imported file's text for the competency `slug`. Never throws. When the file's rules hash is
 * the current one (`currentVersion`), answers are checked against `rules` as well, so a wrong kind of value
 * is named; answers from other rules versions are checked for shape only and re-scored by the caller.
 */
export function readAssessmentFile(
  text: string,
  slug: string,
  title: string,
  currentVersion: string,
  rules: AnswerRules,
): ImportResult {
  const refuse = (why: string): ImportResult => ({
    ok: false,
    message: `The file was not imported: ${why} Your answers are unchanged.`,
  });
  if (text.length > MAX_FILE_BYTES) return refuse('it is too large to be an exported self-assessment.');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('it is not valid JSON.');
  }
  if (!isRecord(data) || (data['format'] !== FILE_FORMAT && !('savedAt' in data)) || data['v'] !== 1) {
    return refuse('it is not a self-assessment exported from this site.');
  }
  if (data['slug'] !== slug) {
    const other = typeof data['title'] === 'string' ? data['title'] : String(data['slug']);
    return refuse(`it holds answers for ${other}, not ${title}.`);
  }
  const context = data['context'];
  const rulesVersion = data['rulesVersion'];
  if (
    !isRecord(context) ||
    typeof context['model'] !== 'string' ||
    typeof context['region'] !== 'string' ||
    typeof rulesVersion !== 'string'
  ) {
    return refuse('its business model, region or rules version is missing.');
  }
  const answers = parseAnswers(data['answers'], rulesVersion === currentVersion ? rules : undefined);
  if (!answers.ok) {
    const listed = answers.errors.slice(0, 3).map((e) => e.message);
    const more = answers.errors.length > 3 ? ` (and ${answers.errors.length - 3} more)` : '';
    return refuse(`${listed.join('; ')}${more}.`);
  }
  return {
    ok: true,
    value: {
      rulesVersion,
      context: { model: context['model'], region: context['region'] },
      answers: answers.value,
      verdicts: asVerdicts(data['verdicts']),
    },
  };
}
