/**
 * Pure helpers of the search page: reading the query from the address, and turning a Pagefind excerpt
 * (text with <mark> around the hits) into plain parts the page writes as text, never as HTML.
 */
import { decodeEntities } from '../util/html-entities.ts';

/** The longest query the page runs; longer input is cut, as no term in the catalogue comes close. */
export const MAX_QUERY = 200;

/** The query in a location's search string (`?q=...`), trimmed and cut to MAX_QUERY; "" when absent. */
export function queryFrom(search: string): string {
  return (new URLSearchParams(search).get('q') ?? '').trim().slice(0, MAX_QUERY);
}

/** The search string for a query, e.g. "?q=customer+satisfaction"; "" for an empty query. */
export function searchFor(query: string): string {
  const q = query.trim();
  return q === '' ? '' : `?${new URLSearchParams({ q }).toString()}`;
}

/** One run of an excerpt: text, highlighted when it matched the query. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Splits a Pagefind excerpt into runs of text, marked where the hits were. Any other tag is dropped, so
 * whatever the index holds is shown as text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>') mark = true;
    else if (tag === '</mark>') mark = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text !== '') parts.push({ text, mark });
    }
  }
  return parts;
}

/** The page's status lines in its language, handed to its script by the page (keys `search.results*`). */
export interface SearchWords {
  none: string;
  one: string;
  other: string;
}

/**
 * The status line for a finished search, e.g. "3 results for “edisc”", in `lang`. Its two placeholders are
 * put in here rather than with `fill` (src/text/fill.ts): the page's own script may load nothing the islands
 * share (its budget is 2 kB, the islands' shared code 9 kB).
 */
export function resultSummary(query: string, count: number, words: SearchWords, lang: string): string {
  const text =
    count === 0 ? words.none : new Intl.PluralRules(lang).select(count) === 'one' ? words.one : words.other;
  return text
    .replaceAll('{count}', new Intl.NumberFormat(lang).format(count))
    .replaceAll('{query}', () => query);
}
