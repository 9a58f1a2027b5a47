/**
 * A small, careful scanner for the start tags of built HTML pages: enough for the site gates (links, budgets,
 * SEO), which only need tag names, attribute values and the text of a few raw-text elements. It is not a
 * full HTML parser: it does not build a tree or repair markup; html-validate checks the markup itself.
 */
import { decodeEntities } from '../../../src/util/html-entities.ts';

/** One start tag found in a page. */
export interface ScannedTag {
  /** Lower-case tag name, e.g. `a` or `astro-island`. */
  name: string;
  /** Attributes by lower-case name, values with character references decoded; a bare attribute has value "". */
  attrs: ReadonlyMap<string, string>;
  /** Text up to the matching end tag, for script, style, title and textarea; undefined for other tags. */
  text?: string;
  /** Offset of the `<` in the page, for messages. */
  offset: number;
}

// Elements whose content is text up to their own end tag, never markup.
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);

const isSpace = (ch: string | undefined): boolean =>
  ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f';
const isNameStart = (ch: string | undefined): boolean => ch !== undefined && /[a-z]/i.test(ch);

/** Returns every start tag of `html` in document order, skipping comments, doctypes and end tags. */
export function scanTags(html: string): ScannedTag[] {
  const tags: ScannedTag[] = [];
  // Names are lower-cased one at a time: lower-casing a whole page that holds non-ASCII text (a two-byte
  // string) made V8 allocate and collect so much that scanning a site of large pages took minutes.
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const next = html[lt + 1];
    if (next === '!' || next === '?' || next === '/') {
      const end = html.indexOf('>', lt + 2);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (!isNameStart(next)) {
      i = lt + 1;
      continue;
    }
    let j = lt + 1;
    while (j < html.length && !isSpace(html[j]) && html[j] !== '>' && html[j] !== '/') j++;
    const name = html.slice(lt + 1, j).toLowerCase();
    const attrs = new Map<string, string>();
    // Attribute loop: names end at space, '/', '>' or '='; values are quoted or run to space or '>'.
    while (j < html.length && html[j] !== '>') {
      if (isSpace(html[j]) || html[j] === '/') {
        j++;
        continue;
      }
      const nameStart = j;
      while (j < html.length && !isSpace(html[j]) && html[j] !== '>' && html[j] !== '/' && html[j] !== '=')
        j++;
      // A name may begin with '=' or '/' in malformed markup; step over it so the loop always advances.
      if (j === nameStart) j++;
      const attrName = html.slice(nameStart, j).toLowerCase();
      while (isSpace(html[j])) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (isSpace(html[j])) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const close = html.indexOf(quote, j + 1);
          const end = close === -1 ? html.length : close;
          value = html.slice(j + 1, end);
          j = end + 1;
        } else {
          const valueStart = j;
          while (j < html.length && !isSpace(html[j]) && html[j] !== '>') j++;
          value = html.slice(valueStart, j);
        }
      }
      // The first occurrence of an attribute wins, as in browsers.
      if (attrName && !attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
    }
    const tagEnd = Math.min(j + 1, html.length);
    if (RAW_TEXT.has(name)) {
      const closing = new RegExp(`</${name}`, 'gi');
      closing.lastIndex = tagEnd;
      const close = closing.exec(html)?.index ?? -1;
      const end = close === -1 ? html.length : close;
      const raw = html.slice(tagEnd, end);
      tags.push({
        name,
        attrs,
        text: name === 'title' || name === 'textarea' ? decodeEntities(raw) : raw,
        offset: lt,
      });
      const closeEnd = close === -1 ? html.length : html.indexOf('>', close);
      i = closeEnd === -1 ? html.length : closeEnd + 1;
    } else {
      tags.push({ name, attrs, offset: lt });
      i = tagEnd;
    }
  }
  return tags;
}
