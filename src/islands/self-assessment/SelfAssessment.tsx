import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { InitialView } from '../../engine/answer-fields.ts';
import { readIslandData } from '../../persistence/island-data.ts';
import type { AssessmentContext } from '../../engine/types.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import {
  clearSaved,
  hasSaved,
  memoryStorage,
  readLastContext,
  usableStorage,
  writeLastContext,
  type StorageLike,
} from '../../persistence/storage-access.ts';
import type { Answers } from '../../schemas/answers.ts';
import type { BusinessModelId } from '../../schemas/ids.ts';
import { AnswerInput } from './AnswerInput.tsx';
import type { Host } from './more.tsx';
import { ResultTable, Summary } from './Results.tsx';
import '../../styles/assessment.css';

/** The island's data: plain JSON, written next to the island (see island-data.ts). */
export interface SelfAssessmentData {
  /** The competency's rules, from toRules. */
  rules: CompetencyRules;
  /** The rules hash (rulesHash) that saved and shared answers carry. */
  rulesVersion: string;
  /** Every business model with its title, in display order, and whether the competency is offered on it. */
  models: { id: BusinessModelId; title: string; offered: boolean }[];
  /** Every region of the program with its title, in display order, and whether the competency is offered there. */
  regions: { id: string; title: string; offered: boolean }[];
  /** Level titles by id, e.g. { principal: "Principal", expert: "Expert" }. */
  levels: Record<string, string>;
  /** The empty form and its verdict (initialView), so scoring code loads only once the partner answers. */
  initial: InitialView;
  /** The Services Expert rules, on area competencies, to check that interim designation on Integrate. */
  servicesExpert?: CompetencyRules | undefined;
}

type Context = AssessmentContext;
type Shared = { answers: Answers; context: Context; note: ComponentChildren };

// Loaded once the partner acts or has something saved: the answers schema, re-scoring, sharing, exports.
const more = () => import('./more.tsx');
type More = Awaited<ReturnType<typeof more>>;

// The share parameter is `a` (share-link.ts); tested here so that pages without a link load nothing more.
const hasShareLink = (): boolean => location.hash.startsWith('#a=');

const without = <T,>(record: Record<string, T>, key: string): Record<string, T> => {
  const { [key]: _gone, ...rest } = record;
  return rest;
};

/** Props of the island: where its data is (an element id; the data itself is too large for props). */
export interface SelfAssessmentProps {
  dataId: string;
}

/** The self-assessment of one competency: answer the requirements, see the verdict, save, share, export. */
export default function SelfAssessment({ dataId }: SelfAssessmentProps) {
  const [data] = useState(() => readIslandData<SelfAssessmentData>(dataId));
  const { rules, rulesVersion, models, regions, levels, initial, servicesExpert } = data;
  const slug = rules.slug;

  const [context, setContext] = useState<Context>(initial.context);
  const [answers, setAnswers] = useState<Answers>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [shared, setShared] = useState<Shared | null>(null);
  const [info, setInfo] = useState<ComponentChildren>(null);
  const [problem, setProblem] = useState('');
  const [savedAt, setSavedAt] = useState('');
  const [memoryOnly, setMemoryOnly] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [link, setLink] = useState<{ url: string; copied: boolean } | null>(null);
  const [today, setToday] = useState('');
  const [lazy, setLazy] = useState<More | null>(null);
  const [seOpen, setSeOpen] = useState(false);

  const store = useRef<StorageLike>(memoryStorage());
  // Set by the partner's own edits only, so loading never overwrites what is stored.
  const dirty = useRef(false);
  const resetButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const linkInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmTouched = useRef(false);
  // How many edits each field has had, so an older edit that finishes late cannot overwrite a newer one.
  const edits = useRef<Record<string, number>>({});

  const shown = shared ?? { answers, context };
  // Until the scoring code arrives, context and answers are the initial ones (every change waits for it).
  const model = shown.context.businessModel;
  const fields = useMemo(() => (lazy ? lazy.answerFields(rules, model) : initial.fields), [lazy, model]);
  const own = useMemo(
    () => (lazy ? lazy.assess(rules, context, answers) : initial.result),
    [lazy, context, answers],
  );
  const result = useMemo(
    () => (lazy && shared ? lazy.assess(rules, shared.context, shared.answers) : own),
    [lazy, shared, own],
  );
  const seApplies =
    servicesExpert !== undefined &&
    rules.kind === 'competency' &&
    shown.context.businessModel === 'integrate';

  const replace = (next: Answers, ctx: Context, message: ComponentChildren): void => {
    dirty.current = true;
    setAnswers(next);
    setTexts({});
    setErrors({});
    setContext(ctx);
    setProblem('');
    setInfo(message);
  };
  const host: Host = { rules, rulesVersion, models, regions, alert: setProblem, replace };

  /** Loads the lazy part once, keeping it for rendering its components. */
  const load = async (): Promise<More> => {
    const m = await more();
    setLazy(() => m);
    return m;
  };

  const isModel = (id: unknown): id is BusinessModelId => models.some((m) => m.id === id);
  const isRegion = (id: unknown): id is string => regions.some((r) => r.id === id);

  // Storage and the location are read once, after the server-rendered form is in place.
  useEffect(() => {
    const usable = usableStorage(() => window.localStorage);
    const s = usable ?? store.current;
    store.current = s;
    setMemoryOnly(usable === null);
    setToday(new Date().toLocaleDateString('en', { dateStyle: 'long' }));
    const query = new URLSearchParams(location.search);
    const last = readLastContext(s);
    const choose = (saved: Context | null): Context => ({
      businessModel:
        [query.get('model'), saved?.businessModel, last?.model].find(isModel) ??
        initial.context.businessModel,
      region: [query.get('region'), saved?.region, last?.region].find(isRegion) ?? initial.context.region,
    });
    const wanted = choose(null);
    const openShare = (m: More) =>
      m.openShare(host, (a, ctx, note) => {
        setProblem('');
        setShared({ answers: a, context: ctx, note });
      });
    // The scoring code and the answers schema are fetched only when there is something to show.
    const moved =
      wanted.businessModel !== initial.context.businessModel || wanted.region !== initial.context.region;
    if (moved || hasSaved(s, slug) || hasShareLink()) {
      void load().then((m) => {
        setContext(wanted);
        m.loadSaved(s, host, (a, ctx, at, note) => {
          setAnswers(a);
          setSavedAt(at ?? '');
          setContext(choose(ctx));
          setInfo(note);
        });
        if (hasShareLink()) openShare(m);
      });
    }
    // A link pasted into this tab changes only the fragment: open it and bring the widget into view.
    const onHash = () =>
      void (
        hasShareLink() &&
        load().then((m) => {
          openShare(m);
          heading.current?.scrollIntoView();
        })
      );
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    if (!dirty.current) return;
    dirty.current = false;
    const s = store.current;
    void load().then((m) => {
      const at = m.save(s, host, own, answers);
      if (at) {
        writeLastContext(s, { model: context.businessModel, region: context.region });
        setSavedAt(at);
      } else {
        // Storage refused the write (quota, privacy settings): keep going in memory and say so.
        store.current = memoryStorage();
        m.save(store.current, host, own, answers);
        setMemoryOnly(true);
      }
    });
  }, [answers, context]);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (confirmTouched.current) resetButton.current?.focus();
  }, [confirming]);

  useEffect(() => {
    if (link && !link.copied) linkInput.current?.select();
  }, [link]);

  async function change(id: string, value: string | boolean) {
    const field = fields.find((f) => f.id === id);
    if (!field) return;
    const edit = (edits.current[id] ?? 0) + 1;
    edits.current[id] = edit;
    if (typeof value === 'string') setTexts((t) => ({ ...t, [id]: value }));
    const read =
      typeof value === 'boolean'
        ? { ok: true as const, value }
        : (await load()).readField(value, field.requirement);
    // Keystrokes typed while the scoring code loads may resume in any order: only the newest edit counts.
    if (edits.current[id] !== edit) return;
    if (!read.ok) {
      setErrors((e) => ({ ...e, [id]: read.message }));
      return;
    }
    setErrors((e) => without(e, id));
    dirty.current = true;
    setAnswers((prev) => (read.value === undefined ? without(prev, id) : { ...prev, [id]: read.value }));
  }

  async function setPicker(key: keyof Context, id: string) {
    if (key === 'businessModel' ? !isModel(id) : !isRegion(id)) return;
    await load();
    dirty.current = true;
    setContext((c) => ({ ...c, [key]: id }));
  }

  function leaveShared(use: boolean): void {
    if (use && shared)
      replace(shared.answers, shared.context, 'The shared answers are now your saved answers.');
    else setInfo('Your own answers are shown again; the shared answers were not saved.');
    setShared(null);
    history.replaceState(history.state, '', location.pathname + location.search);
    heading.current?.focus();
  }

  function reset(): void {
    clearSaved(store.current, slug);
    setAnswers({});
    setTexts({});
    setErrors({});
    setSavedAt('');
    setConfirming(false);
    setInfo('Your answers were cleared.');
  }

  function print(): void {
    const root = document.documentElement;
    root.dataset['print'] = 'assessment';
    addEventListener('afterprint', () => delete root.dataset['print'], { once: true });
    window.print();
  }

  const titleOfId = (list: readonly { id: string; title: string }[], id: string) =>
    list.find((x) => x.id === id)?.title ?? id;
  const time = savedAt && new Date(savedAt).toLocaleString('en', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div class="sa">
      <h2 id="sa-h" ref={heading} tabIndex={-1}>
        Self-assessment
      </h2>
      <p class="sa-intro">
        Enter your own figures to see which level of {rules.title} you reach and exactly what is missing for
        the next.
      </p>
      <div class="sa-app">
        <p class="sa-print">
          {rules.title} self-assessment for {titleOfId(models, shown.context.businessModel)} partners in{' '}
          {titleOfId(regions, shown.context.region)}
          {today && `, printed ${today}`}. Rules version {rules.version}.
        </p>
        <div role="alert" class={problem ? 'sa-note sa-bad' : ''}>
          {problem}
        </div>
        <div role="status" class={info ? 'sa-note' : ''}>
          {info}
        </div>
        {shared && lazy && <lazy.SharedBanner note={shared.note} leave={leaveShared} />}
        <div class="sa-grid">
          {/* Not a <form>: nothing is submitted, every answer counts as it is typed. */}
          <div class="sa-form" onFocusIn={() => void load()}>
            <fieldset class="sa-context" disabled={shared !== null}>
              <legend>Your situation</legend>
              <label for="sa-model">Business model</label>
              <select
                id="sa-model"
                value={shown.context.businessModel}
                onChange={(e) => void setPicker('businessModel', e.currentTarget.value)}
              >
                {models.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.title}
                    {m.offered ? '' : ' (not offered)'}
                  </option>
                ))}
              </select>
              <label for="sa-region">Region</label>
              <select
                id="sa-region"
                value={shown.context.region}
                onChange={(e) => void setPicker('region', e.currentTarget.value)}
              >
                {regions.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title}
                    {r.offered ? '' : ' (not offered)'}
                  </option>
                ))}
              </select>
            </fieldset>
            <fieldset class="sa-fields" disabled={shared !== null}>
              <legend>Your figures</legend>
              {fields.map((f) => (
                <AnswerInput
                  key={f.id}
                  field={f}
                  prefix="sa"
                  levels={levels}
                  value={shown.answers[f.id]}
                  text={shared ? undefined : texts[f.id]}
                  error={shared ? undefined : errors[f.id]}
                  onChange={(id, v) => void change(id, v)}
                />
              ))}
            </fieldset>
            {seApplies && (
              <details
                class="sa-se"
                onToggle={(e) => {
                  setSeOpen(e.currentTarget.open);
                  void load();
                }}
              >
                <summary>Check Services Expert eligibility</summary>
                {seOpen && lazy && (
                  <lazy.ServicesExpert
                    designation={servicesExpert}
                    area={result}
                    store={store.current}
                    disabled={shared !== null}
                    levels={levels}
                  />
                )}
              </details>
            )}
          </div>
          <Summary result={result} levels={levels} />
        </div>
        <ResultTable result={result} fields={fields} levels={levels} />
        {!shared && (
          <section class="sa-actions" aria-labelledby="sa-actions-h">
            <h3 id="sa-actions-h">Save, share and export</h3>
            <p class="sa-saved">
              {memoryOnly
                ? 'This browser does not allow saving, so your answers are kept only until you leave this page.'
                : `Saved in this browser only${time ? ` (last saved ${time})` : ''}. Nothing is sent to a server.`}
            </p>
            <p class="sa-buttons">
              <button
                type="button"
                onClick={() =>
                  void load().then(async (m) => setLink(await m.shareLink(host, context, answers)))
                }
              >
                Copy share link
              </button>
              <button
                type="button"
                onClick={() => void load().then((m) => m.exportFile(host, 'csv', own, answers))}
              >
                Export action plan (CSV)
              </button>
              <button
                type="button"
                onClick={() => void load().then((m) => m.exportFile(host, 'json', own, answers))}
              >
                Export answers (JSON)
              </button>
              <button type="button" onClick={print}>
                Print report
              </button>
            </p>
            {link && (
              <p class="sa-link">
                <label for="sa-link">
                  {link.copied
                    ? 'Link copied. Anyone who opens it sees these answers:'
                    : 'Copy this link to share:'}
                </label>
                <input id="sa-link" ref={linkInput} type="text" readOnly value={link.url} />
              </p>
            )}
            <p class="sa-import">
              <label for="sa-import">Import answers from a JSON file</label>
              <input
                id="sa-import"
                type="file"
                accept="application/json,.json"
                onChange={(e) => {
                  const input = e.currentTarget;
                  void load().then((m) => m.importFile(host, input));
                }}
              />
            </p>
            {confirming ? (
              <div class="sa-confirm" role="group" aria-labelledby="sa-confirm-q">
                <p id="sa-confirm-q">
                  Clear every answer for {rules.title} from this browser? This cannot be undone.
                </p>
                <p class="sa-buttons">
                  <button type="button" class="sa-danger" ref={confirmButton} onClick={reset}>
                    Clear answers
                  </button>
                  <button type="button" onClick={() => setConfirming(false)}>
                    Cancel
                  </button>
                </p>
              </div>
            ) : (
              <p>
                <button
                  type="button"
                  ref={resetButton}
                  onClick={() => {
                    confirmTouched.current = true;
                    setConfirming(true);
                  }}
                >
                  Reset answers
                </button>
              </p>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
