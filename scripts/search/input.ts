/**
 * The part of a built page the search index reads. Pagefind skips scripts, styles and elements marked
 * `data-pagefind-ignore`, but it still parses them, and on a competency page they are most of the HTML (the
 * explorer's panels and the widget's data): handing it the page without them builds the same index in a
 * fraction of the time.
 */

const IGNORE_ATTRIBUTE = 'data-pagefind-ignore';

/** Where the tag that starts at `start` ends (just after its ">"), skipping quoted attribute values. */
function tagEnd(html: string, start: number): number {
  for (let i = start + 1; i < html.length; i++) {
    const char = html[i];
    if (char === '"' || char === "'") {
      // Jump over the value in one search: an island's data can be tens of kilobytes.
      i = html.indexOf(char, i + 1);
      if (i === -1) return -1;
    } else if (char === '>') {
      return i + 1;
    }
  }
  return -1;
}

/** Where the element whose opening tag starts at `start` ends (just after its closing tag), or -1. */
function elementEnd(html: string, start: number, name: string): number {
  // Script and style bodies are skipped whole: their text may hold anything, "</div>" included.
  const tags = new RegExp(`<${name}(?=[\\s>/])|</${name}\\s*>|<(script|style)(?=[\\s>])`, 'gi');
  let depth = 0;
  tags.lastIndex = start;
  for (let match = tags.exec(html); match !== null; match = tags.exec(html)) {
    const raw = match[1];
    if (raw !== undefined) {
      const closing = new RegExp(`</${raw}\\s*>`, 'gi');
      closing.lastIndex = match.index;
      const close = closing.exec(html);
      if (close === null) return -1;
      tags.lastIndex = close.index + close[0].length;
    } else if (match[0].startsWith('</')) {
      depth--;
      if (depth === 0) return match.index + match[0].length;
    } else {
      depth++;
      const end = tagEnd(html, match.index);
      if (end === -1) return -1;
      if (html[end - 2] === '/') depth--;
      tags.lastIndex = end;
    }
  }
  return -1;
}

/**
 * A page as the search index needs it: without scripts, styles and elements marked `data-pagefind-ignore`.
 * Returns the page unchanged when its markup cannot be followed, so nothing is ever lost from the index.
 */
export function searchInput(html: string): string {
  let out = html;
  let from = 0;
  for (;;) {
    const at = out.indexOf(IGNORE_ATTRIBUTE, from);
    // Scripts and styles go last, from what is left.
    if (at === -1) return out.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '');
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
