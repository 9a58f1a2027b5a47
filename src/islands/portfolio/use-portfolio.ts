/**
 * The portfolio assessment's state and what the partner can do with it: the business model and region, the
 * competencies chosen, their answers and each one's own context, a shared or imported portfolio shown
 * read-only, the notes, the last replacement to undo; saving into the store each competency page reads, and
 * following what another tab saves there. The island renders the view model it returns (Portfolio.tsx).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PortfolioView, PortfolioWithheld } from '../../engine/portfolio.ts';
import type { RollUpTier } from '../../engine/rollup.ts';
import type { AssessmentContext } from '../../engine/types.ts';
import {
  PORTFOLIO_KEY,
  readPortfolioChoice,
  writePortfolioChoice,
} from '../../persistence/portfolio-choice.ts';
import { isOpenSolutionArea, isSolutionArea } from '../../domain/designation.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import type { PortfolioRules } from '../../persistence/portfolio-rules.ts';
import { hasShare } from '../../persistence/share-fragment.ts';
import { hasSaved, readLastContext, storageKey, writeLastContext } from '../../persistence/storage-access.ts';
import { hasRecord, RECORD_KEY } from '../../persistence/record-key.ts';
import type { FramedNote } from '../../persistence/messages.ts';
import type { Answers } from '../../schemas/answers.ts';
import type { Entry } from '../../persistence/merge-answers.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import type { CopiedLink } from '../shared/clipboard.ts';
import { titleOfChoice } from '../shared/context.ts';
import { useFieldEdits, withoutKey } from '../shared/use-field-edits.ts';
import { useIslandStorage } from '../shared/use-island-storage.ts';
import { importAgain, loadOnce } from '../shared/load-once.ts';
import { useCurrent } from '../shared/use-current.ts';
import { useLazyPart } from '../shared/use-lazy-part.ts';
import { shallowEqual } from '../shared/memo.ts';
import type { ChosenDay, RecordOn } from '../shared/record-on.tsx';
import { islandTranslator, type IslandWords } from '../../text/translate.ts';

/** What the first view and the choice need of a competency; its rules come with the scoring code. */
export type PortfolioCompetency = Pick<
  CompetencyRules,
  'slug' | 'title' | 'kind' | 'status' | 'summary' | 'designation' | 'provenance'
>;

/** The island's data, handed over as its one prop: plain JSON values only. */
export interface PortfolioData {
  /** Every competency in catalogue order, the interim designation included. */
  competencies: PortfolioCompetency[];
  tiers: RollUpTier[];
  models: { id: BusinessModelId; title: string }[];
  regions: { id: string; title: string }[];
  /** Level titles by id, in display order, e.g. { principal: "Principal", expert: "Expert" }. */
  levels: Record<string, string>;
  /** Each competency page's path, base included, by slug. */
  hrefs: Record<string, string>;
  /** The path of the rules file (PortfolioRules), base included. */
  rulesHref: string;
  /** The progress page's path, base included: a snapshot kept here when a level or the tier changes links to it. */
  progressHref: string;
  /** What to say when the scoring code or the rules cannot be loaded (`msg.scoringUnavailable`). */
  unavailable: string;
  /** What to say in a frame of another website (`msg.framed`). */
  framed: FramedNote;
  /** What the server-rendered page says until the island wakes (`msg.notLoadedYet`). */
  waiting: string;
  /**
   * The first view (portfolioView for the first business model and region, nothing chosen or answered),
   * so scoring code loads only once the partner acts or has something saved or shared.
   */
  initial: PortfolioView;
  /** The portfolio's words in the page's language (PORTFOLIO_WORDS). */
  words: IslandWords;
}

type Context = AssessmentContext;
/** The scoring code with every competency's rules. */
export type Tools = typeof import('./tools.ts') & PortfolioRules;
type PortfolioUndo = import('./tools.ts').PortfolioUndo;
/**
 * A shared or imported portfolio, shown read-only until the partner chooses; `file` when imported, `changes`
 * what using it would change, in words, `withheld` the verdicts kept for money figures the sender left out;
 * `locked` while it is protected, to try a passphrase (the message why it did not open, or null once it did).
 */
export type Shared = {
  context: Context;
  answers: Record<string, Answers>;
  withheld: PortfolioWithheld;
  file?: boolean;
  changes?: string[];
  locked?: (passphrase: string) => Promise<string | null>;
};

/**
 * The scoring code and the rules file, fetched side by side once the partner acts or has something saved or
 * shared, and kept; throws when either cannot be loaded.
 */
// Asked for again after a failure, under another address if the browser remembers the failure.
const toolsCode = importAgain(() => import('./tools.ts'));
const toolsLoader = (rulesHref: string): (() => Promise<Tools>) =>
  loadOnce(async () => {
    const file = fetch(rulesHref)
      .then((r): Promise<unknown> | null => (r.ok ? r.json() : null))
      .catch(() => null);
    const code = await toolsCode();
    return { ...code, ...code.checkRulesFile(await file) };
  });
const hasShareLink = (): boolean => hasShare(location.hash);

/** What the view is scored from (usePortfolio): the scoring code, the context, the choice, the answers. */
interface Scored {
  lazy: Tools | null;
  context: Context;
  chosen: ReadonlySet<string>;
  answers: Record<string, Answers>;
  own: Record<string, Context>;
  /** The partner record and its day; null without one, or while a shared portfolio is shown. */
  on: RecordOn | null;
  /** The verdicts kept for money figures left out of a shared portfolio shown; undefined for the partner's own. */
  withheld: PortfolioWithheld | undefined;
}
/** The own contexts of a shared portfolio: none, one object so the view is not scored again for it. */
const NO_OWN: Record<string, Context> = {};

/**
 * The portfolio's state, kept here alone: what to render (the view, the notes, what is shared) and the
 * partner's actions on it.
 */
export function usePortfolio(data: PortfolioData) {
  const { competencies, tiers, models, regions, initial } = data;
  // The same function from one render to the next, so what it is handed to is not rendered again for it.
  const w = useMemo(() => islandTranslator(data.words), [data.words]);
  const areas = useMemo(() => competencies.filter(isOpenSolutionArea), [competencies]);
  // The areas `keep` picks, in catalogue order: how a choice is kept.
  const areasWhere = (keep: (slug: string) => boolean): string[] => areas.map((a) => a.slug).filter(keep);

  // Read from the `…Now` refs, not the render's copies, so two quick edits in a row both count, even while
  // the scoring code is still loading.
  const [context, putContext, contextNow] = useCurrent<Context>(initial.context);
  const [chosen, putChosen, chosenNow] = useCurrent<string[]>([]);
  const [answers, putAnswers, latest] = useCurrent<Record<string, Answers>>({});
  const [shared, setShared] = useState<Shared | null>(null);
  // Until the island wakes, the server-rendered page says it neither scores nor saves yet.
  const [notes, setNotes] = useState<string[]>([data.waiting]);
  const [woke, setWoke] = useState(false);
  // The last replacement (a shared or imported portfolio used), to undo until the next one.
  const [undo, setUndo] = useState<PortfolioUndo | null>(null);
  const [problem, setProblem] = useState('');
  const [link, setLink] = useState<CopiedLink | null>(null);
  const notices = useRef<HTMLDivElement>(null);
  // The competency last answered or ticked: what changed in its levels is read out with the tier.
  const edited = useRef('');
  // Each competency's own business model and region, saved with its answers: it is scored for those.
  const [own, putOwn, ownNow] = useCurrent<Record<string, Context>>({});
  // The partner record stored here and the day its figures are worked out for; null without one.
  const [on, setOn] = useState<RecordOn | null>(null);
  // Each competency's entry as last read from or written to the store: a save merges the fields changed
  // here with what another tab may have saved since.
  const bases = useRef<Record<string, Entry | null>>({});
  // The business model and region picked on this page: the last ones used elsewhere, read later, never
  // put them back.
  const pickedHere = useRef<Partial<Context>>({});
  // Loaded once the partner acts or has something saved or shared: the storage gateway opens first;
  // figures typed while the scoring could not be loaded are read once it is.
  const [loadTools] = useState(() => toolsLoader(data.rulesHref));
  const scoring = useLazyPart(
    loadTools,
    (t) => storage.open(t.opener(data.words)),
    () => edits.retry(),
  );
  const { part: lazy, load: tools } = scoring;
  // The partner may be far down the page, where the box or field they used is, when the code fails to load.
  useEffect(() => {
    if (scoring.failed > 0) notices.current?.scrollIntoView({ block: 'nearest' });
  }, [scoring.failed]);
  const edits = useFieldEdits(async () => (await tools()).fieldKit(storage, data.words));

  const shown = shared ?? { context, answers };
  const chosenSet = useMemo(() => new Set(shared ? Object.keys(shared.answers) : chosen), [shared, chosen]);
  // Until the scoring code arrives, context, choice and answers are the first ones (every change waits for it).
  // A field whose text cannot be read counts as unanswered until fixed or cleared.
  const counted = useMemo(() => {
    const next = { ...shown.answers };
    for (const key of Object.keys(edits.errors)) {
      const [slug = '', id = ''] = key.split(':');
      next[slug] = withoutKey(next[slug] ?? {}, id);
    }
    return next;
  }, [shown.answers, edits.errors]);
  // The scores are worked out from these after the paint that shows the partner's tick or figure: the box,
  // its row and the field answer at once, the scores and the tier follow in a task of their own (effects
  // run after the paint), so a tick in a long portfolio is not held up by scoring and rendering it.
  const source: Scored = {
    lazy,
    context: shown.context,
    chosen: chosenSet,
    answers: counted,
    own: shared ? NO_OWN : own,
    on: shared ? null : on,
    withheld: shared?.withheld,
  };
  const [scored, setScored] = useState(source);
  const sourceNow = useRef(source);
  sourceNow.current = source;
  useEffect(
    () => setScored((was) => (shallowEqual(was, sourceNow.current) ? was : sourceNow.current)),
    [lazy, shown.context, chosenSet, counted, own, shared, on],
  );
  const view = useMemo(
    () => (scored.lazy ? scored.lazy.viewOf(scored.lazy.rules, scored, tiers, w) : initial),
    [scored, tiers, initial, w],
  );
  // Printed only (PrintedPlan); the rows the CSV export writes, for what the page shows.
  const plan = useMemo(
    () => (scored.lazy ? scored.lazy.planGroups(scored.lazy.rules, scored, data) : []),
    [scored, data],
  );
  // By slug: the tier summary names every competency held, and a long portfolio holds many.
  const titles = useMemo(() => new Map(competencies.map((c) => [c.slug, c.title])), [competencies]);
  const titleOf = (slug: string): string => titles.get(slug) ?? slug;
  const toContext = (t: Tools, c: { model: string; region: string } | null): Context | null =>
    c && t.contextOf(models, regions, c);
  /**
   * Takes what is stored now for the competencies given (null: nothing stored): answers and each one's own
   * context; answers changed here since they were last read stay as typed.
   */
  const takeSaved = (t: Tools, entries: Record<string, Entry | null>): void => {
    const nextOwn = { ...ownNow.current };
    const nextAnswers = { ...latest.current };
    for (const [slug, entry] of Object.entries(entries)) {
      const ctx = toContext(t, entry?.context ?? null);
      if (ctx) nextOwn[slug] = ctx;
      else delete nextOwn[slug];
      const was = bases.current[slug]?.answers ?? {};
      nextAnswers[slug] = t.mergeAnswers(was, nextAnswers[slug] ?? {}, entry?.answers ?? {});
      bases.current[slug] = entry;
    }
    putOwn(nextOwn);
    putAnswers(nextAnswers);
  };
  /** Reads what is saved of every competency: its answers, notes, and what could not be read. */
  const readSaved = (t: Tools): void => {
    const read = t.readAll(w, storage.current, t.rules, t.versions);
    takeSaved(t, read.entries);
    setNotes(read.notes);
    storage.say(read.unreadable.length > 0 && t.unreadableNote(w, read.unreadable));
  };
  /**
   * Shows a shared or imported portfolio read-only, or says why it cannot be opened; a protected one asks for
   * its passphrase first, in place of the banner, and shows nothing of it meanwhile.
   */
  const showOpened = (t: Tools, opened: ReturnType<Tools['openShared']>, file: boolean): void => {
    if (!opened.ok && opened.sealed !== undefined) {
      setProblem('');
      const locked = async (passphrase: string) => {
        const open = await t.openSealed(w, opened.sealed, passphrase, file, t.rules, t.versions);
        if (!open.ok) return open.message;
        showOpened(t, open, file);
        return null;
      };
      setShared({ context: contextNow.current, answers: {}, withheld: {}, file, locked });
      return;
    }
    const ctx = opened.ok ? toContext(t, opened.context) : null;
    if (!opened.ok || ctx === null) {
      const message = opened.ok ? w('msg.unknownContext') : opened.message;
      setProblem(file ? message : w('list.then', { first: message, then: w('msg.unchanged') }));
      return;
    }
    setProblem('');
    const { notes: changes } = replacing(t, { context: ctx, answers: opened.answers });
    setShared({ context: ctx, answers: opened.answers, withheld: opened.withheld, file, changes });
    setNotes(opened.notes);
  };
  /** The portfolio now, and what replacing it with a shared or imported one changes. */
  const now = () => ({ answers: latest.current, chosen: chosenNow.current, context: contextNow.current });
  const replacing = (t: Tools, next: Pick<Shared, 'answers' | 'context'>) =>
    t.replacing(
      w,
      t.rules,
      now(),
      { answers: next.answers, chosen: Object.keys(next.answers), context: next.context },
      w('msg.context', {
        model: titleOfChoice(models, next.context.businessModel),
        region: titleOfChoice(regions, next.context.region),
      }),
    );

  // Storage and the location are read once, after the server-rendered page is in place.
  const storage = useIslandStorage((s, listen) => {
    // Boxes ticked and choices picked on the server-rendered page before it woke count as the partner's.
    const element = (id: string) => document.getElementById(id) as HTMLInputElement | null;
    const ticked = areas.filter((a) => element(`pf-pick-${a.slug}`)?.checked);
    const picked = (['businessModel', 'region'] as const).flatMap((key) => {
      const value = element(key === 'region' ? 'pf-region' : 'pf-model')?.value;
      return value && value !== initial.context[key] ? [[key, value] as const] : [];
    });
    setNotes([]);
    setWoke(true);
    const last = readLastContext(s);
    const slugs = areas.map((a) => a.slug);
    const saved = readPortfolioChoice(s, slugs) ?? slugs.filter((slug) => hasSaved(s, slug));
    const openShare = (t: Tools) => showOpened(t, t.openShared(w, location.hash, t.rules, t.versions), false);
    // The scoring code is fetched only when there is more to show than the first view.
    const moved =
      last !== null &&
      (last.model !== initial.context.businessModel || last.region !== initial.context.region);
    // Ticked at once, as the page wakes: a box ticked a moment later is the partner's own click, never undone.
    putChosen(saved);
    const record = hasRecord(s);
    if (
      moved ||
      record ||
      saved.length > 0 ||
      competencies.some((c) => hasSaved(s, c.slug)) ||
      hasShareLink()
    ) {
      scoring.first((t) => {
        setOn(t.recordOn(s));
        // The business model and region last used, unless the partner picked one here meanwhile.
        const ctx = toContext(t, last);
        if (ctx) putContext({ ...ctx, ...pickedHere.current });
        readSaved(t);
        // Text typed but not an answer yet comes back into its field, with its message or question.
        for (const p of t.pendingTexts(storage.current, t.rules)) change(p.slug, p.id, p.text, p.req);
        if (hasShareLink()) openShare(t);
      });
      void tools();
    } else {
      // Only the code, once the browser is idle: the first tick then paints before the portfolio renders
      // again (paint-first.ts); the rules file waits for the partner to act (docs/benchmarks.md).
      (self.requestIdleCallback ?? setTimeout)(() => void toolsCode().catch(() => {}));
    }
    const onHash = () => void (hasShareLink() && tools().then(openShare));
    // Another tab saved a competency or the choice, or cleared the site's data: show what is stored now
    // (this page saves its own edits at once), writing back what this page saved that its write lacked.
    const onStorage = (e: StorageEvent) =>
      void tools().then((t) => {
        // The record changed in another tab (its page): read it again, keeping the day chosen here.
        if (e.key === null || e.key === RECORD_KEY) setOn((was) => t.recordOn(storage.current, was));
        if (e.key === null) {
          putChosen(slugs.filter((slug) => hasSaved(storage.current, slug)));
          readSaved(t);
          setNotes([w('msg.clearedInTab')]);
          return;
        }
        if (e.key === PORTFOLIO_KEY) {
          const choice = readPortfolioChoice(storage.current, slugs);
          if (!choice || choice.join() === chosenNow.current.join()) return;
          putChosen(choice);
          setNotes([w('msg.choiceFromTab')]);
          return;
        }
        const rules = t.rules.find((c) => storageKey(c.slug) === e.key);
        if (!rules) return;
        const { slug } = rules;
        const own = ownNow.current[slug] ?? contextNow.current;
        const base = bases.current[slug] ?? null;
        const read = t.save(storage.current, rules, t.versions[slug] ?? '', own, base, null, w);
        if (!read.ok) return;
        takeSaved(t, { [slug]: read.entry });
        setNotes([read.entry === null && base ? w('msg.clearedInTab') : w('msg.updatedFromTab')]);
      });
    listen('hashchange', onHash);
    listen('storage', onStorage);
    for (const [key, id] of picked) setPicker(key, id);
    for (const c of ticked) choose(c.slug, true);
  });

  /**
   * Saves the answers of the competencies given, each with its own context (the portfolio's for one that
   * has none yet, or for all with `replace`), keeping the page usable if storage refuses.
   */
  function persist(
    t: Tools,
    slugs: readonly string[],
    ctx: Context,
    all: Record<string, Answers>,
    replace = false,
  ): void {
    const nextOwn = { ...ownNow.current };
    for (const slug of slugs) {
      const rules = t.rules.find((c) => c.slug === slug);
      const version = t.versions[slug];
      const mine = all[slug];
      if (!rules || version === undefined || mine === undefined) continue;
      const scored = (replace ? undefined : nextOwn[slug]) ?? ctx;
      const saved = t.save(storage.current, rules, version, scored, bases.current[slug] ?? null, mine, w);
      // What cannot be read is left as it is: the answers stay on this page, as its note says.
      if (!saved.ok) continue;
      bases.current[slug] = saved.entry;
      nextOwn[slug] = toContext(t, saved.entry?.context ?? null) ?? scored;
    }
    putOwn(nextOwn);
  }

  function change(
    slug: string,
    id: string,
    value: string | boolean,
    req = view.forms.find((f) => f.slug === slug)?.fields.find((f) => f.id === id)?.requirement,
  ): void {
    edited.current = slug;
    if (!req) return;
    void edits.edit(`${slug}:${id}`, value, req, (read) => {
      const prev = latest.current;
      const { [id]: _old, ...others } = prev[slug] ?? {};
      const next = { ...prev, [slug]: read === undefined ? others : { ...others, [id]: read } };
      putAnswers(next);
      // The answers now, not `next`: another tab's save may have come in meanwhile, with its entry.
      void tools().then((t) => persist(t, [slug], contextNow.current, latest.current));
    });
  }

  // The box and the picker follow the partner at once, and go back if the scoring cannot be loaded (nothing
  // was chosen then). A render in between (the scoring code arriving) would otherwise put them back early.
  function choose(slug: string, on: boolean): void {
    edited.current = slug;
    const tick = (yes: boolean) => {
      const prev = new Set(chosenNow.current);
      putChosen(areasWhere((s) => (s === slug ? yes : prev.has(s))));
    };
    tick(on);
    tools().then(
      () => writePortfolioChoice(storage.current, chosenNow.current),
      () => tick(!on),
    );
  }

  /**
   * Changes the portfolio's business model or region: the one competencies without their own are scored
   * for. A competency's own context, saved with its answers, stays as it is, and the status says which.
   */
  function setPicker(key: keyof Context, id: string): void {
    const was = pickedHere.current;
    const before = contextNow.current[key];
    pickedHere.current = { ...was, [key]: id };
    putContext({ ...contextNow.current, [key]: id });
    tools().then(
      (t) => {
        const now = contextNow.current;
        writeLastContext(storage.current, { model: now.businessModel, region: now.region });
        const kept = chosenNow.current.filter((slug) => {
          const mine = ownNow.current[slug];
          return mine && !t.sameContext(mine, now);
        });
        setNotes(kept.length > 0 ? [t.ownContextNote(w, kept.map(titleOf))] : []);
      },
      () => {
        if (contextNow.current[key] !== id) return;
        pickedHere.current = was;
        putContext({ ...contextNow.current, [key]: before });
      },
    );
  }

  /** Puts a whole portfolio in place: answers (saving those of `slugs`), choice and context. */
  function apply(
    t: Tools,
    next: Parameters<Tools['undoReplacing']>[0],
    slugs: string[],
    replace: boolean,
  ): void {
    putAnswers(next.answers);
    putContext(next.context);
    const chosen = areasWhere((slug) => next.chosen.includes(slug));
    putChosen(chosen);
    writePortfolioChoice(storage.current, chosen);
    const ctx = next.context;
    writeLastContext(storage.current, { model: ctx.businessModel, region: ctx.region });
    persist(t, slugs, ctx, next.answers, replace);
  }

  function leaveShared(use: boolean): void {
    if (use && shared && lazy) {
      const slugs = Object.keys(shared.answers);
      const { undo: record, notes: changes } = replacing(lazy, shared);
      const own: Record<string, Context> = {};
      for (const slug of slugs) {
        const mine = ownNow.current[slug];
        if (mine) own[slug] = mine;
      }
      apply(
        lazy,
        { answers: { ...latest.current, ...shared.answers }, chosen: slugs, context: shared.context },
        slugs,
        true,
      );
      setUndo({ ...record, file: !!shared.file, own });
      lazy.keepWithheld(shared.withheld);
      setNotes([
        lazy.usedSharedNote(w, storage.framed),
        ...lazy.withheldNotes(w, lazy.rules, shared.withheld, true),
        ...changes,
      ]);
    } else setNotes([w(shared?.file ? 'msg.keptOwn.imported' : 'msg.keptOwn.shared')]);
    setShared(null);
    history.replaceState(history.state, '', location.pathname + location.search);
  }

  /** Undoes the last replacement, keeping what was changed since. */
  function undoLast(t: Tools, last: PortfolioUndo): void {
    putOwn({ ...ownNow.current, ...last.own });
    t.keepWithheld();
    apply(t, t.undoReplacing(now(), last), Object.keys(last.answers), false);
    setUndo(null);
    setNotes([w('msg.undone')]);
  }

  const payload = (t: Tools) => ({
    context: { model: context.businessModel, region: context.region },
    entries: competencies
      .filter((c) => (chosen.includes(c.slug) || !isSolutionArea(c)) && answers[c.slug] !== undefined)
      .map((c) => ({
        slug: c.slug,
        rulesVersion: t.versions[c.slug] ?? '',
        answers: answers[c.slug] ?? {},
      })),
  });

  /**
   * Says what an action did, or why it did nothing, bringing that into view; a link made shows in its box by
   * the buttons, which stay in view.
   */
  const tell = (said: import('./tools.ts').Said): void => {
    setProblem(said.problem ?? '');
    if (said.link) setLink(said.link);
    if (said.note) setNotes([said.note]);
    if (!said.link && (said.problem || said.note)) notices.current?.scrollIntoView({ block: 'nearest' });
  };
  /** How the portfolio's answers are scored, for what a link or file keeps of money figures left out. */
  const scoredBy = (t: Tools) => ({ list: t.rules, context, own });
  /** Copies the portfolio's share link, and shows it. */
  const share = () => void tools().then(async (t) => tell(await t.shareLink(w, payload(t), scoredBy(t))));
  /** Downloads the portfolio as a JSON file. */
  const exportFile = () =>
    void tools().then(async (t) =>
      tell(
        await t.exportFile(
          w,
          payload(t),
          scoredBy(t),
          {
            exportedAt: new Date().toISOString(),
            tier: view.tier,
            levels: Object.fromEntries(
              competencies.map((c) => [
                c.slug,
                { title: c.title, achieved: view.entries[c.slug]?.achieved ?? null },
              ]),
            ),
          },
          storage.current,
        ),
      ),
    );
  /** Downloads the combined action plan, or says why there is none. */
  const exportPlan = () =>
    void tools().then((t) =>
      tell(t.exportPlan(w, t.rules, { context, chosen: chosenSet, answers: counted, own, on }, data)),
    );
  /** Downloads the evidence pack of the portfolio (`slug` '') or of one competency, and says what was made. */
  const exportPack = (kind: 'xlsx' | 'json', slug: string) =>
    void tools().then(async (t) => {
      setNotes([
        await t.exportPack(
          w,
          kind,
          slug,
          t.rules,
          { context, chosen: chosenSet, answers: counted, own, on },
          data,
        ),
      ]);
      notices.current?.scrollIntoView({ block: 'nearest' });
    });
  /** Opens a portfolio export chosen in a file input, read-only. */
  const importFile = (input: HTMLInputElement) =>
    void tools().then(async (t) => {
      const opened = await t.openFile(w, input, t.rules, t.versions);
      if (opened) showOpened(t, opened, true);
    });
  /** What the live region reads out: the competency last edited, what changed in its levels, and the tier. */
  const spoken = (me: HTMLElement): string => {
    const slug = edited.current;
    const entry = view.entries[slug];
    const tier = lazy?.spokenText(me.closest('.pf')?.querySelector('.pf-tier'), w) ?? '';
    return entry ? titleOf(slug) + w('list.colon') + entry.state + w('list.sentences') + tier : tier;
  };

  // The same functions from one render to the next, calling this render's: the rows and folds that did not
  // change are then not rendered again (PortfolioTable, AreaAnswers).
  const handlers = useRef({ choose, change });
  handlers.current = { choose, change };
  const [stable] = useState(() => ({
    choose: (slug: string, on: boolean) => handlers.current.choose(slug, on),
    change: (...args: Parameters<typeof change>) => handlers.current.change(...args),
  }));

  return {
    /** The competencies a partner may choose, in catalogue order. */
    areas,
    /** The portfolio's words. */
    w,
    /** The scoring code once loaded, for its components and words; null before. */
    lazy,
    /** More than 0 while the scoring code cannot be loaded. */
    failed: scoring.failed,
    /** Where the notes stand, brought into view when the partner is far down the page. */
    notices,
    problem,
    notes,
    /** The partner record and its day, null without one; and how a day chosen on the page is taken. */
    on,
    pickDay: (day: ChosenDay) => setOn((was) => was && { ...was, ...day }),
    /** True once the island has read what is stored. */
    woke,
    /** Where the portfolio is saved; use it only in effects and handlers. */
    storage,
    framed: storage.framed,
    /** Why answers are kept in this tab only; null while they are saved. */
    savedNote: storage.note,
    view,
    plan,
    /** The portfolio shown: the partner's own, or the shared one. */
    shown,
    chosenSet,
    shared,
    undo,
    link,
    texts: edits.texts,
    errors: edits.errors,
    titleOf,
    spoken,
    load: tools,
    choose: stable.choose,
    setPicker,
    change: stable.change,
    leaveShared,
    /** Undoes the last replacement. */
    undoLast: () => void (lazy && undo && undoLast(lazy, undo)),
    share,
    exportFile,
    exportPlan,
    exportPack,
    importFile,
  };
}

/** The portfolio's state and actions, as the island renders them. */
export type PortfolioModel = ReturnType<typeof usePortfolio>;
