/**
 * A shown value with its provenance mark, as HTML text, for the editor's preview (preview.ts), which runs in
 * the browser and writes its markup with the `h` Decap provides, where no Astro component can render. The
 * pages write marks with src/components/MarkedValue.astro and the islands with
 * src/islands/shared/MarkedValue.tsx; test/admin/marked-html.test.ts checks that this writes exactly what
 * MarkedValue.astro does.
 */
import type { Marked, Segments } from '../domain/provenance.ts';
import { translator } from '../text/text.ts';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content, as Astro escapes an expression (`& < > " '`). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

// The asterisk is drawn by CSS (`.illustrative::after` in global.css), which keeps it out of the text a
// screen reader or a copy gets; they get the word instead, in English as the editor is.
const MARK_END = `<span class="visually-hidden"> (${translator('en')('site.markName')})</span></span>`;

function part(p: string | Marked): string {
  if (typeof p === 'string') return escapeHtml(p);
  return p.illustrative
    ? `<span class="illustrative" data-illustrative>${escapeHtml(p.text)}${MARK_END}`
    : escapeHtml(p.text);
}

/** The value, a text with marked values in it, or plain text, as HTML. */
export function markedHtml(value: Marked | Segments | string): string {
  if (typeof value === 'string' || 'text' in value) return part(value);
  return value.map(part).join('');
}
