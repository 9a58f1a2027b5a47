/**
 * Every competency side by side, one block per level, as HTML (see html.ts): a table (competencies by
 * requirement kind) on wide screens and in print, one card per competency on narrow screens, so a phone
 * never scrolls sideways. Only one of the two is displayed at a time (CompareTable.astro's styles), so
 * assistive technology meets the content once.
 */
import { BADGES } from '../domain/labels.ts';
import { marked } from '../domain/provenance.ts';
import { EMPTY_CELL_WORDS } from '../views/catalogue.ts';
import type { CompareLevel, CompareRow, Comparison } from '../views/compare.ts';
import { html, type Html } from './html.ts';
import { markedHtml } from './marked-html.ts';

type Level = Comparison['levels'][number];

const reasonOf = (at: CompareLevel | undefined) => at && markedHtml(marked(at.reason, at.reasonIllustrative));
const noteOf = (row: CompareRow) => markedHtml(marked(row.note, row.regionsIllustrative));

function tableRow(
  row: CompareRow,
  at: CompareLevel | undefined,
  level: Level,
  href: string | undefined,
): Html {
  const interim = row.interim && html`<span class="cmp__badge">${BADGES.interim}</span>`;
  const note = row.note && html`<span class="cmp__note">${noteOf(row)}</span>`;
  const cells = at?.available
    ? level.kinds.map(({ kind }) => {
        const lines = at.byKind[kind] ?? [];
        return lines.length === 0
          ? html`<td class="cmp__none"><span aria-hidden="true">–</span><span class="visually-hidden">${EMPTY_CELL_WORDS['not-required']}</span></td>`
          : html`<td>${lines.map((line) => html`<span class="cmp__line">${markedHtml(marked(line.threshold, line.illustrative))}</span>`)}</td>`;
      })
    : html`<td colspan="${level.kinds.length}" class="cmp__reason">${reasonOf(at)}</td>`;
  const off = at?.available ? '' : html` class="cmp__off"`;
  return html`<tr${off}><th scope="row"><a href="${href}">${row.title}</a>${interim}${note}</th>${cells}</tr>`;
}

function card(row: CompareRow, at: CompareLevel | undefined, level: Level, href: string | undefined): Html {
  const interim = row.interim && html`<p class="cmp__badge">${BADGES.interim}</p>`;
  const note = row.note && html`<p class="cmp__note">${noteOf(row)}</p>`;
  const body = at?.available
    ? html`<dl>${level.kinds
        .filter(({ kind }) => (at.byKind[kind] ?? []).length > 0)
        .map(
          ({ kind, title }) =>
            html`<dt>${title}</dt>${(at.byKind[kind] ?? []).map((line) => html`<dd>${markedHtml(marked(line.threshold, line.illustrative))}</dd>`)}`,
        )}</dl>`
    : html`<p class="cmp__reason">${reasonOf(at)}</p>`;
  const classes = at?.available ? 'cmp__card' : 'cmp__card cmp__off';
  return html`<li class="${classes}"><h3><a href="${href}">${row.title}</a><span class="visually-hidden">, ${level.title} level</span></h3>${interim}${note}${body}</li>`;
}

/** The comparison; `hrefs` are the competency pages' paths (base included) by slug, `described` the view in words. */
export function compareTableHtml(
  comparison: Comparison,
  hrefs: Readonly<Record<string, string>>,
  described: string,
): Html {
  const { rows } = comparison;
  return html`${comparison.levels.map((level) => {
    const heads = level.kinds.map((k) => html`<th scope="col">${k.title}</th>`);
    const caption = `${level.title} requirements of every competency for ${described}`;
    const ats = rows.map((row) => row.levels.find((l) => l.level === level.id));
    const tableRows = rows.map((row, i) => tableRow(row, ats[i], level, hrefs[row.slug]));
    const cards = rows.map((row, i) => card(row, ats[i], level, hrefs[row.slug]));
    const table = html`<table class="cmp__table"><caption class="visually-hidden">${caption}</caption><thead><tr><th scope="col">Competency</th>${heads}</tr></thead><tbody>${tableRows}</tbody></table>`;
    return html`<section class="cmp" aria-labelledby="cmp-${level.id}"><h2 id="cmp-${level.id}">${level.title} level</h2><div class="cmp__wide">${table}</div><ul class="grid cmp__cards">${cards}</ul></section>`;
  })}`;
}
