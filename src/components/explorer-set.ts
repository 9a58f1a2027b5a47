/**
 * One requirement set of the eligibility explorer and what changes with another choice, as HTML (see
 * html.ts for why a string): the catalogue's cards and the competency page's explorer write one per
 * competency and choice. An unavailable choice shows its reason instead of a list, so nothing is hidden.
 */
import { marked } from '../domain/provenance.ts';
import type { RequirementChange, RequirementSet, SetDiff } from '../views/explorer.ts';
import { html, type Html } from './html.ts';
import { markedHtml } from './marked-html.ts';
import './explorer-set.css';

/** The sign before a requirement that another choice adds, removes or changes. */
export const CHANGE_MARKS: Readonly<Record<RequirementChange['change'], string>> = {
  added: '+',
  removed: '−',
  changed: '→',
};

function diffHtml(set: RequirementSet, d: SetDiff): Html {
  const body = !d.available
    ? html`<p class="xdiff__off">${markedHtml(marked(d.reason, d.reasonIllustrative))}.</p>`
    : d.changes.length === 0
      ? html`<p>${set.available ? 'the same requirements.' : 'available.'}</p>`
      : html`<ul class="xdiff__list">${d.changes.map(
          (c) =>
            html`<li class="xdiff__${c.change}"><span class="xdiff__mark" aria-hidden="true">${CHANGE_MARKS[c.change]}</span><span>${markedHtml(c.parts)}</span></li>`,
        )}</ul>`;
  return html`<div class="xdiff"><p class="xdiff__head">${d.heading}:</p>${body}</div>`;
}

/** The set, then its differences: side by side where the screen is wide enough with `columns`, else stacked. */
export function explorerSetHtml(set: RequirementSet, diffs: readonly SetDiff[], columns = false): Html {
  const list = set.available
    ? html`<ul class="xset__list">${set.requirements.map(
        (r) =>
          html`<li><span class="xset__label">${r.label}</span> <span class="xset__threshold">${markedHtml(marked(r.threshold, r.illustrative))}</span></li>`,
      )}</ul>`
    : html`<p class="xset__off">${markedHtml(marked(set.reason, set.reasonIllustrative))}.</p>`;
  const note =
    set.note && html`<p class="xset__note">${markedHtml(marked(set.note, set.regionsIllustrative))}</p>`;
  return html`<div class="${columns ? 'xset xset--columns' : 'xset'}"><div>${list}${note}</div><div>${diffs.map((d) => diffHtml(set, d))}</div></div>`;
}
