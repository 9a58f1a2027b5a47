/**
 * Finds illustrative values shown without their mark. The values come from the content model (every field
 * whose provenance is illustrative); each is looked for in the rendered text of a page's main content, and
 * every place it appears must lie inside an element carrying `data-illustrative`.
 */
import { decodeEntities } from '../../../src/util/html-entities.ts';

/** A value of the content whose provenance is illustrative, as text a page would show. */
export interface Needle {
  /** The text as rendered, e.g. "USD 50,000". Matched case-insensitively, whitespace collapsed. */
  text: string;
  /** What the value is, for messages, e.g. "archiving: revenue threshold". */
  what: string;
  /** Only pages whose dist-relative file passes this are searched; all pages when left out. */
  onPage?: (file: string) => boolean;
}

/** The visible text of a fragment of HTML, one flag per character: true inside `data-illustrative`. */
export interface MarkedText {
  text: string;
  marked: boolean[];
  /** Offsets in `text` where a tag stood, so a value next to a tag counts as a whole word. */
  tagAt: Set<number>;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const SKIP = new Set(['script', 'style', 'template']);

/**
 * The text of `html` (whitespace collapsed to single spaces, entities decoded) with, for every character,
 * whether an enclosing element carries `data-illustrative`. Script and style content is left out.
 */
export function markedText(html: string): MarkedText {
  let text = '';
  const marked: boolean[] = [];
  const tagAt = new Set<number>();
  // Open elements: name and whether this one or an ancestor is marked.
  const stack: { name: string; marked: boolean }[] = [];
  const inMark = (): boolean => stack.at(-1)?.marked ?? false;
  const push = (chunk: string): void => {
    const flag = inMark();
    for (const ch of decodeEntities(chunk)) {
      const space = /\s/.test(ch);
      if (space && (text.endsWith(' ') || text === '')) continue;
      text += space ? ' ' : ch;
      marked.push(flag);
    }
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    push(html.slice(i, lt === -1 ? html.length : lt));
    if (lt === -1) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    tagAt.add(text.length);
    const gt = findTagEnd(html, lt);
    const tag = html.slice(lt, gt + 1);
    i = gt + 1;
    const close = /^<\/([a-z][\w-]*)/i.exec(tag);
    if (close) {
      const name = close[1]!.toLowerCase();
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at !== -1) stack.length = at;
      continue;
    }
    const open = /^<([a-z][\w-]*)/i.exec(tag);
    if (!open) continue;
    const name = open[1]!.toLowerCase();
    if (SKIP.has(name)) {
      const end = html.toLowerCase().indexOf(`</${name}`, i);
      i = end === -1 ? html.length : findTagEnd(html, end) + 1;
      continue;
    }
    if (VOID.has(name) || tag.endsWith('/>')) continue;
    stack.push({ name, marked: inMark() || /\sdata-illustrative(?=[\s=>/])/i.test(tag) });
  }
  return { text, marked, tagAt };
}

/** The index of the `>` closing the tag that starts at `lt`, skipping quoted attribute values. */
function findTagEnd(html: string, lt: number): number {
  let quote: string | null = null;
  for (let j = lt + 1; j < html.length; j++) {
    const ch = html[j];
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '>') return j;
  }
  return html.length - 1;
}

/** The `<main>` element of a page, or "" when it has none. */
export function mainContent(html: string): string {
  const start = html.search(/<main[\s>]/i);
  if (start === -1) return '';
  const end = html.lastIndexOf('</main>');
  return html.slice(start, end === -1 ? html.length : end + 7);
}

const WORD = /[\w]/;

/** How many times `needle` appears in `page` with at least one character outside a marked element. */
export function unmarkedCount(page: MarkedText, needle: string): number {
  const hay = page.text.toLowerCase();
  const want = needle.replace(/\s+/g, ' ').trim().toLowerCase();
  if (want === '') return 0;
  let count = 0;
  for (let at = hay.indexOf(want); at !== -1; at = hay.indexOf(want, at + 1)) {
    // "10%" must not match inside "110%", nor "USD 5,000" inside "USD 5,000,000".
    const end = at + want.length;
    if (!page.tagAt.has(at) && WORD.test(hay[at - 1] ?? '') && WORD.test(want[0] ?? '')) continue;
    if (!page.tagAt.has(end) && WORD.test(hay[end] ?? '') && WORD.test(want.at(-1) ?? '')) continue;
    if (!page.tagAt.has(end) && /^[.,]\d/.test(hay.slice(end, end + 2))) continue;
    if (page.marked.slice(at, at + want.length).some((m) => !m)) count++;
  }
  return count;
}

/** For each page, how many illustrative values it shows without their mark, by value; pages with none left out. */
export function unmarkedByPage(
  pages: ReadonlyMap<string, string>,
  needles: readonly Needle[],
  extract: (html: string) => string = mainContent,
): Record<string, Record<string, number>> {
  const report: Record<string, Record<string, number>> = {};
  for (const [file, html] of pages) {
    const text = markedText(extract(html));
    for (const needle of needles) {
      if (needle.onPage && !needle.onPage(file)) continue;
      const n = unmarkedCount(text, needle.text);
      if (n === 0) continue;
      const entry = (report[file] ??= {});
      const key = `${needle.what}: "${needle.text}"`;
      entry[key] = (entry[key] ?? 0) + n;
    }
  }
  return report;
}

/** The total of a report, per page, e.g. { "competencies/archiving/index.html": 42 }. */
export function countsPerPage(report: Record<string, Record<string, number>>): Record<string, number> {
  return Object.fromEntries(
    Object.entries(report).map(([file, values]) => [file, Object.values(values).reduce((a, b) => a + b, 0)]),
  );
}
