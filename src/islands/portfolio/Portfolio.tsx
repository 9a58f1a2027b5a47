import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { answerFields } from '../../engine/answer-fields.ts';
import { readIslandData } from '../../persistence/island-data.ts';
import type { RollUpTier } from '../../engine/rollup.ts';
import type { AssessmentContext, CompetencyAssessment } from '../../engine/types.ts';
import {
  levelHeld,
  portfolioRollUp,
  readPortfolioChoice,
  writePortfolioChoice,
} from '../../persistence/portfolio-choice.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import {
  hasSaved,
  memoryStorage,
  readLastContext,
  usableStorage,
  writeLastContext,
  type StorageLike,
} from '../../persistence/storage-access.ts';
import type { Answers } from '../../schemas/answers.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import { AnswerInput } from '../self-assessment/AnswerInput.tsx';
import '../../styles/assessment.css';
import '../../styles/portfolio.css';

/** Props of the island: plain data only, so Astro can serialise them into the page. */
/** The island's data: plain JSON, written next to the island (see island-data.ts). */
export interface PortfolioData {
  /** Every competency's rules in catalogue order, the interim designation included. */
  competencies: CompetencyRules[];
  /** Each competency's rules hash (rulesHash), which saved and shared answers carry. */
  rulesVersions: Record<string, string>;
  tiers: RollUpTier[];
  models: { id: BusinessModelId; title: string }[];
  regions: { id: string; title: string }[];
  /** Each competency page's path, base included, by slug. */
  hrefs: Record<string, string>;
}

type Context = AssessmentContext;
type Tools = typeof import('./tools.ts');
type Shared = { context: Context; answers: Record<string, Answers> };

// Loaded on the first figure typed, on share or export, or when something saved or shared must be read.
const tools = (): Promise<Tools> => import('./tools.ts');
const hasShareLink = (): boolean => location.hash.startsWith('#a=');
const percent = (n: number): string => `${Math.floor(n * 100)}%`;

/** A competency's state in a few words, e.g. "Principal; Expert 60% ready". */
function stateOf(a: CompetencyAssessment): string {
  if (a.status !== 'assessed') return a.message;
  const held = a.achieved === null ? 'No level yet' : `${levelHeld(a)} met`;
  return a.next
    ? `${held}; ${a.next.level === 'expert' ? 'Expert' : 'Principal'} ${percent(a.next.readiness)} ready`
    : held;
}

/** The portfolio assessment: choose competencies, answer them, see the tier they imply and the next one. */
/** Props of the island: where its data is (an element id; every competency's rules are too large for props). */
export interface PortfolioProps {
  dataId: string;
}

export default function Portfolio({ dataId }: PortfolioProps) {
  const [data] = useState(() => readIslandData<PortfolioData>(dataId));
  const { competencies, rulesVersions, tiers, models, regions, hrefs } = data;
  const areas = competencies.filter((c) => c.kind === 'competency' && c.status !== 'retired');
  const designation = competencies.find((c) => c.kind === 'interim-designation');

  const [context, setContext] = useState<Context>({
    businessModel: models[0]?.id ?? 'integrate',
    region: regions[0]?.id ?? '',
  });
  const [chosen, setChosen] = useState<string[]>([]);
  const [answers, setAnswers] = useState<Record<string, Answers>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [shared, setShared] = useState<Shared | null>(null);
  const [notes, setNotes] = useState<string[]>([]);
  const [problem, setProblem] = useState('');
  const [memoryOnly, setMemoryOnly] = useState(false);
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null);
  const store = useRef<StorageLike>(memoryStorage());
  const latest = useRef(answers);
  // How many edits each field has had, so an older edit that finishes late cannot overwrite a newer one.
  const edits = useRef<Record<string, number>>({});
  latest.current = answers;
  const linkInput = useRef<HTMLInputElement>(null);

  const shown = shared ?? { context, answers };
  const chosenSet = useMemo(() => new Set(shared ? Object.keys(shared.answers) : chosen), [shared, chosen]);
  const { assessments, rollUp } = useMemo(
    () => portfolioRollUp(competencies, shown.context, chosenSet, shown.answers, tiers),
    [competencies, shown, chosenSet, tiers],
  );
  const byslug = (slug: string) => assessments.find((a) => a.slug === slug);
  const isModel = (id: unknown): id is BusinessModelId => models.some((m) => m.id === id);
  const isRegion = (id: unknown): id is string => regions.some((r) => r.id === id);
  const toContext = (c: { model: string; region: string } | null): Context | null =>
    c && isModel(c.model) && isRegion(c.region) ? { businessModel: c.model, region: c.region } : null;

  // Storage and the location are read once, after the server-rendered page is in place.
  useEffect(() => {
    const usable = usableStorage(() => window.localStorage);
    const s = usable ?? store.current;
    store.current = s;
    setMemoryOnly(usable === null);
    const last = toContext(readLastContext(s));
    if (last) setContext(last);
    const slugs = areas.map((a) => a.slug);
    setChosen(readPortfolioChoice(s, slugs) ?? slugs.filter((slug) => hasSaved(s, slug)));
    const openShare = (t: Tools) => {
      const opened = t.openShared(location.hash, competencies, rulesVersions);
      const ctx = opened.ok ? toContext(opened.context) : null;
      if (!opened.ok || ctx === null) {
        setProblem(
          `${opened.ok ? 'This share link names a business model or region this site does not know.' : opened.message} Your own answers are unchanged.`,
        );
        return;
      }
      setShared({ context: ctx, answers: opened.answers });
      setNotes(opened.notes);
    };
    if (competencies.some((c) => hasSaved(s, c.slug)) || hasShareLink()) {
      void tools().then((t) => {
        const read = t.readAll(s, competencies, rulesVersions);
        setAnswers(read.answers);
        setNotes(read.notes);
        if (hasShareLink()) openShare(t);
      });
    }
    const onHash = () => void (hasShareLink() && tools().then(openShare));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (link && !link.copied) linkInput.current?.select();
  }, [link]);

  /** Saves answers and context for the competencies given, keeping the page usable if storage refuses. */
  function persist(t: Tools, slugs: readonly string[], ctx: Context, all: Record<string, Answers>): void {
    for (const slug of slugs) {
      const rules = competencies.find((c) => c.slug === slug);
      const version = rulesVersions[slug];
      if (!rules || version === undefined || all[slug] === undefined) continue;
      if (!t.save(store.current, rules, version, ctx, all[slug])) {
        store.current = memoryStorage();
        setMemoryOnly(true);
        t.save(store.current, rules, version, ctx, all[slug]);
      }
    }
    writeLastContext(store.current, { model: ctx.businessModel, region: ctx.region });
  }

  async function change(rules: CompetencyRules, id: string, value: string | boolean): Promise<void> {
    const field = answerFields(rules, context.businessModel).find((f) => f.id === id);
    if (!field) return;
    const key = `${rules.slug}:${id}`;
    const edit = (edits.current[key] ?? 0) + 1;
    edits.current[key] = edit;
    if (typeof value === 'string') setTexts((t) => ({ ...t, [key]: value }));
    const t = await tools();
    // Keystrokes typed while the tools load may resume in any order: only the newest edit counts.
    if (edits.current[key] !== edit) return;
    const read =
      typeof value === 'boolean' ? { ok: true as const, value } : t.readField(value, field.requirement);
    if (!read.ok) {
      setErrors((e) => ({ ...e, [key]: read.message }));
      return;
    }
    setErrors(({ [key]: _gone, ...rest }) => rest);
    // Read from the ref, not the render's copy, so two quick edits in a row both count.
    const prev = latest.current;
    const { [id]: _old, ...others } = prev[rules.slug] ?? {};
    const next = {
      ...prev,
      [rules.slug]: read.value === undefined ? others : { ...others, [id]: read.value },
    };
    latest.current = next;
    setAnswers(next);
    persist(t, [rules.slug], context, next);
  }

  function choose(slug: string, on: boolean): void {
    const next = on
      ? areas.map((a) => a.slug).filter((s) => s === slug || chosen.includes(s))
      : chosen.filter((s) => s !== slug);
    setChosen(next);
    writePortfolioChoice(store.current, next);
  }

  function setPicker(key: keyof Context, id: string): void {
    if (key === 'businessModel' ? !isModel(id) : !isRegion(id)) return;
    const ctx = { ...context, [key]: id };
    setContext(ctx);
    void tools().then((t) => persist(t, Object.keys(answers), ctx, answers));
  }

  function leaveShared(use: boolean): void {
    if (use && shared) {
      const slugs = Object.keys(shared.answers);
      setAnswers((prev) => ({ ...prev, ...shared.answers }));
      setContext(shared.context);
      setChosen(slugs);
      writePortfolioChoice(store.current, slugs);
      void tools().then((t) => persist(t, slugs, shared.context, { ...answers, ...shared.answers }));
    }
    setNotes([use ? 'The shared answers are now your saved answers.' : 'Your own answers are shown again.']);
    setShared(null);
    history.replaceState(history.state, '', location.pathname + location.search);
  }

  const payload = () => ({
    context: { model: context.businessModel, region: context.region },
    entries: competencies
      .filter((c) => (chosen.includes(c.slug) || c.kind !== 'competency') && answers[c.slug] !== undefined)
      .map((c) => ({
        slug: c.slug,
        rulesVersion: rulesVersions[c.slug] ?? '',
        answers: answers[c.slug] ?? {},
      })),
  });

  const next = rollUp.next;
  // With nothing chosen every candidate is 0% ready, so naming the "closest" would only be alphabetical.
  const nextText = next && chosenSet.size === 0 ? (next.text.split(' Closest:')[0] ?? next.text) : next?.text;
  const se = rollUp.designations[0];
  const held = (slugs: string[]) =>
    slugs.length === 0 ? 'none' : slugs.map((s) => byslug(s)?.title ?? s).join(', ');
  const seRules =
    designation && shown.context.businessModel === designation.designation?.businessModel
      ? designation
      : undefined;

  return (
    <div class="sa pf">
      <div role="alert" class={problem ? 'sa-note sa-bad' : ''}>
        {problem}
      </div>
      <div role="status" class={notes.length > 0 ? 'sa-note' : ''}>
        {notes.length > 0 && (
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </div>
      {shared && (
        <section class="sa-shared" aria-labelledby="pf-shared-h">
          <h2 id="pf-shared-h">Viewing a shared portfolio</h2>
          <p>
            These answers came with the link you opened and are shown here only. Your own saved answers stay
            as they are unless you use these instead.
          </p>
          <p class="sa-buttons">
            <button type="button" class="sa-primary" onClick={() => leaveShared(true)}>
              Use these answers
            </button>
            <button type="button" onClick={() => leaveShared(false)}>
              Keep my answers
            </button>
          </p>
        </section>
      )}
      <div class="pf-grid">
        <div class="pf-form" onFocusIn={() => void tools()}>
          <fieldset class="sa-context" disabled={shared !== null}>
            <legend>Your situation</legend>
            <label for="pf-model">Business model</label>
            <select
              id="pf-model"
              value={shown.context.businessModel}
              onChange={(e) => setPicker('businessModel', e.currentTarget.value)}
            >
              {models.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.title}
                </option>
              ))}
            </select>
            <label for="pf-region">Region</label>
            <select
              id="pf-region"
              value={shown.context.region}
              onChange={(e) => setPicker('region', e.currentTarget.value)}
            >
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.title}
                </option>
              ))}
            </select>
          </fieldset>
          <fieldset class="pf-choose" disabled={shared !== null}>
            <legend>Competencies you hold or target</legend>
            <ul>
              {areas.map((c) => {
                const a = byslug(c.slug);
                const off = a?.status === 'not-offered';
                return (
                  <li key={c.slug}>
                    <input
                      type="checkbox"
                      id={`pf-pick-${c.slug}`}
                      checked={chosenSet.has(c.slug)}
                      aria-describedby={off ? `pf-off-${c.slug}` : undefined}
                      onChange={(e) => choose(c.slug, e.currentTarget.checked)}
                    />
                    <label for={`pf-pick-${c.slug}`}>{c.title}</label>
                    {off && (
                      <span class="pf-off" id={`pf-off-${c.slug}`}>
                        Not offered for this choice
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </fieldset>
        </div>
        <section class="pf-result" aria-labelledby="pf-result-h">
          <h2 id="pf-result-h">Your tier</h2>
          <p class="pf-tier" role="status">
            Your levels imply <strong>{rollUp.tier?.title ?? 'no tier'}</strong>.
            {next ? ` ${nextText}` : ' This is the top tier.'}
          </p>
          <dl class="pf-counts">
            <dt>Principal or above</dt>
            <dd>
              {rollUp.counts.principal}: {held(rollUp.held.principal)}
            </dd>
            <dt>Expert</dt>
            <dd>
              {rollUp.counts.expert}: {held(rollUp.held.expert)}
            </dd>
          </dl>
          {next && chosenSet.size > 0 && next.candidates.length > 0 && (
            <>
              <h3>Closest to {next.tier.title}</h3>
              <ol class="pf-candidates">
                {next.candidates.map((c) => (
                  <li key={`${c.slug}-${c.level}`}>
                    <a href={hrefs[c.slug]}>{c.title}</a> at {c.level === 'expert' ? 'Expert' : 'Principal'}:{' '}
                    {percent(c.readiness)} ready
                    {!chosenSet.has(c.slug) && ' (not in your portfolio yet)'}
                  </li>
                ))}
              </ol>
            </>
          )}
          {se && designation && (
            <>
              <h3>{se.title}, an interim designation</h3>
              <p>
                {se.held
                  ? `You qualify in ${se.areas.map((s) => byslug(s)?.title ?? s).join(', ')}.`
                  : shown.context.businessModel === designation.designation?.businessModel
                    ? `Not held yet. ${designation.summary}`
                    : `Applies to the ${models.find((m) => m.id === designation.designation?.businessModel)?.title ?? ''} business model only.`}{' '}
                It stands in for an Expert level and does not count toward tiers.
              </p>
            </>
          )}
        </section>
      </div>
      <section aria-labelledby="pf-answers-h">
        <h2 id="pf-answers-h">Your answers</h2>
        {chosenSet.size === 0 && (
          <p>Tick the competencies you hold or target above to answer their requirements here.</p>
        )}
        {[...areas, ...(seRules ? [seRules] : [])]
          .filter((c) => chosenSet.has(c.slug) || c === seRules)
          .map((c) => {
            const a = byslug(c.slug);
            const fields = a?.status === 'assessed' ? answerFields(c, shown.context.businessModel) : [];
            return (
              <details class="sa-se pf-area" key={c.slug}>
                <summary>
                  {c.title}
                  {c.kind !== 'competency' && ' (interim designation)'}:{' '}
                  <span class="pf-state">{a ? stateOf(a) : ''}</span>
                </summary>
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
                        text={shared ? undefined : texts[key]}
                        error={shared ? undefined : errors[key]}
                        onChange={(id, v) => void change(c, id, v)}
                      />
                    );
                  })}
                </fieldset>
                <p>
                  <a href={`${hrefs[c.slug] ?? ''}#self-assessment`}>
                    Open the full {c.title} self-assessment
                  </a>{' '}
                  for the reasons behind each verdict and the action plan.
                </p>
              </details>
            );
          })}
      </section>
      {!shared && (
        <section class="sa-actions" aria-labelledby="pf-actions-h">
          <h2 id="pf-actions-h">Share and export</h2>
          <p class="sa-saved">
            {memoryOnly
              ? 'This browser does not allow saving, so your answers are kept only until you leave this page.'
              : 'Saved in this browser only, shared with each competency page. Nothing is sent to a server.'}
          </p>
          <p class="sa-buttons">
            <button
              type="button"
              onClick={() => void tools().then(async (t) => setLink(await t.shareLink(payload())))}
            >
              Copy share link
            </button>
            <button
              type="button"
              onClick={() =>
                void tools().then((t) =>
                  t.exportFile(payload(), {
                    exportedAt: new Date().toISOString(),
                    tier: rollUp.tier?.title ?? null,
                    levels: Object.fromEntries(
                      assessments.map((a) => [
                        a.slug,
                        { title: a.title, achieved: a.status === 'assessed' ? a.achieved : null },
                      ]),
                    ),
                  }),
                )
              }
            >
              Export portfolio (JSON)
            </button>
          </p>
          {link && (
            <p class="sa-link">
              <label for="pf-link">
                {link.copied
                  ? 'Link copied. Anyone who opens it sees this portfolio:'
                  : 'Copy this link to share:'}
              </label>
              <input id="pf-link" ref={linkInput} type="text" readOnly value={link.url} />
            </p>
          )}
        </section>
      )}
    </div>
  );
}
