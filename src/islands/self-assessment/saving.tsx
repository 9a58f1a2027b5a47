/**
 * Saving the partner's own answers, reading them back, and following what another tab saves: each save
 * merged field by field with what is stored (merge-answers.ts), what cannot be read left as it is.
 */
import type { ComponentChildren } from 'preact';
import { assess } from '../../engine/assess.ts';
import type { AssessmentContext } from '../../engine/types.ts';
import { verdictsOf } from '../../engine/versioning.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import { knownAnswers } from '../../persistence/known-answers.ts';
import {
  changedIds,
  mergeAnswers,
  saveMerged,
  type Draft,
  type Entry,
  type SavedCompetency,
} from '../../persistence/merge-answers.ts';
import { readSaved, type ReadResult } from '../../persistence/storage.ts';
import { writeLastContext, type SavedContext } from '../../persistence/storage-access.ts';
import { answerLabel, checkAnswers, parseAnswers } from '../../engine/answers.ts';
import { leftOutNote } from '../../persistence/messages.ts';
import { download } from '../shared/download.ts';
import { readPending } from '../../persistence/pending-text.ts';
import type { IslandStorage } from '../shared/use-island-storage.ts';
import type { Answers } from '../../schemas/answers.ts';
import { hostContext, textOf, type Host } from './host.ts';
import { keepSoon } from './kept.tsx';
import { rulesNote } from './rescore-note.tsx';
import { formatDayTime } from '../../text/days.ts';

type Context = AssessmentContext;

/** When answers were saved, in the page's words for the saved note, e.g. "28 Nov 2026, 10:00". */
const savedTime = (host: Pick<Host, 'words'>, at: string): string => {
  const date = new Date(at);
  // A damaged time is left unsaid rather than shown as "Invalid Date".
  return Number.isNaN(date.getTime()) ? '' : formatDayTime(textOf(host).formats, date);
};

/**
 * Says why what is stored for a competency is left as it is (it cannot be read or understood, so no edit
 * writes over it: saveMerged refuses), offering the stored text as a file.
 */
function holdUnreadable(host: Host, storage: IslandStorage, saved: ReadResult & { status: 'invalid' }) {
  const { text } = saved;
  const slug = host.rules.slug;
  const t = textOf(host);
  storage.say(
    <>
      {t(`msg.saved.${saved.why}`)}{' '}
      {text !== undefined && (
        <button type="button" onClick={() => download(`${slug}-saved-data.txt`, text, 'text/plain')}>
          {t('more.downloadSaved')}
        </button>
      )}
    </>,
  );
}

/** How a competency's entry is read, merged and saved, with the verdicts under its saved context. */
export function competencyOf(host: Host, rules: CompetencyRules, rulesVersion: string): SavedCompetency {
  return {
    slug: rules.slug,
    rulesVersion,
    parse: parseAnswers,
    fit: (answers) => knownAnswers(rules, answers),
    score: (entry) => {
      const ctx = hostContext(host, entry.context);
      return ctx ? verdictsOf(assess(rules, ctx, entry.answers, textOf(host))) : undefined;
    },
  };
}

/** The labels of saved answers that could not be read, and how many named no field of the rules. */
function droppedOf(rules: CompetencyRules, ids: readonly string[] = []) {
  const labels = ids.map((id) => answerLabel(rules, id));
  return {
    refused: labels.filter((l) => l !== undefined),
    unknown: labels.length - labels.filter(Boolean).length,
  };
}

/**
 * Reads the saved assessment; `show` gets the entry (its answers checked against the current rules),
 * its context if the page offers it, when it was saved in words ('' when unknown), plus any note. What
 * cannot be read is left in place, saying so, and the island works in this tab.
 */
export function loadSaved(
  storage: IslandStorage,
  host: Host,
  show: (entry: Entry, context: Context | null, savedAt: string, note: ComponentChildren) => void,
): void {
  const saved = readSaved(storage.current, host.rules.slug, parseAnswers);
  if (saved.status === 'invalid') return holdUnreadable(host, storage, saved);
  // Text typed but not an answer yet comes back into its field, with its message or question, once the
  // saved answers are shown.
  const pending = {
    ...(saved.status === 'ok' ? saved.texts : undefined),
    ...readPending(storage.current, host.rules.slug),
  };
  queueMicrotask(() => {
    for (const [id, text] of Object.entries(pending)) host.change(id, text);
  });
  if (saved.status === 'empty') return;
  const env = saved.envelope;
  const ctx = hostContext(host, env.context);
  const note = ctx && rulesNote(host, env.rulesVersion, ctx, env.answers, env.verdicts);
  // Ids the rules dropped are expected after a change of rules; a value that no longer fits, or that
  // could not be read at all, is named.
  const checked = checkAnswers(env.answers, host.rules);
  const dropped = droppedOf(host.rules, saved.dropped);
  const leftOut = leftOutNote(textOf(host), {
    refused: [...dropped.refused, ...(checked?.refused ?? [])],
    unknown: dropped.unknown,
  });
  show(
    { answers: checked?.answers ?? {}, context: env.context, changed: env.changed ?? {} },
    ctx,
    savedTime(host, env.savedAt),
    (note || leftOut) && [
      leftOut && <p>{leftOut}</p>,
      note && [<p>{textOf(host)('more.rescored')}</p>, note],
    ],
  );
}

/**
 * Saves the partner's own answers and context with their verdicts, merged field by field with what another
 * tab may have saved since this one last read the store (`base`). Returns what is stored now and when it
 * was saved, in words ('' when nothing new was written), or null when what is stored cannot be read (then
 * left as it is, saying so). Where the browser refuses to save, the gateway keeps it in this tab.
 */
export function saveOwn(
  storage: IslandStorage,
  host: Host,
  base: Entry | null,
  answers: Answers,
  context: Context,
): { entry: Entry; at: string } | null {
  const draft = { answers, context: { model: context.businessModel, region: context.region } };
  const saved = saveMerged(storage.current, competencyOf(host, host.rules, host.rulesVersion), base, draft);
  if (!saved.ok) {
    holdUnreadable(host, storage, saved.read);
    return null;
  }
  return saved.entry && { entry: saved.entry, at: savedTime(host, saved.savedAt) };
}

/**
 * Takes what is stored now as the last entry known: answers changed here since `was` (the entry last
 * known, or what a save just wrote from) stay as typed, and a business model or region picked in another
 * tab replaces this tab's unless it was picked here since.
 */
export function adopt(host: Host, entry: Entry | null, was: Draft | null = host.base.current): void {
  host.base.current = entry;
  host.setAnswers((now) => mergeAnswers(was?.answers ?? {}, now, entry?.answers ?? {}));
  if (entry) host.setContext(followContext(host, was, entry, host.contextNow.current));
}

/**
 * Saves the answers and context of a render, changed since the entry they were shown from (`known`), and
 * takes what was saved: edits made since that render stay (a field emptied and typed again among them),
 * the rest is what was saved, other tabs' fields included.
 */
export function saveEdits(host: Host, known: Entry | null, answers: Answers, context: Context): void {
  const saved = saveOwn(host.storage, host, known, answers, context);
  if (!saved) return;
  adopt(host, saved.entry, { answers, context: { model: context.businessModel, region: context.region } });
  if (saved.at) host.setSavedAt(saved.at);
  keepSoon(host);
}

/**
 * Takes what another tab saved or removed (a `storage` event), writing back what this tab saved that the
 * other tab's write lacked: `show` gets what is stored now with a note, when it differs from what this
 * tab last knew (`base`); null when another tab cleared it.
 */
export function syncSaved(
  storage: IslandStorage,
  host: Host,
  base: Entry | null,
  show: (entry: Entry | null, note: ComponentChildren) => void,
): void {
  const saved = saveMerged(storage.current, competencyOf(host, host.rules, host.rulesVersion), base, null);
  if (!saved.ok) return holdUnreadable(host, storage, saved.read);
  const { entry } = saved;
  if (entry === null) return void (base && show(null, textOf(host)('msg.clearedInTab')));
  if (base && sameAs(base, entry)) return;
  show(entry, textOf(host)('msg.updatedFromTab'));
}

/** Whether an entry's answers and context are those of another. */
const sameAs = (a: Entry, b: Entry): boolean =>
  changedIds(a.answers, b.answers).length === 0 && sameSavedContext(a.context, b.context);

const sameSavedContext = (a: SavedContext, b: SavedContext): boolean =>
  a.model === b.model && a.region === b.region;

/**
 * The context to show once `entry` is what is stored: its own, when the page still shows the one it last
 * knew (`was`; none yet) and the page offers it; else the page's (`now`), picked here since. A change
 * goes into the address too, as a pick does, so that a reload keeps it.
 */
export function followContext(host: Host, was: Draft | null, entry: Entry, now: Context): Context {
  const shown = { model: now.businessModel, region: now.region };
  if ((was && !sameSavedContext(was.context, shown)) || sameSavedContext(entry.context, shown)) return now;
  const next = hostContext(host, entry.context);
  if (!next) return now;
  putInAddress(next);
  return next;
}

/** Puts the business model and region into the page's address, so that a reload or a copied address keeps them. */
const putInAddress = (context: Context): void =>
  history.replaceState(
    history.state,
    '',
    `?model=${context.businessModel}&region=${context.region}${location.hash}`,
  );

/**
 * Takes a business model or region the partner picked, building on the last one set, and keeps it: for the
 * other pages, and in the address, so a reload or a copied address keeps it.
 */
export function pick(host: Host, key: keyof Context, id: string): void {
  const next = { ...host.contextNow.current, [key]: id };
  host.dirty.current++;
  host.setContext(next);
  writeLastContext(host.storage.current, { model: next.businessModel, region: next.region });
  putInAddress(next);
}

/**
 * Shows what another tab saved or cleared, with this tab's edits not saved yet; text that is not an answer
 * stays with its message: the other tab's answer does not fix it.
 */
export function followTab(host: Host): void {
  syncSaved(host.storage, host, host.base.current, (entry, note) => {
    adopt(host, entry);
    host.edits.settle();
    host.info(note);
  });
}
