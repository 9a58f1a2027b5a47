/**
 * Replacing the partner's answers (shared or imported ones used, a reset) and undoing the last replacement
 * until the next one (replacement.ts).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { AssessmentContext } from '../../engine/types.ts';
import { replacementOf, undoReplacement } from '../../persistence/replacement.ts';
import { clearSaved, writeLastContext } from '../../persistence/storage-access.ts';
import {
  clearedNote,
  keptOwnNote,
  replacedNote,
  resetQuestion,
  usedSharedNote,
  withheldNote,
} from '../../persistence/messages.ts';
import { stillWithheld } from '../../engine/withheld.ts';
import { keepWithheld } from './withheld-shown.ts';
import { forgetPending } from '../../persistence/pending-text.ts';
import type { Answers } from '../../schemas/answers.ts';
import { sameContext } from '../shared/offered-context.ts';
import { labelsOf, textOf, type Host, type Shared, type Undo } from './host.ts';
import { takeDesignation } from './ServicesExpert.tsx';

type Context = AssessmentContext;

/**
 * Replaces every answer (the island saves them), with a message, and keeps `undo` to offer until the next
 * replacement, forgetting the text of fields that were not answers yet; `undo` is null when this undoes the
 * last one, and then what was typed since stays as typed.
 */
function replaceAll(
  host: Host,
  answers: Answers,
  context: Context,
  message: ComponentChildren,
  undo: Undo | null,
): void {
  if (undo) forgetPending(host.storage.current, host.rules.slug);
  // Verdicts a sender kept for money figures go with the answers they came with, and with nothing else.
  keepWithheld(host.rules.slug, undefined);
  host.dirty.current++;
  host.setAnswers(() => answers);
  host.edits.clear();
  host.setContext(context);
  host.alert('');
  host.info(message);
  host.setUndo(undo);
}

/** The record of replacing the partner's answers and context with these, to undo it. */
const undoOf = (host: Host, kind: Undo['kind'], answers: Answers, context: Context): Undo => ({
  kind,
  ...replacementOf(host.answers, answers),
  context: { before: host.context, after: context },
});

/**
 * The button that undoes the last replacement, shown until the next one: it puts back the fields the
 * replacement changed, and the context, unless the partner changed them since.
 */
export function UndoButton({ host }: { host: Host }) {
  const { undo } = host;
  if (!undo) return null;
  const { context } = undo;
  const t = textOf(host);
  const back = (): void =>
    replaceAll(
      host,
      undoReplacement(host.answers, undo),
      sameContext(host.context, context.after) ? context.before : host.context,
      t('msg.undone'),
      null,
    );
  return (
    <p class="sa-undo">
      <button type="button" onClick={back}>
        {t(`msg.undo.${undo.kind}`)}
      </button>
    </p>
  );
}

/**
 * Leaves shared or imported answers: with `use` they become the partner's own (saved by the island), with
 * a button to undo it until the next replacement; else they are set aside. Either way a link leaves the address, so
 * a reload shows the partner's own answers, and the focus goes back to the widget's heading.
 */
export function leaveShared(host: Host, use: boolean, shared: Shared): void {
  const { file } = shared;
  const t = textOf(host);
  if (use) {
    takeDesignation(host, shared.designation, shared.context.region);
    writeLastContext(host.storage.current, {
      model: shared.context.businessModel,
      region: shared.context.region,
    });
    const r = replacementOf(host.answers, shared.answers);
    const message = replacedNote(
      t,
      file === undefined ? usedSharedNote(t, host.storage.framed) : t('msg.imported', { file }),
      labelsOf(host, r.changed),
      labelsOf(host, r.cleared),
    );
    const kind = file === undefined ? 'shared' : 'imported';
    const kept = withheldNote(t, labelsOf(host, stillWithheld(shared.withheld, shared.answers)), true);
    replaceAll(
      host,
      shared.answers,
      shared.context,
      kept ? t('list.then', { first: message, then: kept }) : message,
      undoOf(host, kind, shared.answers, shared.context),
    );
    keepWithheld(host.rules.slug, shared.withheld);
  } else host.info(keptOwnNote(t, file !== undefined));
  history.replaceState(history.state, '', location.pathname + location.search);
  host.setShared(null);
  host.heading.current?.focus();
}

/**
 * Removes the saved answers (Reset): what to say, and whether they are gone. Only a removal the browser
 * made counts: when it refuses, the answers stay saved and shown.
 */
function clearOwn(host: Host): { cleared: boolean; note: string } {
  const { storage } = host;
  const t = textOf(host);
  if (!clearSaved(storage.current, host.rules.slug)) return { cleared: false, note: t('msg.clearRefused') };
  storage.say(null);
  const undo = undoOf(host, 'reset', {}, host.context);
  host.setUndo(undo);
  return { cleared: true, note: clearedNote(t, labelsOf(host, Object.keys(undo.before))) };
}

/** Closes the confirmation and clears every answer, saying so, unless the browser refuses to remove them. */
function reset(host: Host): void {
  host.setConfirming(false);
  const done = clearOwn(host);
  host.info(done.note);
  if (!done.cleared) return;
  keepWithheld(host.rules.slug, undefined);
  host.base.current = null;
  host.setAnswers(() => ({}));
  host.edits.clear();
  host.setSavedAt('');
}

/** The inline confirmation before every answer is cleared; it takes the focus when it opens. */
export function ConfirmReset({ host }: { host: Host }) {
  const t = textOf(host);
  const cancel = () => host.setConfirming(false);
  const clear = useRef<HTMLButtonElement>(null);
  useEffect(() => clear.current?.focus(), []);
  return (
    <div
      class="sa-confirm"
      role="group"
      aria-labelledby="sa-confirm-q"
      onKeyDown={(e) => e.key === 'Escape' && cancel()}
    >
      <p id="sa-confirm-q">{resetQuestion(t, host.rules.title, labelsOf(host, Object.keys(host.answers)))}</p>
      <p class="sa-buttons">
        <button type="button" class="sa-danger" ref={clear} onClick={() => reset(host)}>
          {t('more.clear')}
        </button>
        <button type="button" onClick={cancel}>
          {t('more.cancel')}
        </button>
      </p>
    </div>
  );
}
