import { titleOfChoice } from '../shared/context.ts';
import { ContextPicker } from '../shared/ContextPicker.tsx';
import { Notices, SavedNote } from '../shared/Notices.tsx';
import { ImportField } from '../shared/ImportField.tsx';
import { MarkName } from '../shared/MarkedValue.tsx';
import { Missing, RequirementTable, ResultBar } from './Results.tsx';
import { useSelfAssessment, type SelfAssessmentData } from './use-self-assessment.ts';
import { fill } from '../../text/fill.ts';
import '../../styles/assessment.css';

export type { SelfAssessmentData } from './use-self-assessment.ts';

/** Props of the island. */
export interface SelfAssessmentProps {
  data: SelfAssessmentData;
}

/** The self-assessment of one competency: answer the requirements, see the verdict, save, share, export. */
export default function SelfAssessment({ data }: SelfAssessmentProps) {
  const { rules, models, regions, levels, servicesExpert, text } = data;
  const sa = useSelfAssessment(data);
  const { host, lazy, load, shared, shown, result, resetButton } = sa;
  const { storage, heading, edits } = host;
  const situation = fill(text.situation, {
    model: titleOfChoice(models, shown.context.businessModel),
    region: titleOfChoice(regions, shown.context.region),
  });
  return (
    <MarkName name={text.mark}>
      <div class="sa">
        <div class="sa-app">
          <h3 id="sa-h" ref={heading} tabIndex={-1}>
            {text.heading}
          </h3>
          {lazy && <lazy.ReportHead data={data} situation={situation} />}
          <Notices problem={sa.problem} info={sa.info} framed={storage.framed && data.framed} />
          {lazy && <lazy.ResultSaid result={result} words={data.words} />}
          {lazy && !shared && <lazy.AboveOwn host={host} />}
          {shared && lazy && (
            <lazy.Banner host={host} shared={shared} leave={(use) => lazy.leaveShared(host, use, shared)} />
          )}
          {/* Not a <form>: nothing is submitted, every answer counts as it is typed. */}
          <div class="sa-form" onFocusIn={(e) => void load().then((m) => m.focused(e.target))}>
            <ContextPicker
              prefix="sa"
              lists={data}
              words={text}
              context={shown.context}
              onPick={shared ? undefined : sa.setPicker}
            />
            <div class="sa-work">
              <ResultBar
                result={result}
                note={shared ? null : lazy?.needsAttention(data, sa.fields, edits.errors)}
                apply={data.apply}
                text={text}
              />
              <fieldset class="sa-fields" disabled={shared !== null}>
                <legend class="visually-hidden">{text.figures}</legend>
                <RequirementTable
                  caption={fill(text.caption, { competency: rules.title, situation })}
                  text={text}
                  fields={sa.fields}
                  result={result}
                  levels={levels}
                  control={{
                    prefix: 'sa',
                    onChange: (id, v) => void host.change(id, v),
                    Note: lazy?.fieldNoteIn(data.words, shared),
                  }}
                  values={(id) => ({
                    value: shown.answers[id],
                    text: shared ? undefined : edits.texts[id],
                    error: shared ? undefined : edits.errors[id],
                  })}
                />
              </fieldset>
            </div>
            <Missing result={result} text={text} />
            {lazy && <lazy.Announced data={data} result={result} />}
            {/* Closed until asked for: the arithmetic is long, and loading it grows nothing above a click. */}
            <details id="sa-how" class="sa-fold" aria-labelledby="sa-how-h" {...sa.howFold}>
              <summary id="sa-how-h">{text.howScored}</summary>
              {sa.howOpen && lazy && <lazy.HowScored result={result} words={data.words} />}
            </details>
            {data.servicesExpertOn === shown.context.businessModel && (
              <details class="sa-fold sa-se" {...sa.seFold}>
                <summary>{text.checkServicesExpert}</summary>
                {sa.seOpen && lazy && servicesExpert && (
                  <lazy.ServicesExpert
                    designation={servicesExpert}
                    area={result}
                    store={storage.current}
                    disabled={shared !== null}
                    levels={levels}
                    words={data.words}
                    shared={shared?.designation}
                  />
                )}
              </details>
            )}
          </div>
          {!shared && (
            <section class="sa-actions" aria-labelledby="sa-actions-h">
              <h3 id="sa-actions-h">{text.actions}</h3>
              <SavedNote note={storage.note}>
                {storage.framed
                  ? data.framed.text
                  : sa.info !== data.waiting &&
                    (sa.savedAt ? fill(text.savedAt, { time: sa.savedAt }) : text.saved)}
              </SavedNote>
              {lazy && <lazy.Forward host={host} link={sa.link} />}
              <p class="sa-buttons">
                <button type="button" onClick={() => void load().then((m) => m.shareLink(host))}>
                  {text.copyLink}
                </button>
                <button type="button" onClick={() => void load().then((m) => m.exportFile(host, 'csv'))}>
                  {text.exportCsv}
                </button>
                <button type="button" onClick={() => void load().then((m) => m.exportFile(host, 'json'))}>
                  {text.exportJson}
                </button>
                <button type="button" onClick={() => void load().then((m) => m.printReport())}>
                  {text.print}
                </button>
              </p>
              {lazy && <lazy.PackButtons host={host} />}
              <ImportField
                id="sa-import"
                label={text.import}
                take={(input) => void load().then((m) => m.importFile(host, input))}
              />
              {sa.confirming && lazy ? (
                <lazy.ConfirmReset host={host} />
              ) : (
                <p>
                  <button
                    type="button"
                    ref={resetButton}
                    onClick={() => void load().then(() => host.setConfirming(true))}
                  >
                    {text.reset}
                  </button>
                </p>
              )}
            </section>
          )}
        </div>
      </div>
    </MarkName>
  );
}
