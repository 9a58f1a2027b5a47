/**
 * The part of the portfolio assessment loaded only when needed: the answers schema (to read saved answers
 * and typed figures), saving with verdicts, the share link and the JSON export. Kept out of the first
 * load so the page stays within its JavaScript budget.
 */
import { assess } from '../../engine/assess.ts';
import type { AssessmentContext } from '../../engine/types.ts';
import { verdictsOf } from '../../engine/versioning.ts';
import {
  decodePortfolioShare,
  encodePortfolioShare,
  writePortfolioFile,
  type PortfolioFileSummary,
  type PortfolioPayload,
} from '../../persistence/portfolio-file.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import { makeEnvelope, readSaved, writeSaved } from '../../persistence/storage.ts';
import type { StorageLike } from '../../persistence/storage-access.ts';
import { parseAnswerField, parseAnswers, type FieldResult } from '../../engine/answers.ts';
import { MAX_ANSWER, type Answers } from '../../schemas/answers.ts';
import type { Requirement } from '../../schemas/requirement.ts';

type Context = AssessmentContext;

/** Reads what a partner typed into one field; a plainer message for a number too large to be real. */
export function readField(text: string, req: Requirement): FieldResult {
  const result = parseAnswerField(text, req);
  if (!result.ok && req.kind !== 'satisfaction' && Number(text.replace(/[, %]/g, '')) > MAX_ANSWER) {
    return { ok: false, message: `${req.label}: that number is too large to be a real figure.` };
  }
  return result;
}

/** Answers for requirement ids the rules no longer have are dropped, so they never reach an export. */
function keepKnown(rules: CompetencyRules, answers: Answers): Answers {
  const known = new Set(
    Object.values(rules.requirements).flatMap((byModel) =>
      Object.values(byModel ?? {}).flatMap((list) => (list ?? []).map((r) => r.id)),
    ),
  );
  return Object.fromEntries(Object.entries(answers).filter(([id]) => known.has(id)));
}

/** Every competency's saved answers, and a note for each one that could not be read or was re-scored. */
export function readAll(
  store: StorageLike,
  list: readonly CompetencyRules[],
  versions: Readonly<Record<string, string>>,
): { answers: Record<string, Answers>; notes: string[] } {
  const answers: Record<string, Answers> = {};
  const notes: string[] = [];
  for (const rules of list) {
    const saved = readSaved(store, rules.slug, parseAnswers);
    if (saved.status === 'empty') continue;
    if (saved.status === 'invalid') {
      notes.push(`${rules.title}: ${saved.message}`);
      continue;
    }
    answers[rules.slug] = keepKnown(rules, saved.envelope.answers);
    if (saved.envelope.rulesVersion !== versions[rules.slug]) {
      notes.push(
        `${rules.title}: your answers were given under earlier rules and are scored against the current ones.`,
      );
    }
  }
  return { answers, notes };
}

/** Saves one competency's answers where its own page reads them; false when the browser refuses. */
export function save(
  store: StorageLike,
  rules: CompetencyRules,
  rulesVersion: string,
  context: Context,
  answers: Answers,
): boolean {
  const saved = { model: context.businessModel, region: context.region };
  const verdicts = verdictsOf(assess(rules, context, answers));
  return writeSaved(store, makeEnvelope(rules.slug, rulesVersion, saved, answers, verdicts));
}

/** A shared portfolio, checked: its context and each competency's answers, or why it cannot be opened. */
export type OpenedShare =
  | {
      ok: true;
      context: { model: string; region: string };
      answers: Record<string, Answers>;
      notes: string[];
    }
  | { ok: false; message: string };

/** Reads and checks the portfolio share link in a location hash. Never throws. */
export function openShared(
  hash: string,
  list: readonly CompetencyRules[],
  versions: Readonly<Record<string, string>>,
): OpenedShare {
  const decoded = decodePortfolioShare(hash);
  if (!decoded.ok) return decoded;
  const answers: Record<string, Answers> = {};
  const notes: string[] = [];
  for (const entry of decoded.value.entries) {
    const rules = list.find((r) => r.slug === entry.slug);
    if (rules === undefined) {
      notes.push(`Answers for "${entry.slug}" were left out: the catalogue has no such competency.`);
      continue;
    }
    const current = entry.rulesVersion === versions[rules.slug];
    const parsed = parseAnswers(entry.answers, current ? rules : undefined);
    if (!parsed.ok) return { ok: false, message: 'This share link holds answers this page cannot read.' };
    answers[rules.slug] = keepKnown(rules, parsed.value);
    if (!current)
      notes.push(
        `${rules.title}: these answers were given under earlier rules and are scored against the current ones.`,
      );
  }
  return { ok: true, context: decoded.value.context, answers, notes };
}

/** The portfolio's share link, and whether it reached the clipboard. */
export async function shareLink(payload: PortfolioPayload): Promise<{ url: string; copied: boolean }> {
  const url = `${location.origin}${location.pathname}#${encodePortfolioShare(payload)}`;
  try {
    await navigator.clipboard.writeText(url);
    return { url, copied: true };
  } catch {
    // No clipboard permission: the island shows the link selected, to copy by hand.
    return { url, copied: false };
  }
}

/** Downloads the portfolio as a JSON file. */
export function exportFile(payload: PortfolioPayload, summary: PortfolioFileSummary): void {
  const text = writePortfolioFile(payload, summary);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'competency-portfolio.json';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: some browsers start the download only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
