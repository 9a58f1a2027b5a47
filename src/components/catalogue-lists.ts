/**
 * The two lists of a catalogue view, as HTML (see html.ts): a filter page lists up to every competency,
 * the matching ones as cards and the ruled-out ones with the reason.
 */
import type { CompetencyCardModel } from '../views/catalogue.ts';
import type { FilteredCatalogue, FilteredItem } from '../views/filters.ts';
import { competencyCardHtml } from './competency-card.ts';
import { html, type Html } from './html.ts';
import { markedHtml } from './marked-html.ts';

/** One `<li>` per matching competency with a card. */
export function cardItemsHtml(
  items: readonly FilteredItem[],
  cards: Readonly<Record<string, CompetencyCardModel>>,
  href: (slug: string) => string,
): Html {
  const item = (i: FilteredItem) => {
    const card = cards[i.rules.slug];
    return (
      card &&
      html`<li>${competencyCardHtml({ card, href: href(i.rules.slug), set: i.set, diffs: i.diffs })}</li>`
    );
  };
  return html`${items.map(item)}`;
}

/** One `<li>` per ruled-out competency: its link and why, with the marks of the reasons. */
export function excludedItemsHtml(
  excluded: FilteredCatalogue['excluded'],
  href: (slug: string) => string,
): Html {
  return html`${excluded.map((e) => {
    const why = markedHtml(e.marked.flatMap((m, i) => (i > 0 ? ['; ', m] : [m])));
    return html`<li><a href="${href(e.rules.slug)}">${e.rules.title}</a>: ${why}.</li>`;
  })}`;
}
