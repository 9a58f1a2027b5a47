import { useRef } from 'preact/hooks';
import type { ComponentChild } from 'preact';
import type { PortfolioEntry, PortfolioView } from '../../engine/portfolio.ts';
import { MarkedValue } from '../shared/MarkedValue.tsx';
import { memo } from '../shared/memo.ts';
import { StatusIcon } from '../shared/StatusIcon.tsx';
import { useRowWindow, WINDOW_FROM } from './row-window.ts';
import type { Translate } from '../../text/translate.ts';
import type { PortfolioCompetency } from './use-portfolio.ts';

/**
 * One competency's row: the box that chooses it and a cell per level in the colour of its state. Rendered
 * again only when its own entry, box or level titles change (the view keeps an unchanged entry, and `choose`
 * stays the same function), so a tick redraws one row, not the whole list.
 */
const Row = memo(
  (props: {
    c: PortfolioCompetency;
    /** Its place in a long grid (useRowWindow), absent in a short one. */
    index: number | undefined;
    entry: PortfolioEntry | undefined;
    on: boolean;
    levels: Readonly<Record<string, string>>;
    choose: (slug: string, on: boolean) => void;
    w: Translate;
  }) => {
    const { c, index, entry, on, levels, choose, w } = props;
    const ids = Object.keys(levels);
    return (
      <tr
        class={on ? 'pf-on' : undefined}
        data-row={index}
        aria-rowindex={index === undefined ? undefined : index + 2}
      >
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
          <td colSpan={ids.length} class="pf-none">
            <MarkedValue text={w('portfolio.notOffered')} illustrative={entry.illustrative} />
          </td>
        ) : !on ? (
          <td colSpan={ids.length} class="pf-none">
            {w('portfolio.notChosen')}
          </td>
        ) : (
          ids.map((id) => {
            const l = entry?.levels.find((x) => x.level === id);
            return l ? (
              <td key={id} class={`pf-cell sa-st--${l.state}`}>
                <span class="sa-st">
                  <StatusIcon status={l.state} /> {w(`status.${l.state}`)}
                </span>
                <span class="pf-pct">{l.summary}</span>
                <progress max={100} value={l.percent} aria-hidden="true" />
              </td>
            ) : (
              <td key={id} class="pf-none">
                {w('matrix.notOffered')}
              </td>
            );
          })
        )}
      </tr>
    );
  },
);

/**
 * The portfolio at a glance: a row per competency, with the box that chooses it, and a cell per level in
 * the colour of its state. A long grid (WINDOW_FROM rows or more) renders, once the island runs, only the
 * rows near the screen and the one holding the focus, and every row to print (useRowWindow); it tells
 * assistive technology its full row count and each row's place.
 */
export function PortfolioTable(props: {
  areas: readonly PortfolioCompetency[];
  levels: Readonly<Record<string, string>>;
  view: PortfolioView;
  chosen: ReadonlySet<string>;
  /** True while a shared portfolio is shown. */
  disabled: boolean;
  /** The same function from one render to the next, so unchanged rows are not rendered again. */
  choose: (slug: string, on: boolean) => void;
  w: Translate;
}) {
  const { areas, levels, view, chosen, choose, w } = props;
  const body = useRef<HTMLTableSectionElement>(null);
  const long = areas.length >= WINDOW_FROM;
  const { spans, rowHeight } = useRowWindow(areas.length, body, view);
  const columns = Object.keys(levels).length + 1;
  // Empty rows of about the height of those left out, so the page keeps its length and scroll position.
  const gap = (rows: number, key: string) =>
    rows > 0 && (
      <tr key={key} class="pf-gap" aria-hidden="true">
        <td colSpan={columns} style={{ height: `${rows * rowHeight}px` }} />
      </tr>
    );
  const rows: ComponentChild[] = [];
  let at = 0;
  for (const [from, to] of spans) {
    rows.push(gap(from - at, `gap-${from}`));
    for (const [i, c] of areas.slice(from, to).entries()) {
      rows.push(
        <Row
          key={c.slug}
          c={c}
          index={long ? from + i : undefined}
          entry={view.entries[c.slug]}
          on={chosen.has(c.slug)}
          levels={levels}
          choose={choose}
          w={w}
        />,
      );
    }
    at = to;
  }
  rows.push(gap(areas.length - at, 'gap-end'));
  return (
    <fieldset class="pf-choose" disabled={props.disabled}>
      <legend>{w('portfolio.choose')}</legend>
      <table class="pf-table ruled" aria-rowcount={long ? areas.length + 1 : undefined}>
        <thead>
          <tr aria-rowindex={long ? 1 : undefined}>
            <th scope="col">{w('portfolio.competency')}</th>
            {Object.entries(levels).map(([id, title]) => (
              <th scope="col" key={id}>
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={body}>{rows}</tbody>
      </table>
    </fieldset>
  );
}
