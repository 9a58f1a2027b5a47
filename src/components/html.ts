/**
 * HTML written as strings, for the fragments a build writes thousands of times (a marked value, a requirement
 * set, a catalogue card, a comparison row). An Astro component costs a render call, its props and its own
 * result object for each instance, which at 1,000 competencies was most of the build's rendering; a template
 * string costs a concatenation. A component that uses them writes the result with `set:html`.
 *
 * Text and attribute values are escaped as Astro escapes them (`& < > " '`), so a fragment reads the same
 * either way. Only `Html`, what `html` returns, passes through unescaped.
 */

/** HTML that is safe to write as it is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** What a template may hold: text (escaped), HTML, lists of either, and nothing (false, null, undefined). */
export type HtmlPart = Html | string | number | false | null | undefined | readonly HtmlPart[];

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : text;
}

function write(part: HtmlPart): string {
  if (part instanceof Html) return part.value;
  if (typeof part === 'string') return escapeHtml(part);
  if (typeof part === 'number') return String(part);
  if (Array.isArray(part)) return part.map(write).join('');
  return '';
}

/** A template of HTML: `html\`<li>${label}</li>\``, with every interpolated text escaped and lists joined. */
export function html(strings: TemplateStringsArray, ...parts: readonly HtmlPart[]): Html {
  let out = strings[0] ?? '';
  for (let i = 0; i < parts.length; i++) out += write(parts[i]) + (strings[i + 1] ?? '');
  return new Html(out);
}

/** ` name="value"` for a present value, nothing for an absent one; `true` and `''` write the bare name. */
export function attr(name: string, value: string | number | boolean | null | undefined): Html {
  if (value === undefined || value === null || value === false) return new Html('');
  if (value === true || value === '') return new Html(` ${name}`);
  return new Html(` ${name}="${escapeHtml(String(value))}"`);
}
