import { useMemo } from 'preact/hooks';
import { isSolutionArea } from '../../domain/designation.ts';
import type { AnswerField } from '../../engine/answer-fields.ts';
import type { FieldProblem } from '../../engine/answers.ts';
import type { PortfolioEntry } from '../../engine/portfolio.ts';
import type { Answers } from '../../schemas/answers.ts';
import { AnswerInput } from '../self-assessment/AnswerInput.tsx';
import { islandTranslator } from '../../text/translate.ts';
import { titleOfChoice } from '../shared/context.ts';
import { memo, shallowEqual } from '../shared/memo.ts';
import type { PortfolioCompetency, PortfolioData, PortfolioModel } from './use-portfolio.ts';

interface AreaProps {
  c: PortfolioCompetency;
  fields: readonly AnswerField[];
  entry: PortfolioEntry | undefined;
  answers: Answers | undefined;
  /** What was typed and why it is not an answer, by `slug:id` (every competency's: only its own are read). */
  texts: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, FieldProblem>>;
  /** True while a shared or imported portfolio is shown. */
  shared: boolean;
  lazy: PortfolioModel['lazy'];
  /** The same function from one render to the next (usePortfolio), so unchanged folds are not rendered again. */
  change: PortfolioModel['change'];
  data: PortfolioData;
}

/** Equal when nothing this competency's fold shows changed: its own texts and errors, and every other prop. */
function sameArea(a: AreaProps, b: AreaProps): boolean {
  const { texts: ta, errors: ea, ...restA } = a;
  const { texts: tb, errors: eb, ...restB } = b;
  return (
    shallowEqual(restA, restB) &&
    a.fields.every((f) => {
      const key = `${a.c.slug}:${f.id}`;
      return ta[key] === tb[key] && ea[key] === eb[key];
    })
  );
}

/** One chosen competency's answers, in a fold, with the context it is scored for. */
const AreaForm = memo((props: AreaProps) => {
  const { c, fields, entry, answers, texts, errors, shared, lazy, change, data } = props;
  const { models, regions, hrefs } = data;
  const w = islandTranslator(data.words);
  const [before, after] = w.raw('portfolio.openFull').split('{link}');
  return (
    <details class={`sa-se pf-area${Object.keys(answers ?? {}).length > 0 ? '' : ' pf-blank'}`}>
      <summary>
        {c.title}
        {!isSolutionArea(c) && w('portfolio.interim')}
        {w('list.colon')}
        <span class="pf-state">{entry?.state ?? ''}</span>
      </summary>
      {lazy && entry && (
        <p>
          {lazy.scoredFor(
            w,
            titleOfChoice(models, entry.context.businessModel),
            titleOfChoice(regions, entry.context.region),
            entry.ownContext,
          )}{' '}
          {!shared &&
            lazy.attentionNote(
              w,
              fields.filter((f) => errors[`${c.slug}:${f.id}`] !== undefined).map((f) => f.requirement.label),
            )}
        </p>
      )}
      {lazy && entry && (
        <lazy.AnnouncedVerdict rules={lazy.rules} slug={c.slug} entry={entry} answers={answers} w={w} />
      )}
      <fieldset class="sa-fields" disabled={shared}>
        <legend class="visually-hidden">{w('more.se.legend', { designation: c.title })}</legend>
        {fields.map((f) => {
          const key = `${c.slug}:${f.id}`;
          return (
            <AnswerInput
              key={key}
              field={f}
              prefix={`pf-${c.slug}`}
              value={answers?.[f.id]}
              text={shared ? undefined : texts[key]}
              error={shared ? undefined : errors[key]}
              onChange={(id, v) => void change(c.slug, id, v)}
              Note={lazy?.fieldNoteIn(data.words)}
              t={w}
            />
          );
        })}
      </fieldset>
      <p>
        {before}
        <a href={`${hrefs[c.slug] ?? ''}#self-assessment`}>
          {w('portfolio.openFull.link', { competency: c.title })}
        </a>
        {after}
      </p>
    </details>
  );
}, sameArea);

interface AnswersProps {
  pf: PortfolioModel;
  data: PortfolioData;
}

/**
 * Equal when nothing the folds show changed. A tick changes only the choice at first: its folds follow with
 * the scores, after the paint (usePortfolio), so the tick does not go through a long portfolio's folds.
 */
function sameFolds({ pf: a, data }: AnswersProps, { pf: b, data: next }: AnswersProps): boolean {
  return (
    data === next &&
    a.w === b.w &&
    a.view === b.view &&
    a.shown.answers === b.shown.answers &&
    a.shared === b.shared &&
    a.texts === b.texts &&
    a.errors === b.errors &&
    a.lazy === b.lazy &&
    a.change === b.change &&
    (a.chosenSet.size === 0) === (b.chosenSet.size === 0)
  );
}

/** The answers of each competency chosen, a fold each, with the context it is scored for. */
export const AreaAnswers = memo(({ pf, data }: AnswersProps) => {
  const { view, shown, shared, w } = pf;
  const bySlug = useMemo(() => new Map(data.competencies.map((c) => [c.slug, c])), [data.competencies]);
  return (
    <section aria-labelledby="pf-answers-h">
      <h2 id="pf-answers-h">{w('portfolio.answers')}</h2>
      {pf.chosenSet.size === 0 && <p>{w('portfolio.tickFirst')}</p>}
      {view.forms.map(({ slug, fields }) => {
        const c = bySlug.get(slug);
        return (
          c && (
            <AreaForm
              key={slug}
              c={c}
              fields={fields}
              entry={view.entries[slug]}
              answers={shown.answers[slug]}
              texts={pf.texts}
              errors={pf.errors}
              shared={shared !== null}
              lazy={pf.lazy}
              change={pf.change}
              data={data}
            />
          )
        );
      })}
    </section>
  );
}, sameFolds);
