/**
 * The widget's state and what the partner can do with it: the answers and the business model and region,
 * shared or imported answers shown read-only, the notes, the last replacement to undo; saving each edit,
 * following what another tab saves, and the lazily loaded part (more.tsx) that does the rest. The island
 * renders the view model it returns (SelfAssessment.tsx).
 */
import type { ComponentChildren, TargetedEvent } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { InitialView } from '../../engine/answer-fields.ts';
import type { RollUpTier } from '../../engine/rollup.ts';
import type { AssessmentContext } from '../../engine/types.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import { hasShare } from '../../persistence/share-fragment.ts';
import { hasSaved, readLastContext, storageKey } from '../../persistence/storage-access.ts';
import type { FramedNote } from '../../persistence/messages.ts';
import type { Entry } from '../../persistence/merge-answers.ts';
import type { Answers } from '../../schemas/answers.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import type { CopiedLink } from '../shared/clipboard.ts';
import { useFieldEdits, withoutKey, withoutKeys } from '../shared/use-field-edits.ts';
import { useIslandStorage } from '../shared/use-island-storage.ts';
import { importAgain, loadOnce } from '../shared/load-once.ts';
import { useCurrent } from '../shared/use-current.ts';
import { useLazyPart } from '../shared/use-lazy-part.ts';
import type { Host, Shared, Undo } from './more.tsx';
import type { WidgetText } from '../../text/island-text.ts';
import type { IslandWords } from '../../text/translate.ts';

/** The island's data, handed over as its one prop: plain JSON values only. */
export interface SelfAssessmentData {
  /** The competency's rules, from toRules. */
  rules: CompetencyRules;
  /** The rules hash (rulesHash) that saved and shared answers carry. */
  rulesVersion: string;
  /** Every business model with its title, in display order, and a marked note where the competency is not offered on it. */
  models: { id: BusinessModelId; title: string; note?: string | undefined }[];
  /** Every region of this site with its title, in display order, and a marked note where the competency is not offered there. */
  regions: { id: string; title: string; note?: string | undefined }[];
  /** Level titles by id, e.g. { principal: "Principal", expert: "Expert" }. */
  levels: Record<string, string>;
  /** The empty form and its verdict (initialView), so scoring code loads only once the partner answers. */
  initial: InitialView;
  /** The Services Expert rules, on area competencies, to check that interim designation on Integrate. */
  servicesExpert?: CompetencyRules | undefined;
  /** The business model on which that check applies here (the view's `designationOn`), if any. */
  servicesExpertOn?: BusinessModelId | undefined;
  /** What to say when the lazy part cannot be loaded (`msg.scoringUnavailable`). */
  unavailable: string;
  /** What to say in a frame of another website (`msg.framed`). */
  framed: FramedNote;
  /** The portfolio's rules file (PortfolioRules), base included: fetched when a stored record has passes to allocate. */
  rulesHref: string;
  /**
   * The progress page's path, base included, and the tiers: a snapshot is kept there when a level or the
   * tier changes here (src/islands/shared/snapshot-soon.ts).
   */
  progress: { href: string; tiers: RollUpTier[] };
  /** The link to how to apply (HOW_TO_APPLY), base path included. */
  apply: { href: string; label: string };
  /** What the server-rendered form says until the island wakes (`msg.notLoadedYet`). */
  waiting: string;
  /** The widget's own words in the page's language (WIDGET_TEXT). */
  text: WidgetText;
  /** The words of the late-loaded part, in the page's language (WIDGET_WORDS). */
  words: IslandWords;
}

type Context = AssessmentContext;

// Loaded once the partner acts or has something saved: the answers schema, re-scoring, sharing, exports.
type More = typeof import('./more.tsx');
const more = loadOnce(importAgain((): Promise<More> => import('./more.tsx')));

// Tested without the share-link codec, so that pages without a link load nothing more.
const hasShareLink = (): boolean => hasShare(location.hash);

/**
 * The widget's state, kept here alone: what to render (the fields, the result, the notes, what is shared)
 * and the partner's actions on it.
 */
export function useSelfAssessment(data: SelfAssessmentData) {
  const { rules, initial } = data;
  const slug = rules.slug;

  // The context as last set: two picks made while the scoring code loads each build on the one before.
  const [context, putContext, contextNow] = useCurrent<Context>(initial.context);
  const [answers, setAnswers] = useState<Answers>({});
  const [shared, setShared] = useState<Shared | null>(null);
  // Until the island wakes, the server-rendered form says it neither scores nor saves yet.
  const [info, setInfo] = useState<ComponentChildren>(data.waiting);
  const [problem, setProblem] = useState('');
  // When the answers were last saved, in words; '' before.
  const [savedAt, setSavedAt] = useState('');
  // Whether the reset confirmation is open; null until it first opens, so loading moves no focus.
  const [confirming, setConfirming] = useState<boolean | null>(null);
  const [link, setLink] = useState<CopiedLink | null>(null);
  const [seOpen, setSeOpen] = useState(false);
  const [howOpen, setHowOpen] = useState(false);
  const [undo, setUndo] = useState<Undo | null>(null);

  // Counts the partner's own edits (never loading), so loading never overwrites what is stored; `saved`:
  // the count the last save was made at. A render saves when it shows edits made since.
  const dirty = useRef(0);
  const saved = useRef(0);
  const shownEdits = dirty.current;
  // The entry as last read from or written to the store (null before): a save merges what changed since.
  const base = useRef<Entry | null>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  // Loaded once the partner acts or has something saved: the storage gateway opens first; figures typed
  // while the scoring could not be loaded are read once it is.
  const scoring = useLazyPart(
    more,
    (m) => storage.open(m.opener(data.words)),
    () => edits.retry(),
  );
  const { part: lazy, load } = scoring;

  const edits = useFieldEdits(async () => (await load()).fieldKit(storage, data.words, slug));

  const shown = shared ?? { answers, context };
  // Until the scoring code arrives, context and answers are the initial ones (every change waits for it).
  const model = shown.context.businessModel;
  const fields = useMemo(
    () => (lazy ? lazy.answerFields(data.words, rules, model) : initial.fields),
    [lazy, data.words, rules, model, initial.fields],
  );
  // A field whose text cannot be read counts as unanswered until fixed or cleared; its last valid value
  // stays saved meanwhile.
  const counted = useMemo(() => withoutKeys(answers, edits.errors), [answers, edits.errors]);
  const own = useMemo(
    () => (lazy ? lazy.assess(data.words, rules, context, counted) : initial.result),
    [lazy, data.words, rules, context, counted, initial.result],
  );
  const result = useMemo(
    () => (lazy && shared ? lazy.assess(data.words, rules, shared.context, shared.answers, true) : own),
    [lazy, data.words, rules, shared, own],
  );

  // Storage and the location are read once, after the server-rendered form is in place.
  const storage = useIslandStorage((s, listen) => {
    setInfo(null);
    // What the partner did to the server-rendered form before it woke (it hydrates when scrolled into view)
    // counts as their edits, taken before any render puts the form's values back: figures and boxes, and
    // the business model and region as they picked them.
    const before = (id: string) => document.getElementById(`sa-${id}`) as HTMLInputElement | null;
    for (const f of initial.fields) {
      const box = before(f.id);
      const value = box?.type === 'checkbox' ? box.checked : box?.value;
      if (value) change(f.id, value);
    }
    for (const key of ['businessModel', 'region'] as const) {
      const picked = before(key === 'businessModel' ? 'model' : 'region')?.value;
      if (picked && picked !== initial.context[key]) setPicker(key, picked);
    }
    // The scoring code and the answers schema are fetched only when there is something to show: a
    // business model or region asked for or used before, saved answers, a share link.
    if (location.search || readLastContext(s) || hasSaved(s, slug) !== false || hasShareLink()) {
      scoring.first((m) => m.readFirst(host));
      void load();
    } else {
      // The island wakes once in view: the scoring code is fetched now and started once the browser is
      // idle, so that the first click and keystroke wait for neither (docs/benchmarks.md, Interaction latency).
      void more().then(
        () => (self.requestIdleCallback ?? setTimeout)(() => void load()),
        () => {},
      );
    }
    // A link pasted into this tab changes only the fragment: open it and bring the widget into view.
    const onHash = () => void (hasShareLink() && load().then((m) => m.openShare(host, true)));
    // Another tab saved or cleared: show what is stored now, with this tab's edits not saved yet.
    const onStorage = (e: StorageEvent) =>
      void ((e.key === null || e.key === storageKey(slug)) && load().then((m) => m.followTab(host)));
    // Saves an edit whose effect has not run yet when the page goes away (a reload right after a keystroke).
    const onHide = () => flushRef.current();
    listen('hashchange', onHash);
    listen('storage', onStorage);
    listen('pagehide', onHide);
  });

  const host: Host = {
    ...data,
    alert: setProblem,
    info: setInfo,
    undo,
    setUndo,
    base,
    setAnswers,
    setContext: putContext,
    contextNow,
    setSavedAt,
    setConfirming,
    setLink,
    change,
    answers,
    context,
    own,
    storage,
    setShared,
    dirty,
    edits,
    heading,
  };

  // The entry these answers were shown from: what the partner changed is what differs between the two
  // (the ref may already hold a newer entry whose answers are not rendered yet).
  const known = base.current;
  // Whether these answers differ from those last stored (false before the code that tells has loaded).
  const changed = (): boolean => !!lazy?.changedIds(known?.answers ?? {}, answers).length;
  // Saves these answers when the page goes away (a reload right after a keystroke): set while rendering,
  // since the page may go before this render's effects run.
  const flushRef = useRef(() => {});
  // A render a keystroke asked for that waits for a paint runs first: the newer render's own then saves.
  flushRef.current = () =>
    void (lazy?.renderNow()
      ? flushRef.current()
      : changed() && lazy?.saveOwn(storage, host, known, answers, contextNow.current));

  // Saves the answers of a render whose answers or context changed (saveRef: that render's own), when it
  // shows edits the last save did not. An edit landing after a render but before its effect is counted
  // after that render's, so its own render saves it too; answers that differ from those last stored are
  // saved whatever the count says.
  const saveRef = useRef(() => {});
  useEffect(() => {
    saveRef.current = () => {
      if (saved.current === shownEdits && !changed()) return;
      saved.current = shownEdits;
      // The business model and region as the page holds them by then: the code that loads first may have
      // put in those the address asks for, which this render, ticked before it, does not show yet.
      void load().then((m) => m.saveEdits(host, known, answers, contextNow.current));
    };
  });
  useEffect(() => saveRef.current(), [answers, context]);

  // The confirmation takes the focus itself; once it closes, the focus goes back to the button that opened it.
  useEffect(() => {
    if (confirming === false) resetButton.current?.focus();
  }, [confirming]);

  function change(id: string, value: string | boolean): void {
    const field = fields.find((f) => f.id === id);
    if (!field) return;
    void edits.edit(id, value, field.requirement, (read) => {
      dirty.current++;
      setAnswers((prev) => (read === undefined ? withoutKey(prev, id) : { ...prev, [id]: read }));
    });
  }

  // The choice lives in the address too, so a reload or a copied address keeps it.
  function setPicker(key: keyof Context, id: string): void {
    void load().then((m) => m.pick(host, key, id));
  }

  // A fold whose content renders only while it is open, loading the lazy part as it opens: the Services
  // Expert check, and how the result is scored (closed, its arithmetic took a tenth of every render).
  const fold = (open: boolean, setOpen: (open: boolean) => void) => ({
    // Opened before the island woke, the toggle event came and went: read the state once it is here.
    ref: (el: HTMLDetailsElement | null) => {
      if (el?.open && !open) {
        setOpen(true);
        void load();
      }
    },
    onToggle: (e: TargetedEvent<HTMLDetailsElement>) => {
      setOpen(e.currentTarget.open);
      void load();
    },
  });

  return {
    /** The widget's state and actions as its lazy part takes them too (Host). */
    host,
    /** The lazy part once loaded, for its components; null before. */
    lazy,
    load,
    /** The problem to show, or why the lazy part cannot be loaded. */
    problem: problem || (scoring.failed > 0 ? data.unavailable : ''),
    info,
    fields,
    result,
    shared,
    shown,
    savedAt,
    link,
    confirming,
    seOpen,
    howOpen,
    /** What the folds of the Services Expert check and of how the result is scored take: their ref and toggle. */
    seFold: fold(seOpen, setSeOpen),
    howFold: fold(howOpen, setHowOpen),
    resetButton,
    setPicker,
  };
}
