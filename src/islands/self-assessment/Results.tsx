import type { AnswerField } from '../../engine/answer-fields.ts';
import type { CompetencyAssessment, RequirementResult } from '../../engine/types.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';
import { StatusIcon } from '../shared/StatusIcon.tsx';

const percent = (share: number): number => Math.floor(share * 100);

// Presentation only: the engine decides the state, these are its words on screen.
const stateWords = { met: 'Met', partial: 'Partly met', unmet: 'Not met', unanswered: 'Not answered' };

/** Level titles by id, e.g. { expert: "Expert" }. */
type Titles = Readonly<Record<string, string>>;

/** One requirement's verdict at one level: icon, state in words, threshold and what is missing. */
function Verdict({ r }: { r: RequirementResult }) {
  return (
    <>
      <span class={`sa-st sa-st--${r.status}`}>
        <StatusIcon status={r.status} /> {stateWords[r.status]}
        {r.status === 'partial' && ` (${percent(r.progress)}%)`}
      </span>
      <span class="sa-why">
        Needs <MarkedValue text={r.reason.threshold} illustrative={r.illustrative} />.
      </span>
      {r.gap && r.status !== 'unanswered' && (
        <span class="sa-why">
          Missing: <MarkedValue text={r.gap} illustrative={r.illustrative} />.
        </span>
      )}
    </>
  );
}

/** The live summary: level achieved, readiness per level and what is missing for the next level. */
export function Summary(props: {
  result: CompetencyAssessment;
  levels: Titles;
  /** Which fields need attention before they count, or nothing. */
  note?: string | null | undefined;
}) {
  const { result, levels } = props;
  const offered = result.status === 'assessed' ? result : null;
  const next = offered?.next ?? null;
  return (
    <section class="sa-results" aria-labelledby="sa-results-h">
      <h3 id="sa-results-h">Your result</h3>
      <div role="status" class="sa-summary">
        {offered ? (
          <>
            <p class="sa-level">
              Level achieved: <strong>{offered.achieved ? levels[offered.achieved] : 'None'}</strong>
            </p>
            <p>
              {next
                ? `${percent(next.readiness)}% ready for ${levels[next.level]}`
                : 'Every level is achieved.'}
            </p>
          </>
        ) : (
          <p>{result.status === 'not-offered' ? result.message : ''}</p>
        )}
        {props.note && <p>{props.note}</p>}
      </div>
      {offered && (
        <>
          <ul class="sa-bars" role="list">
            {offered.levels.map((l) => (
              <li key={l.level}>
                <span id={`sa-bar-${l.level}`}>
                  {percent(l.readiness)}% ready for {levels[l.level]}
                </span>
                <progress max={100} value={percent(l.readiness)} aria-labelledby={`sa-bar-${l.level}`} />
              </li>
            ))}
          </ul>
          <h4>{next ? `What's missing for ${levels[next.level]}` : 'Nothing is missing'}</h4>
          {next ? (
            <ul class="sa-gaps">
              {next.missing.map((m) => (
                <li key={m.id}>
                  <strong>{m.label}</strong>: <MarkedValue text={m.gap} illustrative={m.illustrative} />
                </li>
              ))}
            </ul>
          ) : (
            <p>You meet every requirement of every level on this business model.</p>
          )}
        </>
      )}
    </section>
  );
}

/** Every requirement's state at every level, with its reason: the table the printed report keeps. */
export function ResultTable(props: {
  result: CompetencyAssessment;
  fields: readonly AnswerField[];
  levels: Titles;
}) {
  const { result, fields, levels } = props;
  if (result.status !== 'assessed') return null;
  return (
    <table class="sa-table">
      <caption>Requirement by requirement</caption>
      <thead>
        <tr>
          <th scope="col">Requirement</th>
          <th scope="col">Your answer</th>
          {result.levels.map((l) => (
            <th scope="col" key={l.level}>
              {levels[l.level]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => {
          const byLevel = result.levels.map((l) => l.requirements.find((r) => r.id === f.id));
          const answer = byLevel.find((r) => r !== undefined)?.reason.answer ?? 'not answered';
          return (
            <tr key={f.id}>
              <th scope="row">{f.requirement.label}</th>
              <td data-label="Your answer">{answer.charAt(0).toUpperCase() + answer.slice(1)}</td>
              {result.levels.map((l, i) => {
                const r = byLevel[i];
                return (
                  <td key={l.level} data-label={levels[l.level]}>
                    {r ? <Verdict r={r} /> : 'Not asked at this level'}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
