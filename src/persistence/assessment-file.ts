/**
 * The JSON file a partner exports and imports: one competency's answers, the rules hash they were scored
 * against, and the verdicts at the time, so an import under newer rules can list what changed.
 *
 * Shape, version 1:
 *   { format: "competency-self-assessment", v: 1, slug, title, rulesVersion, context: { model, region },
 *     answers, verdicts?, designation?: { slug, rulesVersion, answers }, exportedAt }
 * `designation` holds the Services Expert answers given on an area competency's page (saved under the
 * designation's own slug), so they travel with the area's answers.
 * Version 2 is version 1 made with "Leave out money figures" (src/engine/withheld.ts): the same fields, its
 * answers without money figures, and `withheld`, the verdicts kept for them (the `verdicts` then leave out
 * nothing the answers could not give back either: they hold the levels' states only).
 * A storage envelope (see storage.ts) is accepted too, so a copy of localStorage can be imported.
 * An export protected with a passphrase is a sealed envelope, `{ format: "competency-sealed", v, alg, it, salt,
 * iv, chk, data }` (sealed.ts), whose `data` opens to the text above; reading one gives the envelope back
 * (`sealed`) for the page to ask for the passphrase.
 */
import type { Verdicts } from '../engine/versioning.ts';
import type { SavedContext } from './storage-access.ts';
import { asVerdicts } from './storage.ts';
import { checkAnswers, type AnswerRules } from '../engine/answers.ts';
import { checkWithheld, type Withheld } from '../engine/withheld.ts';
import { FILE_FORMAT, fileJson, PORTFOLIO_FILE_FORMAT, SEALED_FILE_FORMAT } from './formats.ts';
import { leftOutNote, notImported, otherCompetencyFile, portfolioFile } from './messages.ts';
import type { Translate } from '../text/translate.ts';
import type { Answers } from '../schemas/answers.ts';
import { isRecord } from '../util/is-record.ts';

export { FILE_FORMAT };
/** Files larger than this are refused unread: a real export is a few hundred bytes. */
export const MAX_FILE_BYTES = 100_000;

/** What an export holds. */
export interface AssessmentFile {
  format: typeof FILE_FORMAT;
  v: 1 | 2;
  slug: string;
  title: string;
  rulesVersion: string;
  context: SavedContext;
  answers: Answers;
  verdicts?: Verdicts | undefined;
  /** The interim designation's answers, on an area competency that has them. */
  designation?: DesignationAnswers | undefined;
  /** The verdicts kept for money figures left out (withheld.ts); version 2 only. */
  withheld?: Withheld | undefined;
  exportedAt: string;
}

/** Answers of the interim designation that travel with an area competency's export or share link. */
export interface DesignationAnswers {
  slug: string;
  rulesVersion: string;
  /** Still to be checked against the designation's rules. */
  answers: unknown;
}

/** What an import yields, or why it was refused. */
export type ImportResult =
  | {
      ok: true;
      value: Pick<AssessmentFile, 'rulesVersion' | 'context' | 'answers' | 'verdicts'> & {
        /** What was left out of the file's answers, in words, or null. */
        leftOut: string | null;
        /** The interim designation's answers, when the file carries them. */
        designation?: DesignationAnswers | undefined;
        /** The verdicts kept for money figures left out, checked against the current rules. */
        withheld?: Withheld | undefined;
      };
    }
  | { ok: false; message: string; sealed?: unknown };

/** The export as pretty-printed JSON text. */
export function writeAssessmentFile(file: Omit<AssessmentFile, 'format' | 'v'>): string {
  const { slug, title, rulesVersion, context, answers, verdicts, designation, withheld, exportedAt } = file;
  const v = withheld === undefined ? 1 : 2;
  return `${JSON.stringify({ format: FILE_FORMAT, v, slug, title, rulesVersion, context, answers, verdicts, designation, withheld, exportedAt }, null, 2)}\n`;
}

/** The designation's answers if the value has their shape, else undefined. */
export function asDesignation(value: unknown): DesignationAnswers | undefined {
  if (!isRecord(value) || typeof value['slug'] !== 'string' || typeof value['rulesVersion'] !== 'string')
    return undefined;
  return { slug: value['slug'], rulesVersion: value['rulesVersion'], answers: value['answers'] };
}

/**
 * Reads an imported file's text for the competency `slug`. Never throws. A protected file comes back refused
 * with its envelope in `sealed`. Every answer is checked against
 * the current `rules`, whatever rules version the file declares: a value that does not suit its field is
 * left out and named, and a file left with nothing is refused. Messages name competencies only by their
 * catalogue titles (`titleOf`), never by what the file says.
 */
export function readAssessmentFile(
  t: Translate,
  text: string,
  slug: string,
  title: string,
  rules: AnswerRules,
  titleOf: (slug: string) => string | undefined = () => undefined,
): ImportResult {
  const refuse = (why: string): ImportResult => ({ ok: false, message: notImported(t, why) });
  const json = fileJson(t, text, MAX_FILE_BYTES);
  if (!json.ok) return json;
  const { data } = json;
  if (isRecord(data) && data['format'] === SEALED_FILE_FORMAT)
    return { ok: false, message: notImported(t, t('msg.fileRefused.sealed')), sealed: data };
  if (isRecord(data) && data['format'] === PORTFOLIO_FILE_FORMAT) return refuse(portfolioFile(t, title));
  if (
    !isRecord(data) ||
    (data['format'] !== FILE_FORMAT && !('savedAt' in data)) ||
    (data['v'] !== 1 && !(data['v'] === 2 && data['format'] === FILE_FORMAT))
  ) {
    return refuse(t('msg.fileRefused.notExport'));
  }
  if (data['slug'] !== slug) {
    const other = typeof data['slug'] === 'string' ? titleOf(data['slug']) : undefined;
    return refuse(otherCompetencyFile(t, title, other));
  }
  const context = data['context'];
  const rulesVersion = data['rulesVersion'];
  if (
    !isRecord(context) ||
    typeof context['model'] !== 'string' ||
    typeof context['region'] !== 'string' ||
    typeof rulesVersion !== 'string'
  ) {
    return refuse(t('msg.fileRefused.noContext'));
  }
  const checked = checkAnswers(data['answers'], rules);
  if (checked === null) return refuse(t('msg.fileRefused.noAnswers'));
  const leftOut = leftOutNote(t, checked);
  if (leftOut !== null && Object.keys(checked.answers).length === 0)
    return refuse(t('list.then', { first: t('msg.fileRefused.noAnswers'), then: leftOut }));
  return {
    ok: true,
    value: {
      rulesVersion,
      context: { model: context['model'], region: context['region'] },
      answers: checked.answers,
      verdicts: asVerdicts(data['verdicts']),
      leftOut,
      designation: asDesignation(data['designation']),
      ...(data['v'] === 2 ? { withheld: checkWithheld(data['withheld'], rules) } : {}),
    },
  };
}
