import type { AnswerField } from '../../engine/answer-fields.ts';
import { fieldCells } from '../../engine/field-cells.ts';
import type { CompetencyAssessment, RequirementResult } from '../../engine/types.ts';
import type { LevelId } from '../../schemas/ids.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';
import { StatusIcon } from '../shared/StatusIcon.tsx';
import type { WidgetText } from '../../text/island-text.ts';
import { fill } from '../../text/fill.ts';
import { AnswerControl, FieldHelp, type ControlProps } from './AnswerControl.tsx';

/** Level titles by id, e.g. { expert: "Expert" }. */
type Titles = Readonly<Record<string, string>>;

/** A requirement's state at a level: its icon and its word, with the progress when partly met. */
export function State({ r, text }: { r: RequirementResult; text: WidgetText }) {
  return (
    <span class={`sa-st sa-st--${r.status}`}>
      <StatusIcon status={r.status} /> {r.withheld ?? text[r.status]}
      {r.status === 'partial' && ` (${r.share}%)`}
    </span>
  );
}

/** The result of a requirement at a level, when the assessment scored it there. */
const resultAt = (result: CompetencyAssessment, level: LevelId | undefined, id: string) =>
  result.status === 'assessed'
    ? result.levels.find((l) => l.level === level)?.requirements.find((r) => r.id === id)
    : undefined;

/**
 * The requirements of the chosen business model, each once: what each level asks, its state there and the
 * partner's answer side by side; help and evidence behind a disclosure (open in print).
 */
export function RequirementTable(props: {
  caption: string;
  fields: readonly AnswerField[];
  result: CompetencyAssessment;
  levels: Titles;
  control: Omit<ControlProps, 'field' | 'value' | 'text' | 'error'>;
  values: (id: string) => Pick<ControlProps, 'value' | 'text' | 'error'>;
  text: WidgetText;
}) {
  const { fields, result, levels, control, text } = props;
  const columns = (Object.keys(levels) as LevelId[]).filter((l) =>
    fields.some((f) => f.targets.some((t) => t.level === l)),
  );
  return (
    <table class="sa-table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{text.requirement}</th>
          {columns.map((l) => (
            <th scope="col" key={l}>
              {levels[l]}
            </th>
          ))}
          <th scope="col">{text.yourFigure}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => {
          const id = `${control.prefix}-${f.id}`;
          const req = f.requirement;
          return (
            <tr key={f.id}>
              <th scope="row">
                <label for={id}>{req.label}</label>
              </th>
              {fieldCells(f, columns).map((cell) => {
                const r = resultAt(result, cell.levels[0], f.id);
                return (
                  <td
                    key={cell.levels[0]}
                    colSpan={cell.levels.length > 1 ? cell.levels.length : undefined}
                    data-label={cell.levels.map((l) => levels[l]).join(text.and)}
                  >
                    {cell.text ? (
                      <>
                        <span class="sa-thr">
                          <MarkedValue text={cell.text} illustrative={cell.illustrative} />
                        </span>
                        {r && <State r={r} text={text} />}
                      </>
                    ) : (
                      <span class="sa-none">{text.notAsked}</span>
                    )}
                  </td>
                );
              })}
              <td data-label={text.yourFigure} class="sa-answer">
                <AnswerControl {...control} {...props.values(f.id)} field={f} described={`${id}-d`} />
                <details class="sa-more">
                  <summary>{text.helpEvidence}</summary>
                  <div id={`${id}-d`}>
                    <FieldHelp field={f} />
                  </div>
                </details>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Opens "How this is scored" as its link is followed (the link's target is the closed disclosure itself). */
const openHow = (): void => void ((document.getElementById('sa-how') as HTMLDetailsElement).open = true);

/**
 * The result in one compact bar above the requirements: the level achieved and the readiness for each level,
 * each said once; it stays in view at the top of the screen while the partner answers, and leads to what is
 * missing and to how to apply. Not a live region: the island reads it out once typing pauses (Announcer).
 */
export function ResultBar(props: {
  result: CompetencyAssessment;
  /** Which fields need attention before they count, or nothing. */
  note?: string | null | undefined;
  /** Where a partner reads how to apply (HOW_TO_APPLY), with the link's words. */
  apply: { href: string; label: string };
  text: WidgetText;
}) {
  const { result, text } = props;
  const offered = result.status === 'assessed' ? result : null;
  return (
    <div class="sa-bar">
      <div class="sa-summary">
        {offered ? (
          <p>
            {offered.headline.label}
            {text.colon}
            <strong>{offered.headline.value}</strong>
            {!offered.next && text.sentences + text.everyLevel}
          </p>
        ) : (
          <p>
            {result.status !== 'assessed' && (
              <MarkedValue text={result.message} illustrative={result.illustrative} />
            )}
          </p>
        )}
        {props.note && <p>{props.note}</p>}
      </div>
      {offered && (
        <ul class="sa-bars" role="list">
          {offered.levels.map((l) => (
            <li key={l.level}>
              <span id={`sa-bar-${l.level}`}>
                {l.title}
                {text.colon}
                {l.summary}
              </span>
              <progress max={100} value={l.percent} aria-labelledby={`sa-bar-${l.level}`} />
            </li>
          ))}
        </ul>
      )}
      <p class="sa-links">
        {offered?.next && (
          <a class="sa-to" href="#sa-missing">
            {text.whatsMissing}
          </a>
        )}{' '}
        <a class="sa-to" href="#sa-how" onClick={openHow}>
          {text.howScored}
        </a>{' '}
        <a class="sa-to" href={props.apply.href}>
          {props.apply.label}
        </a>
      </p>
    </div>
  );
}

/** What the next level still needs, requirement by requirement; nothing once every level is achieved. */
export function Missing({ result, text }: { result: CompetencyAssessment; text: WidgetText }) {
  const next = result.status === 'assessed' ? result.next : null;
  return (
    next && (
      <section id="sa-missing" class="sa-missing" aria-labelledby="sa-missing-h">
        <h4 id="sa-missing-h">{fill(text.missingFor, { level: next.title })}</h4>
        <ul class="sa-gaps">
          {next.missing.map((m) => (
            <li key={m.id}>
              <strong>{m.label}</strong>
              {text.colon}
              <MarkedValue text={m.gap} illustrative={m.illustrative} />
            </li>
          ))}
        </ul>
      </section>
    )
  );
}
