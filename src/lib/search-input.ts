/**
 * The part of a built page the search index reads. Pagefind skips scripts, styles and elements marked
 * `data-pagefind-ignore`, but it still parses them, and on a competency page they are most of the HTML (the
 * explorer's panels and the widget's data): handing it the page without them builds the same index in a
 * fraction of the time.
 */

const IGNORE_ATTRIBUTE = 'data-pagefind-ignore';

/** Where the tag that starts at `start` ends (just after its ">"), skipping quoted attribute values. */
function tagEnd(html: string, start: number): number {
  let quote = '';
  for (let i = start + 1; i < html.length; i++) {
    const char = html[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '>') {
      return i + 1;
    }
  }
  return -1;
}

/** Where the element whose opening tag starts at `start` ends (just after its closing tag), or -1. */
function elementEnd(html: string, start: number, name: string): number {
  const open = new RegExp(`<${name}(?=[\\s>/])|</${name}\\s*>`, 'gi');
  let depth = 0;
  open.lastIndex = start;
  for (let match = open.exec(html); match !== null; match = open.exec(html)) {
    if (match[0].startsWith('</')) {
      depth--;
      if (depth === 0) return match.index + match[0].length;
      open.lastIndex = match.index + match[0].length;
    } else {
      depth++;
      const end = tagEnd(html, match.index);
      if (end === -1) return -1;
      if (html[end - 2] === '/') depth--;
      open.lastIndex = end;
    }
  }
  return -1;
}

/**
 * A page as the search index needs it: without scripts, styles and elements marked `data-pagefind-ignore`.
 * Returns the page unchanged when its markup cannot be followed, so nothing is ever lost from the index.
 */
export function searchInput(html: string): string {
  let out = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
  let from = 0;
  for (;;) {
    const at = out.indexOf(IGNORE_ATTRIBUTE, from);
    if (at === -1) return out;
    const start = out.lastIndexOf('<', at);
    const name = /^<([a-zA-Z][\w-]*)/.exec(out.slice(start, start + 64))?.[1];
    const openEnd = start === -1 ? -1 : tagEnd(out, start);
    // The attribute must belong to that opening tag, not be text or another tag's value.
    if (name === undefined || openEnd === -1 || openEnd <= at) {
      from = at + IGNORE_ATTRIBUTE.length;
      continue;
    }
    const end = elementEnd(out, start, name);
    if (end === -1) return html;
    out = out.slice(0, start) + out.slice(end);
    from = start;
  }
}
