/**
 * A shown value with its provenance mark, as HTML: an illustrative value gets `data-illustrative`, a visible
 * asterisk (drawn by CSS) and, once, the word "illustrative" for screen readers; a sourced value is plain text. Every page
 * writes its values through here (MarkedValue.astro is this in a component); the islands render the same
 * markup with src/islands/shared/MarkedValue.tsx.
 */
import { MARK_NAME, type Marked, type Segments } from '../domain/provenance.ts';
import { escapeHtml, Html } from './html.ts';

// The asterisk is drawn by CSS (`.illustrative::after` in global.css), which keeps it out of the text a
// screen reader, a copy or the search index gets; they get the word instead. A page holds thousands of
// marks at scale, so the markup is as short as it can be.
const MARK_END = `<span class="visually-hidden"> (${MARK_NAME})</span></span>`;

function part(p: string | Marked): string {
  if (typeof p === 'string') return escapeHtml(p);
  return p.illustrative
    ? `<span class="illustrative" data-illustrative>${escapeHtml(p.text)}${MARK_END}`
    : escapeHtml(p.text);
}

/** The value, a text with marked values in it, or plain text. */
export function markedHtml(value: Marked | Segments | string): Html {
  if (typeof value === 'string' || 'text' in value) return new Html(part(value));
  return new Html(value.map(part).join(''));
}
