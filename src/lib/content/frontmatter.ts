import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A 1-based position in a source file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Frontmatter split from an MDX file, with a way to find the line of any field. */
export interface ParsedFrontmatter {
  /** The YAML data, or undefined when the YAML could not be parsed. */
  data: unknown;
  /** YAML syntax errors, already positioned in the whole file. */
  errors: { message: string; position: SourcePosition }[];
  /** The body after the closing `---`. */
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
  /** Position of the deepest existing key or item on `path`; the `---` line when nothing matches. */
  positionOf(path: readonly PropertyKey[]): SourcePosition;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)/;

/** Splits and parses the frontmatter of an MDX source; never throws. */
export function parseFrontmatter(source: string): ParsedFrontmatter {
  const match = FENCE.exec(source);
  const yamlText = match?.[1] ?? '';
  // The YAML starts on line 2 (after the opening fence); positions are shifted by that line.
  const lineOffset = 1;
  const body = match ? source.slice(match[0].length) : source;
  const bodyLine = match ? match[0].split('\n').length : 1;
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toPosition = (offset: number): SourcePosition => {
    const { line, col } = counter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const errors = match
    ? doc.errors.map((e) => ({ message: e.message.split('\n')[0] ?? e.message, position: toPosition(e.pos[0]) }))
    : [{ message: 'expected frontmatter between two lines of "---" at the top of the file', position: { line: 1, column: 1 } }];

  return {
    data: errors.length === 0 ? doc.toJS() : undefined,
    errors,
    body,
    bodyLine,
    positionOf(path) {
      let node: unknown = doc.contents;
      let offset: number | undefined = (doc.contents as Node | null)?.range?.[0];
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
          if (!pair) break;
          offset = (pair.key as Node).range?.[0] ?? offset;
          node = pair.value;
        } else if (isSeq(node) && typeof segment === 'number') {
          const item = node.items[segment] as Node | undefined;
          if (!item) break;
          offset = item.range?.[0] ?? offset;
          node = item;
        } else {
          break;
        }
      }
      return offset === undefined ? { line: 1, column: 1 } : toPosition(offset);
    },
  };
}
