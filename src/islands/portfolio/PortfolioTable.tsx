import type { PortfolioView } from '../../engine/portfolio.ts';
import { STATUS_WORDS } from '../../domain/requirement-status.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';
import { StatusIcon } from '../shared/StatusIcon.tsx';
import type { PortfolioCompetency } from './use-portfolio.ts';

/**
 * The portfolio at a glance: a row per competency, with the box that chooses it, and a cell per level in
 * the colour of its state.
 */
export function PortfolioTable(props: {
  areas: readonly PortfolioCompetency[];
  levels: Readonly<Record<string, string>>;
  view: PortfolioView;
  chosen: ReadonlySet<string>;
  /** True while a shared portfolio is shown. */
  disabled: boolean;
  choose: (slug: string, on: boolean) => void;
}) {
  const { areas, levels, view, chosen, choose } = props;
  const span = Object.keys(levels).length;
  return (
    <fieldset class="pf-choose" disabled={props.disabled}>
      <legend>Competencies you hold or target</legend>
      <table class="pf-table">
        <thead>
          <tr>
            <th scope="col">Competency</th>
            {Object.entries(levels).map(([id, title]) => (
              <th scope="col" key={id}>
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {areas.map((c) => {
            const entry = view.entries[c.slug];
            const on = chosen.has(c.slug);
            return (
              <tr key={c.slug} class={on ? 'pf-on' : undefined}>
                <th scope="row">
                  <input
                    type="checkbox"
                    id={`pf-pick-${c.slug}`}
                    checked={on}
                    onChange={(e) => choose(c.slug, e.currentTarget.checked)}
                  />
                  <label for={`pf-pick-${c.slug}`}>{c.title}</label>
                </th>
                {entry?.offered === false ? (
                  <td colSpan={span} class="pf-none">
                    <MarkedValue text="Not offered for this choice" illustrative={entry.illustrative} />
                  </td>
                ) : !on ? (
                  <td colSpan={span} class="pf-none">
                    Not in your portfolio
                  </td>
                ) : (
                  Object.keys(levels).map((id) => {
                    const l = entry?.levels.find((x) => x.level === id);
                    return l ? (
                      <td key={id} class={`pf-cell sa-st--${l.state}`}>
                        <span class="sa-st">
                          <StatusIcon status={l.state} /> {STATUS_WORDS[l.state]}
                        </span>
                        <span class="pf-pct">{l.summary}</span>
                        <progress max={100} value={l.percent} aria-hidden="true" />
                      </td>
                    ) : (
                      <td key={id} class="pf-none">
                        Not offered
                      </td>
                    );
                  })
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
