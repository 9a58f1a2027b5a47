/**
 * A labelled group of chips, each a link to one option; the chosen one carries aria-current, as HTML (see
 * html.ts). The catalogue filters and the eligibility explorer pick with it; `block` prefixes the classes
 * each styles it by (`<block>__group`, `<block>__label`, `<block>__options`).
 */
import { attr, html, type Html } from './html.ts';

export interface ChipGroupProps {
  /** The label's id, unique in the page, e.g. "filter-model". */
  id: string;
  /** The group's name, e.g. "Business model". */
  label: string;
  options: readonly { title: string; href: string; current: boolean }[];
  /** aria-current of the chosen option: "page" where it links to this page, "true" for a part of it. */
  currentAs: 'page' | 'true';
  block: string;
}

export function chipGroupHtml({ id, label, options, currentAs, block }: ChipGroupProps): Html {
  const chips = options.map(
    (o) =>
      html`<li><a class="chip" href="${o.href}"${attr('aria-current', o.current ? currentAs : undefined)}>${o.title}</a></li>`,
  );
  return html`<div class="${block}__group" role="group" aria-labelledby="${id}"><p class="${block}__label" id="${id}">${label}</p><ul class="inline-list ${block}__options">${chips}</ul></div>`;
}
