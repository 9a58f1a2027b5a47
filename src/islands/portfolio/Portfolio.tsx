import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PortfolioView } from '../../engine/portfolio.ts';
import type { RollUpTier } from '../../engine/rollup.ts';
// Here, before the kit: Astro orders a page's stylesheets by where they are first imported, and these must
// follow the layout's, portfolio.css after assessment.css, for their rules to override in that order.
import '../../styles/assessment.css';
import '../../styles/portfolio.css';
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
import type { FramedNote } from '../../persistence/messages.ts';
import type { Answers } from '../../schemas/answers.ts';
import type { Entry } from '../../persistence/merge-answers.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import { STATUS_WORDS } from '../../domain/requirement-status.ts';
import { AnswerInput } from '../self-assessment/AnswerInput.tsx';
import { StatusIcon } from '../shared/StatusIcon.tsx';
import type { CopiedLink } from '../shared/clipboard.ts';
import { titleOfChoice } from '../shared/context.ts';
import { ContextPicker } from '../shared/ContextPicker.tsx';
import { Notices, SavedNote } from '../shared/Notices.tsx';
import { useFieldEdits, withoutKey } from '../shared/use-field-edits.ts';
import { useIslandStorage } from '../shared/use-island-storage.ts';
import { importAgain, loadOnce } from '../shared/load-once.ts';
import { useCurrent } from '../shared/use-current.ts';
import { useLazyPart } from '../shared/use-lazy-part.ts';
import { ImportField } from '../shared/ImportField.tsx';
import { MarkedValue } from '../shared/MarkedValue.tsx';

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
  /** What to say when the scoring code or the rules cannot be loaded (SCORING_UNAVAILABLE). */
  unavailable: string;
  /** What to say in a frame of another website (FRAMED). */
  framed: FramedNote;
  /** What the server-rendered page says until the island wakes (NOT_LOADED_YET). */
  waiting: string;
  /**
   * The first view (portfolioView for the first business model and region, nothing chosen or answered),
   * so scoring code loads only once the partner acts or has something saved or shared.
   */
  initial: PortfolioView;
}

type Context = AssessmentContext;
/** The scoring code with every competency's rules. */
type Tools = typeof import('./tools.ts') & PortfolioRules;
type PortfolioUndo = import('./tools.ts').PortfolioUndo;
/**
 * A shared or imported portfolio, shown read-only until the partner chooses; `file` when imported, `changes`
 * what using it would change, in words.
 */
type Shared = { context: Context; answers: Record<string, Answers>; file?: boolean; changes?: string[] };

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

/** Props of the island. */
export interface PortfolioProps {
  data: PortfolioData;
}

/** The portfolio assessment: choose competencies, answer them, see the tier they imply and the next one. */
export default function Portfolio({ data }: PortfolioProps) {
  const { competencies, tiers, models, regions, levels, hrefs, initial } = data;
  const areas = competencies.filter(isOpenSolutionArea);

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
    (t) => storage.open(t.openGateway),
    () => edits.retry(),
  );
  const { part: lazy, load: tools } = scoring;
  // The partner may be far down the page, where the box or field they used is, when the code fails to load.
  useEffect(() => {
    if (scoring.failed > 0) notices.current?.scrollIntoView({ block: 'nearest' });
  }, [scoring.failed]);
  const edits = useFieldEdits(async () => (await tools()).fieldKit(storage));

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
  const view = useMemo(
    () =>
      lazy
        ? lazy.portfolioView(lazy.rules, shown.context, chosenSet, counted, tiers, shared ? {} : own)
        : initial,
    [lazy, shown.context, counted, chosenSet, tiers, shared, own, initial],
  );
  // Printed only (PrintedPlan); the rows the CSV export writes, for what the page shows.
  const plan = useMemo(
    () => (lazy ? lazy.planRows(lazy.rules, shown.context, chosenSet, counted, shared ? {} : own, data) : []),
    [lazy, shown.context, chosenSet, counted, shared, own, data],
  );
  const titleOf = (slug: string): string => competencies.find((c) => c.slug === slug)?.title ?? slug;
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
    const read = t.readAll(storage.current, t.rules, t.versions);
    takeSaved(t, read.entries);
    setNotes(read.notes);
    storage.say(read.unreadable.length > 0 && t.unreadableNote(read.unreadable));
  };
  /** Shows a shared or imported portfolio read-only, or says why it cannot be opened. */
  const showOpened = (t: Tools, opened: ReturnType<Tools['openShared']>, file: boolean): void => {
    const ctx = opened.ok ? toContext(t, opened.context) : null;
    if (!opened.ok || ctx === null) {
      setProblem(
        `${opened.ok ? 'This share link names a business model or region this site does not know.' : opened.message}${file ? '' : ' Your own answers are unchanged.'}`,
      );
      return;
    }
    setProblem('');
    const { notes: changes } = replacing(t, { context: ctx, answers: opened.answers });
    setShared({ context: ctx, answers: opened.answers, file, changes });
    setNotes(opened.notes);
  };
  /** The portfolio now, and what replacing it with a shared or imported one changes. */
  const now = () => ({ answers: latest.current, chosen: chosenNow.current, context: contextNow.current });
  const replacing = (t: Tools, next: Pick<Shared, 'answers' | 'context'>) =>
    t.replacing(
      t.rules,
      now(),
      { answers: next.answers, chosen: Object.keys(next.answers), context: next.context },
      `${titleOfChoice(models, next.context.businessModel)} in ${titleOfChoice(regions, next.context.region)}`,
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
    const openShare = (t: Tools) => showOpened(t, t.openShared(location.hash, t.rules, t.versions), false);
    // The scoring code is fetched only when there is more to show than the first view.
    const moved =
      last !== null &&
      (last.model !== initial.context.businessModel || last.region !== initial.context.region);
    // Ticked at once, as the page wakes: a box ticked a moment later is the partner's own click, never undone.
    putChosen(saved);
    if (moved || saved.length > 0 || competencies.some((c) => hasSaved(s, c.slug)) || hasShareLink()) {
      scoring.first((t) => {
        // The business model and region last used, unless the partner picked one here meanwhile.
        const ctx = toContext(t, last);
        if (ctx) putContext({ ...ctx, ...pickedHere.current });
        readSaved(t);
        // Text typed but not an answer yet comes back into its field, with its message or question.
        for (const p of t.pendingTexts(storage.current, t.rules)) change(p.slug, p.id, p.text, p.req);
        if (hasShareLink()) openShare(t);
      });
      void tools();
    }
    const onHash = () => void (hasShareLink() && tools().then(openShare));
    // Another tab saved a competency or the choice, or cleared the site's data: show what is stored now
    // (this page saves its own edits at once), writing back what this page saved that its write lacked.
    const onStorage = (e: StorageEvent) =>
      void tools().then((t) => {
        if (e.key === null) {
          putChosen(slugs.filter((slug) => hasSaved(storage.current, slug)));
          readSaved(t);
          setNotes([t.CLEARED_IN_TAB]);
          return;
        }
        if (e.key === PORTFOLIO_KEY) {
          const choice = readPortfolioChoice(storage.current, slugs);
          if (!choice || choice.join() === chosenNow.current.join()) return;
          putChosen(choice);
          setNotes([t.CHOICE_FROM_TAB]);
          return;
        }
        const rules = t.rules.find((c) => storageKey(c.slug) === e.key);
        if (!rules) return;
        const { slug } = rules;
        const own = ownNow.current[slug] ?? contextNow.current;
        const base = bases.current[slug] ?? null;
        const read = t.save(storage.current, rules, t.versions[slug] ?? '', own, base, null);
        if (!read.ok) return;
        takeSaved(t, { [slug]: read.entry });
        setNotes([read.entry === null && base ? t.CLEARED_IN_TAB : t.UPDATED_FROM_TAB]);
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
      const saved = t.save(storage.current, rules, version, scored, bases.current[slug] ?? null, mine);
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
      const prev = chosenNow.current;
      putChosen(
        yes
          ? areas.map((a) => a.slug).filter((s) => s === slug || prev.includes(s))
          : prev.filter((s) => s !== slug),
      );
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
          return mine && (mine.businessModel !== now.businessModel || mine.region !== now.region);
        });
        setNotes(kept.length > 0 ? [t.ownContextNote(kept.map(titleOf))] : []);
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
    const chosen = areas.map((a) => a.slug).filter((slug) => next.chosen.includes(slug));
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
      setNotes([lazy.usedSharedNote(storage.framed), ...changes]);
    } else setNotes(['Your own answers are shown again.']);
    setShared(null);
    history.replaceState(history.state, '', location.pathname + location.search);
  }

  /** Undoes the last replacement, keeping what was changed since. */
  function undoLast(t: Tools, last: PortfolioUndo): void {
    putOwn({ ...ownNow.current, ...last.own });
    apply(t, t.undoReplacing(now(), last), Object.keys(last.answers), false);
    setUndo(null);
    setNotes([t.UNDONE]);
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

  const next = view.next;
  const se = view.designation;
  const held = (slugs: string[]) => (slugs.length === 0 ? 'none' : slugs.map(titleOf).join(', '));

  return (
    <div class="sa pf">
      {lazy && (
        <lazy.PrintHead what="Portfolio self-assessment" situation={lazy.situationOf(data, shown.context)} />
      )}
      <div ref={notices}>
        <Notices
          problem={problem || (scoring.failed > 0 ? data.unavailable : '')}
          framed={storage.framed && data.framed}
          info={
            notes.length > 0 && (
              <ul>
                {notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )
          }
        />
      </div>
      {lazy && (
        <lazy.Announcer
          watch={view}
          say={(me) => {
            const slug = edited.current;
            const entry = view.entries[slug];
            const tier = lazy.spokenText(me.closest('.pf')?.querySelector('.pf-tier'));
            return entry ? `${titleOf(slug)}: ${entry.state}. ${tier}` : tier;
          }}
        />
      )}
      {undo && lazy && !shared && (
        <p class="sa-undo">
          <button type="button" onClick={() => undoLast(lazy, undo)}>
            {lazy.UNDO_LABELS[undo.file ? 'imported' : 'portfolio']}
          </button>
        </p>
      )}
      {shared && lazy && (
        <lazy.SharedBanner
          id="pf-shared-h"
          level={2}
          title={shared.file ? 'Viewing an imported portfolio' : 'Viewing a shared portfolio'}
          text={shared.file ? lazy.FROM_FILE : undefined}
          file={shared.file}
          note={
            <ul>
              {shared.changes?.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          }
          leave={leaveShared}
        />
      )}
      <div class="pf-form" onFocusIn={() => void tools()}>
        <div class="pf-grid">
          <ContextPicker
            prefix="pf"
            lists={data}
            context={shown.context}
            onPick={shared ? undefined : setPicker}
          />
          <section class="pf-result" aria-labelledby="pf-result-h">
            <h2 id="pf-result-h">Your tier</h2>
            <p class="pf-tier">
              Your levels imply{' '}
              <strong>
                <MarkedValue text={view.tier ?? 'no tier'} illustrative={view.tierIllustrative} />
              </strong>
              .{' '}
              <MarkedValue
                text={next ? next.text : 'This is the top tier.'}
                illustrative={next ? next.illustrative : view.tierIllustrative}
              />
            </p>
            <dl class="pf-counts">
              <dt>Principal or above</dt>
              <dd>
                {view.counts.principal}: {held(view.held.principal)}
              </dd>
              <dt>Expert</dt>
              <dd>
                {view.counts.expert}: {held(view.held.expert)}
              </dd>
            </dl>
            {/* Empty with nothing chosen: every candidate would be 0% ready, named only alphabetically. */}
            {next && next.candidates.length > 0 && (
              <>
                <h3>
                  Closest to <MarkedValue text={next.title} illustrative={next.illustrative} />
                </h3>
                <ol class="pf-candidates">
                  {next.candidates.map((c) => (
                    <li key={`${c.slug}-${c.level}`}>
                      <a href={hrefs[c.slug]}>{c.title}</a> at {levels[c.level]}: {c.progress}
                      {!chosenSet.has(c.slug) && ' (not in your portfolio yet)'}
                    </li>
                  ))}
                </ol>
              </>
            )}
            {se && (
              <>
                <h3>{se.title}, an interim designation</h3>
                <p>
                  <strong>{se.headline}</strong>
                  {se.progress ? `: ${se.progress}.` : '. '}
                  {!se.progress && <MarkedValue text={se.summary} illustrative={se.illustrative} />} It is
                  shown apart from the tiers: the overview does not say how it counts toward them.
                </p>
                {se.missing.length > 0 && (
                  <ul>
                    {se.missing.map((m) => (
                      <li key={m.id}>
                        {m.label}: <MarkedValue text={m.gap} illustrative={m.illustrative} />
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </section>
        </div>
        {/* The portfolio at a glance: a row per competency, a cell per level in the colour of its state. */}
        <fieldset class="pf-choose" disabled={shared !== null}>
          <legend>Competencies you hold or target</legend>
          <table class="pf-table">
            <thead>
              <tr>
                <th scope="col">Competency</th>
                {Object.entries(levels).map(([id, title]) => (
                  <th scope="col" key={id}>
                    {title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {areas.map((c) => {
                const entry = view.entries[c.slug];
                const on = chosenSet.has(c.slug);
                const span = Object.keys(levels).length;
                return (
                  <tr key={c.slug} class={on ? 'pf-on' : undefined}>
                    <th scope="row">
                      <input
                        type="checkbox"
                        id={`pf-pick-${c.slug}`}
                        checked={on}
                        onChange={(e) => choose(c.slug, e.currentTarget.checked)}
                      />
                      <label for={`pf-pick-${c.slug}`}>{c.title}</label>
                    </th>
                    {entry?.offered === false ? (
                      <td colSpan={span} class="pf-none">
                        <MarkedValue text="Not offered for this choice" illustrative={entry.illustrative} />
                      </td>
                    ) : !on ? (
                      <td colSpan={span} class="pf-none">
                        Not in your portfolio
                      </td>
                    ) : (
                      Object.keys(levels).map((id) => {
                        const l = entry?.levels.find((x) => x.level === id);
                        return l ? (
                          <td key={id} class={`pf-cell sa-st--${l.state}`}>
                            <span class="sa-st">
                              <StatusIcon status={l.state} /> {STATUS_WORDS[l.state]}
                            </span>
                            <span class="pf-pct">{l.summary}</span>
                            <progress max={100} value={l.percent} aria-hidden="true" />
                          </td>
                        ) : (
                          <td key={id} class="pf-none">
                            Not offered
                          </td>
                        );
                      })
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </fieldset>
      </div>
      {lazy && <lazy.PrintedPlan rows={plan} />}
      <section aria-labelledby="pf-answers-h">
        <h2 id="pf-answers-h">Your answers</h2>
        {chosenSet.size === 0 && (
          <p>Tick the competencies you hold or target above to answer their requirements here.</p>
        )}
        {view.forms.map(({ slug, fields }) => {
          const c = competencies.find((r) => r.slug === slug);
          if (!c) return null;
          const entry = view.entries[c.slug];
          return (
            <details
              class={`sa-se pf-area${Object.keys(shown.answers[slug] ?? {}).length > 0 ? '' : ' pf-blank'}`}
              key={c.slug}
            >
              <summary>
                {c.title}
                {!isSolutionArea(c) && ' (interim designation)'}:{' '}
                <span class="pf-state">{view.entries[c.slug]?.state ?? ''}</span>
              </summary>
              {lazy && entry && (
                <p>
                  {lazy.scoredFor(
                    titleOfChoice(models, entry.context.businessModel),
                    titleOfChoice(regions, entry.context.region),
                    entry.ownContext,
                  )}{' '}
                  {!shared &&
                    lazy.attentionNote(
                      fields
                        .filter((f) => edits.errors[`${c.slug}:${f.id}`] !== undefined)
                        .map((f) => f.requirement.label),
                    )}
                </p>
              )}
              <fieldset class="sa-fields" disabled={shared !== null}>
                <legend class="visually-hidden">{c.title} requirements</legend>
                {fields.map((f) => {
                  const key = `${c.slug}:${f.id}`;
                  return (
                    <AnswerInput
                      key={key}
                      field={f}
                      prefix={`pf-${c.slug}`}
                      value={shown.answers[c.slug]?.[f.id]}
                      text={shared ? undefined : edits.texts[key]}
                      error={shared ? undefined : edits.errors[key]}
                      onChange={(id, v) => void change(c.slug, id, v)}
                      Note={lazy?.FieldNote}
                    />
                  );
                })}
              </fieldset>
              <p>
                <a href={`${hrefs[c.slug] ?? ''}#self-assessment`}>Open the full {c.title} self-assessment</a>{' '}
                for the reasons behind each verdict and the action plan.
              </p>
            </details>
          );
        })}
      </section>
      {!shared && (
        <section class="sa-actions" aria-labelledby="pf-actions-h">
          <h2 id="pf-actions-h">Share and export</h2>
          <SavedNote note={storage.note}>
            {storage.framed
              ? data.framed.text
              : woke &&
                'Saved in this browser only, shared with each competency page. Nothing is sent to a server.'}
          </SavedNote>
          <p class="sa-buttons">
            <button
              type="button"
              onClick={() =>
                void tools().then(async (t) => {
                  const copied = await t.shareLink(payload(t));
                  setLink(copied);
                  setNotes([t.linkNote(copied.copied)]);
                })
              }
            >
              Copy share link
            </button>
            <button
              type="button"
              onClick={() =>
                void tools().then((t) =>
                  t.exportFile(payload(t), {
                    exportedAt: new Date().toISOString(),
                    tier: view.tier,
                    levels: Object.fromEntries(
                      competencies.map((c) => [
                        c.slug,
                        { title: c.title, achieved: view.entries[c.slug]?.achieved ?? null },
                      ]),
                    ),
                  }),
                )
              }
            >
              Export portfolio (JSON)
            </button>
            <button
              type="button"
              onClick={() =>
                void tools().then((t) => {
                  const why = t.exportPlan(t.rules, context, chosenSet, counted, own, data);
                  if (!why) return;
                  setNotes([why]);
                  notices.current?.scrollIntoView({ block: 'nearest' });
                })
              }
            >
              Export action plan (CSV)
            </button>
          </p>
          {link && lazy && <lazy.LinkField id="pf-link" link={link} copied={lazy.LINK_COPIED.portfolio} />}
          <ImportField
            id="pf-import"
            label="Import a portfolio from a JSON file"
            take={(input) =>
              void tools().then(async (t) => {
                const opened = await t.openFile(input, t.rules, t.versions);
                if (opened) showOpened(t, opened, true);
              })
            }
          />
        </section>
      )}
    </div>
  );
}
