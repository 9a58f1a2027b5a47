import { isSolutionArea } from '../../domain/designation.ts';
import { AnswerInput } from '../self-assessment/AnswerInput.tsx';
import { titleOfChoice } from '../shared/context.ts';
import type { PortfolioData, PortfolioModel } from './use-portfolio.ts';

/** The answers of each competency chosen, a fold each, with the context it is scored for. */
export function AreaAnswers({ pf, data }: { pf: PortfolioModel; data: PortfolioData }) {
  const { lazy, view, shown, shared, texts, errors } = pf;
  const { competencies, models, regions, hrefs } = data;
  return (
    <section aria-labelledby="pf-answers-h">
      <h2 id="pf-answers-h">Your answers</h2>
      {pf.chosenSet.size === 0 && (
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
                      .filter((f) => errors[`${c.slug}:${f.id}`] !== undefined)
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
                    text={shared ? undefined : texts[key]}
                    error={shared ? undefined : errors[key]}
                    onChange={(id, v) => void pf.change(c.slug, id, v)}
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
  );
}
