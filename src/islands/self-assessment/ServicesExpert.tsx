/**
 * The Services Expert check on an area competency, and the designation's answers that travel with the
 * area's share link and export file.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { answerFields } from '../../engine/answer-fields.ts';
import { checkDesignation } from '../../engine/designation.ts';
import { rulesHash } from '../../engine/hash.ts';
import type { CompetencyAssessment } from '../../engine/types.ts';
import { designationModel } from '../../domain/designation.ts';
import type { CompetencyRules } from '../../domain/rules.ts';
import { knownAnswers } from '../../persistence/known-answers.ts';
import {
  mergeAnswers,
  saveMerged,
  type Entry,
  type SavedCompetency,
} from '../../persistence/merge-answers.ts';
import { readSaved } from '../../persistence/storage.ts';
import { storageKey, type StorageLike } from '../../persistence/storage-access.ts';
import { checkAnswers, parseAnswers } from '../../engine/answers.ts';
import { readPending } from '../../persistence/pending-text.ts';
import type { Answers } from '../../schemas/answers.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';
import { useFieldEdits, withoutKey } from '../shared/use-field-edits.ts';
import { fieldKit } from '../shared/field-kit.ts';
import { fieldNoteIn } from '../shared/FieldNote.tsx';
import { recordNoteIn } from '../shared/record-on.tsx';
import { islandTranslator, type IslandWords } from '../../text/translate.ts';
import { AnswerInput } from './AnswerInput.tsx';
import type { Host } from './host.ts';
import { competencyOf } from './saving.tsx';
import { standingWithRecord } from './record.tsx';

/** The interim designation's saved answers, to travel with the area's link or export; undefined without. */
export function designationPayload(host: Host) {
  const se = host.servicesExpert;
  if (!se) return undefined;
  const saved = readSaved(host.storage.current, se.slug, parseAnswers);
  if (saved.status !== 'ok') return undefined;
  return { slug: se.slug, rulesVersion: rulesHash(se), answers: saved.envelope.answers };
}

/** The interim designation's answers that came with a link or file, checked against its rules. */
export function designationOf(host: Host, carried: { slug: string; answers: unknown } | undefined) {
  const se = host.servicesExpert;
  if (!se || carried?.slug !== se.slug) return undefined;
  const checked = checkAnswers(carried.answers, se);
  return checked && Object.keys(checked.answers).length > 0 ? checked.answers : undefined;
}

/** Saves the interim designation's answers that came with a link or file, over what is saved for it. */
export function takeDesignation(host: Host, answers: Answers | undefined, region: string): void {
  const se = host.servicesExpert;
  const model = se && designationModel(se);
  if (!se || !model || !answers) return;
  saveMerged(host.storage.current, competencyOf(host, se, rulesHash(se)), null, {
    answers,
    context: { model, region },
  });
}

/**
 * The Services Expert check on an area competency: the designation's own requirements (answered here and
 * saved under the designation, so its own page shows them too) and its one verdict (checkDesignation), the
 * same as on its own page and in the portfolio; like them it counts the record's figures where nothing is
 * typed.
 */
export function ServicesExpert(props: {
  designation: CompetencyRules;
  area: CompetencyAssessment;
  store: StorageLike;
  disabled: boolean;
  levels: Readonly<Record<string, string>>;
  /** The words of the island's late-loaded part. */
  words: IslandWords;
  /** The designation's answers that came with a share link or file, shown in place of the saved ones. */
  shared?: Answers | undefined;
}) {
  const { designation, area, store, disabled, levels, words } = props;
  const t = islandTranslator(words);
  // The business model whose Expert level the designation stands in for, from its content.
  const model = designationModel(designation);
  const fields = useMemo(() => (model ? answerFields(designation, model, t) : []), [designation, model, t]);
  const [answers, setAnswers] = useState<Answers>({});
  // The answers as last changed, so two quick edits in a row both count.
  const latest = useRef(answers);
  latest.current = answers;
  // The entry as last read from or written to storage: what another tab changed since is kept on a write.
  const base = useRef<Entry | null>(null);
  // Why what is saved is left alone (it cannot be read), or '' while it can be.
  const [held, setHeld] = useState('');
  const edits = useFieldEdits(() => Promise.resolve(fieldKit({ current: store }, words, designation.slug)));
  const competency: SavedCompetency = {
    slug: designation.slug,
    rulesVersion: rulesHash(designation),
    parse: parseAnswers,
    fit: (a) => knownAnswers(designation, a),
  };
  /**
   * Saves `edited` (null: only takes what another tab saved) merged with what is stored, and shows the
   * result. Unreadable saved data is never written over: the edit then counts here only.
   */
  const merge = (edited: Answers | null): void => {
    const context = { model: model ?? '', region: area.context.region };
    const saved = saveMerged(store, competency, base.current, edited && { answers: edited, context });
    const before = base.current?.answers ?? {};
    const mine = edited ?? latest.current;
    if (saved.ok) base.current = saved.entry;
    else setHeld(t(`msg.saved.${saved.read.why}`));
    // Edits not saved yet (relative to what was last read) stay; the rest is what is stored now.
    latest.current = saved.ok ? mergeAnswers(before, mine, saved.entry?.answers ?? {}) : mine;
    setAnswers(latest.current);
  };
  // The newest handlers, for what is set up once below.
  const handlersRef = useRef({ merge, change });
  useEffect(() => {
    handlersRef.current = { merge, change };
  });
  useEffect(() => {
    const take = () => handlersRef.current.merge(null);
    take();
    for (const [id, text] of Object.entries(readPending(store, designation.slug)))
      handlersRef.current.change(id, text);
    // Another tab saved or removed the designation's answers, or cleared the site's data.
    const onStorage = (e: StorageEvent) =>
      (e.key === null || e.key === storageKey(designation.slug)) && take();
    addEventListener('storage', onStorage);
    return () => removeEventListener('storage', onStorage);
  }, [store, designation.slug]);
  const shown = props.shared ?? answers;
  // The partner's own answers over the record's figures on its day (typed wins); shared ones as they are.
  const withRecord =
    !props.shared && model
      ? standingWithRecord(
          'sa-se',
          designation,
          { businessModel: model, region: area.context.region },
          answers,
          {
            words,
          },
        )
      : null;
  const verdict = checkDesignation(designation, area.context.region, withRecord?.answers ?? shown, t);

  function change(id: string, value: string | boolean): void {
    const field = fields.find((f) => f.id === id);
    if (!field || !model) return;
    void edits.edit(id, value, field.requirement, (read) =>
      merge(read === undefined ? withoutKey(latest.current, id) : { ...latest.current, [id]: read }),
    );
  }

  return (
    <>
      <fieldset class="sa-fields" disabled={disabled}>
        <legend>{t('more.se.legend', { designation: designation.title })}</legend>
        <p>{t('more.se.lead', { summary: designation.summary, designation: designation.title })}</p>
        {held && <p>{held}</p>}
        {fields.map((f) => (
          <AnswerInput
            key={f.id}
            field={f}
            prefix="sa-se"
            levels={levels}
            value={shown[f.id]}
            text={props.shared ? undefined : edits.texts[f.id]}
            error={props.shared ? undefined : edits.errors[f.id]}
            onChange={change}
            Note={props.shared ? fieldNoteIn(words) : recordNoteIn(words)}
            t={t}
          />
        ))}
      </fieldset>
      <div role="status" class="sa-panel">
        <p>
          {verdict.title}
          {t('list.colon')}
          <strong>{verdict.headline}</strong>
          {t('list.sentences')}
          {verdict.outcome === 'missing'
            ? t('more.se.missing', { progress: verdict.progress ?? '' })
            : verdict.summary}
        </p>
        {verdict.outcome === 'missing' && (
          <ul>
            {verdict.missing.map((m) => (
              <li key={m.id}>
                {m.label}
                {t('list.colon')}
                <MarkedValue text={m.gap} illustrative={m.illustrative} />
                {t('list.stop')}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
