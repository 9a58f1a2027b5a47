import type { ActionPlanRow, IllustrativeField } from '../../engine/action-plan.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';
import { memo } from '../shared/memo.ts';

const marked = (row: ActionPlanRow, field: IllustrativeField, text: string) => (
  <MarkedValue text={text} illustrative={row.illustrative.includes(field)} />
);

/**
 * One competency's rows, rendered again only when they change (portfolioPlanGroups keeps an unchanged
 * competency's list), so a tick redraws one competency's rows, not the whole plan.
 */
const Group = memo(({ rows }: { rows: readonly ActionPlanRow[] }) => (
  <>
    {rows.map((r) => (
      <tr key={`${r.slug} ${r.rules} ${r.requirement}`}>
        <td>
          {r.competency}, {r.level}
          {r.rules === 'announced' && <>, {marked(r, 'rulesVersion', `announced rules ${r.rulesVersion}`)}</>}
        </td>
        <th scope="row">{r.requirement}</th>
        <td>{marked(r, 'status', r.status)}</td>
        <td>{marked(r, 'missing', r.missing)}</td>
        <td>{marked(r, 'evidence', r.evidence)}</td>
      </tr>
    ))}
  </>
));

/**
 * The combined action plan on paper: the rows of the CSV export (portfolioPlan), what each competency still
 * needs for its next level with the evidence to show. On screen the export stands for it, so it prints only
 * (portfolio.css); nothing when no competency answered has a level to reach.
 */
export function PrintedPlan({
  groups,
}: {
  groups: readonly { slug: string; rows: readonly ActionPlanRow[] }[];
}) {
  if (groups.length === 0) return null;
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
          {groups.map((g) => (
            <Group key={g.slug} rows={g.rows} />
          ))}
        </tbody>
      </table>
    </section>
  );
}
