/**
 * The two lists of a catalogue view, as HTML (see html.ts): a filter page lists up to every competency,
 * the matching ones as cards and the ruled-out ones with the reason.
 */
import type { CompetencyCardModel } from '../views/catalogue.ts';
import type { FilteredCatalogue, FilteredItem } from '../views/filters.ts';
import { competencyCardHtml } from './competency-card.ts';
import { html, join, type Html } from './html.ts';
import { markedHtml } from './marked-html.ts';

/** One `<li>` per matching competency with a card. */
export function cardItemsHtml(
  items: readonly FilteredItem[],
  cards: Readonly<Record<string, CompetencyCardModel>>,
  href: (slug: string) => string,
): Html {
  return join(
    items.map((item) => {
      const card = cards[item.rules.slug];
      if (!card) return null;
      const cardHtml = competencyCardHtml({
        card,
        href: href(item.rules.slug),
        set: item.set,
        diffs: item.diffs,
      });
      return html`<li>${cardHtml}</li>`;
    }),
  );
}

/** One `<li>` per ruled-out competency: its link and why, with the marks of the reasons. */
export function excludedItemsHtml(
  excluded: FilteredCatalogue['excluded'],
  href: (slug: string) => string,
): Html {
  return join(
    excluded.map((e) => {
      const why = markedHtml(e.marked.flatMap((m, i) => (i > 0 ? ['; ', m] : [m])));
      return html`<li><a href="${href(e.rules.slug)}">${e.rules.title}</a>: ${why}.</li>`;
    }),
  );
}
