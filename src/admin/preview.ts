/**
 * The preview of a competency: its requirement tables as the site renders them, from the same view model
 * (buildRequirementMatrix) and with the same markup and classes as src/components/RequirementMatrix.astro,
 * written with the React `h` Decap provides.
 */
import { markedHtml } from './marked-html.ts';
import { MARK_LEGEND, type Marked, type Segments } from '../domain/provenance.ts';
import { CompetencySchema } from '../schemas/competency.ts';
import { toRules } from '../domain/rules.ts';
import { kindTitle } from '../domain/kinds.ts';
import type { MatrixLabels } from '../domain/labels.ts';
import { buildRequirementMatrix, EMPTY_CELL_TEXT, type LevelMatrix } from '../views/catalogue.ts';
import type { CreateElement, PreviewProps } from './decap-globals.ts';
import { frontmatterOf } from './mdx-format.ts';
import { translator } from '../text/text.ts';

/** The editor edits the English source, so its preview speaks English. */
const t = translator('en');

/** A value with its mark as React's inner HTML, from the helper every page writes its values with. */
const marks = (value: Marked | Segments) => ({ __html: markedHtml(value) });

function levelTable(h: CreateElement, competency: string, level: LevelMatrix): unknown {
  const prefix = `req-${level.level}`;
  const colId = (model: string) => `${prefix}-${model}`;
  return h(
    'table',
    { className: 'matrix__table', id: `requirements-${level.level}`, key: level.level },
    h(
      'caption',
      null,
      `${level.title} level`,
      h('span', { className: 'matrix__caption-note' }, `${competency} requirements by business model`),
    ),
    h(
      'colgroup',
      null,
      level.columns.map((col) =>
        h('col', { key: col.model, className: col.offered ? undefined : 'matrix__off-col' }),
      ),
    ),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        level.columns.map((col) =>
          h(
            'th',
            {
              scope: 'col',
              id: colId(col.model),
              key: col.model,
              className: col.offered ? undefined : 'matrix__off',
            },
            h('span', { className: 'visually-hidden' }, `${col.levelTitle}, `),
            col.modelTitle,
            col.offered
              ? null
              : h('span', { className: 'matrix__off-note', dangerouslySetInnerHTML: marks(col.notOffered) }),
          ),
        ),
      ),
    ),
    level.rows.map((row) => {
      const rowId = `${prefix}-row-${row.id}`;
      return h(
        'tbody',
        { key: row.id },
        h(
          'tr',
          null,
          h(
            'th',
            { scope: 'rowgroup', id: rowId, colSpan: level.columns.length, className: 'matrix__label' },
            row.label,
            h('span', { className: 'matrix__kind' }, kindTitle(row.kind, t)),
          ),
        ),
        h(
          'tr',
          null,
          row.cells.map((cell, i) => {
            const headers = `${rowId} ${colId(level.columns[i]?.model ?? '')}`;
            if (cell.state === 'not-offered') {
              return h(
                'td',
                { key: i, headers, className: 'matrix__off' },
                h('span', { className: 'visually-hidden' }, t(EMPTY_CELL_TEXT['not-offered'])),
              );
            }
            if (cell.state === 'not-required')
              return h(
                'td',
                { key: i, headers, className: 'matrix__none' },
                t(EMPTY_CELL_TEXT['not-required']),
              );
            return h(
              'td',
              { key: i, headers },
              // The values with their marks, written by the site's own helper.
              h('span', { className: 'matrix__threshold', dangerouslySetInnerHTML: marks(cell.threshold) }),
              cell.carried
                ? h('span', { className: 'matrix__carried' }, `Carried from ${cell.carriedFrom}`)
                : null,
              h('span', {
                className: 'matrix__evidence',
                dangerouslySetInnerHTML: marks(['Evidence: ', cell.evidence]),
              }),
              ...cell.counting.map((rule) =>
                h('span', {
                  key: rule.text,
                  className: 'matrix__counting',
                  dangerouslySetInnerHTML: marks(rule),
                }),
              ),
            );
          }),
        ),
      );
    }),
  );
}

/** The preview template for the competencies collection. */
export function competencyPreview(h: CreateElement, labels: MatrixLabels): (props: PreviewProps) => unknown {
  return function CompetencyPreview({ entry }: PreviewProps) {
    const data = (entry.get('data') as { toJS(): Record<string, unknown> }).toJS();
    const parsed = CompetencySchema.safeParse(frontmatterOf(data));
    if (!parsed.success) {
      return h(
        'main',
        { className: 'admin-preview' },
        h(
          'p',
          { role: 'status' },
          'The requirement tables show once every field has a valid value; saving lists what is wrong.',
        ),
      );
    }
    const saved = entry.get('slug');
    const slug = typeof saved === 'string' ? saved : '';
    const matrix = buildRequirementMatrix(toRules({ id: slug, data: parsed.data }), labels, t);
    return h(
      'main',
      { className: 'admin-preview' },
      h('h1', null, `${parsed.data.title} competency`),
      h('p', null, parsed.data.summary),
      h('h2', null, 'Requirements'),
      h(
        'div',
        { className: 'matrix' },
        matrix.levels
          .filter((l) => l.offered && l.rows.length > 0)
          .map((l) => levelTable(h, matrix.competency, l)),
      ),
      matrix.illustrative
        ? h(
            'p',
            { className: 'illustrative-note' },
            h('span', { className: 'illustrative-mark', 'aria-hidden': 'true' }, '*'),
            h('span', null, h('strong', null, t(MARK_LEGEND.lead)), ` ${t(MARK_LEGEND.text)}`),
          )
        : null,
    );
  };
}
