import type { ActionPlanRow, IllustrativeField } from '../../engine/action-plan.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';

/**
 * The combined action plan on paper: the rows of the CSV export (portfolioPlan), what each competency still
 * needs for its next level with the evidence to show. On screen the export stands for it, so it prints only
 * (portfolio.css); nothing when no competency answered has a level to reach.
 */
export function PrintedPlan({ rows }: { rows: readonly ActionPlanRow[] }) {
  if (rows.length === 0) return null;
  const marked = (row: ActionPlanRow, field: IllustrativeField, text: string) => (
    <MarkedValue text={text} illustrative={row.illustrative.includes(field)} />
  );
  return (
    <section class="pf-plan" aria-labelledby="pf-plan-h">
      <h2 id="pf-plan-h">Action plan</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            <th scope="col">Requirement</th>
            <th scope="col">Status</th>
            <th scope="col">What is missing</th>
            <th scope="col">Evidence</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.slug} ${r.requirement}`}>
              <td>
                {r.competency}, {r.level}
              </td>
              <th scope="row">{r.requirement}</th>
              <td>{marked(r, 'status', r.status)}</td>
              <td>{marked(r, 'missing', r.missing)}</td>
              <td>{marked(r, 'evidence', r.evidence)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
