import type { ComponentChildren } from 'preact';
import type { RecordSource } from '../../schemas/record.ts';
import type { Translate } from '../../text/translate.ts';
import { ByNote } from './ByNote.tsx';

/** One entry's row: its cells, in the order of the columns, and what removes it. */
export interface EntryRow {
  key: string;
  cells: ComponentChildren[];
  /** Who entered it and when it came, shown under its first cell. */
  by?: RecordSource | undefined;
  /** The button's full name, e.g. "Remove Gateway Security Technical Specialist"; it shows "Remove". */
  removeName: string;
  remove: () => void;
}

/**
 * The entries of a section as a table, each with a button that removes it: columns side by side where they
 * fit; on a phone each entry is a block of its own, each cell under its column's name and the button beside
 * the first, so nothing scrolls sideways at 320 px. The roles are written out, as a table shown as blocks
 * loses them in some browsers.
 */
export function EntryTable(props: {
  t: Translate;
  caption: string;
  /** Whether the caption is for assistive technology only (the section's heading says it). */
  captionHidden?: boolean;
  columns: string[];
  rows: EntryRow[];
}) {
  const { t, caption, captionHidden = false, columns, rows } = props;
  return (
    <table class="ws-table ws-list" role="table">
      <caption class={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>
      <thead role="rowgroup">
        <tr role="row">
          {columns.map((c) => (
            <th scope="col" role="columnheader" key={c}>
              {c}
            </th>
          ))}
          <th scope="col" role="columnheader">
            <span class="visually-hidden">{t('workspace.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((row) => (
          <tr role="row" key={row.key}>
            {row.cells.map((cell, i) => (
              <td role="cell" key={i}>
                {i > 0 && (
                  <span class="ws-cell-h" aria-hidden="true">
                    {columns[i]}
                  </span>
                )}
                {cell}
                {i === 0 && <ByNote t={t} by={row.by} />}
              </td>
            ))}
            <td role="cell" class="ws-act">
              <button type="button" class="ws-remove" aria-label={row.removeName} onClick={row.remove}>
                {t('workspace.remove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
