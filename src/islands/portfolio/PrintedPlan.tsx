import type { ActionPlanRow, IllustrativeField } from '../../engine/action-plan.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';
import { memo } from '../shared/memo.ts';
import type { Translate } from '../../text/translate.ts';
import { formatDay } from '../../text/days.ts';

const marked = (row: ActionPlanRow, field: IllustrativeField, text: string) => (
  <MarkedValue text={text} illustrative={row.illustrative.includes(field)} />
);

/**
 * One competency's rows, rendered again only when they change (portfolioPlanGroups keeps an unchanged
 * competency's list), so a tick redraws one competency's rows, not the whole plan.
 */
const Group = memo(({ rows, w }: { rows: readonly ActionPlanRow[]; w: Translate }) => (
  <>
    {rows.map((r) => (
      <tr key={`${r.slug} ${r.rules} ${r.requirement}`}>
        <td>
          {r.competency}, {r.level}
          {r.rules === 'announced' && (
            <>, {marked(r, 'rulesVersion', w('portfolio.plan.announced', { version: r.rulesVersion }))}</>
          )}
        </td>
        <th scope="row">{r.requirement}</th>
        <td>{marked(r, 'status', r.status)}</td>
        <td>{marked(r, 'missing', r.missing)}</td>
        <td>{marked(r, 'evidence', r.evidence)}</td>
        <td>{r.owner}</td>
        <td>{r.evidenceStatus && w(`plan.evidence.${r.evidenceStatus}`)}</td>
        <td>{r.due && formatDay(w.formats, r.due)}</td>
      </tr>
    ))}
  </>
));

/**
 * The combined action plan on paper: the rows of the CSV export (portfolioPlan), what each competency still
 * needs for its next level with the evidence to show, and who owns that evidence, where it stands and when
 * it is due (from the partner record). On screen the export stands for it, so it prints only
 * (portfolio.css); nothing when no competency answered has a level to reach. Rendered again only when its
 * groups change (a tick's, after the paint), not with every render of the page.
 */
export const PrintedPlan = memo(
  ({ groups, w }: { groups: readonly { slug: string; rows: readonly ActionPlanRow[] }[]; w: Translate }) => {
    if (groups.length === 0) return null;
    return (
      <section class="pf-plan" aria-labelledby="pf-plan-h">
        <h2 id="pf-plan-h">{w('portfolio.plan')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{w('portfolio.competency')}</th>
              <th scope="col">{w('widget.requirement')}</th>
              <th scope="col">{w('portfolio.plan.status')}</th>
              <th scope="col">{w('portfolio.plan.missing')}</th>
              <th scope="col">{w('checklist.evidence')}</th>
              <th scope="col">{w('plan.column.owner')}</th>
              <th scope="col">{w('plan.column.evidenceStatus')}</th>
              <th scope="col">{w('plan.column.dueDate')}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <Group key={g.slug} rows={g.rows} w={w} />
            ))}
          </tbody>
        </table>
      </section>
    );
  },
);
