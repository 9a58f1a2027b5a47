import { load } from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

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

/** The YAML error js-yaml throws, with the position it reports (0-based). */
function markOf(error: unknown): { line: number; column: number } | undefined {
  if (typeof error !== 'object' || error === null || !('mark' in error)) return undefined;
  const mark = (error as { mark?: { line?: unknown; column?: unknown } }).mark;
  return typeof mark?.line === 'number' && typeof mark.column === 'number'
    ? { line: mark.line, column: mark.column }
    : undefined;
}

// The build parses every file twice, once in the content check and once in the content loader; the same
// text gives the same result, so the second parse is a lookup. The two load this module separately (the
// integration with Node, the loader through Vite), hence one cache on globalThis. Bounded so a long dev
// session cannot grow it.
const CACHE_KEY = Symbol.for('competency-catalogue.parsed-frontmatter');
const cacheHolder = globalThis as { [CACHE_KEY]?: Map<string, ParsedFrontmatter> };
const parsedBySource = (cacheHolder[CACHE_KEY] ??= new Map<string, ParsedFrontmatter>());
const MAX_CACHED = 5_000;

/**
 * Splits and parses the frontmatter of an MDX source; never throws. The result is shared between callers
 * that pass the same text, so treat it (and its data) as read-only. The data comes from js-yaml, the parser
 * Astro reads frontmatter with, so the check sees exactly what the build sees (and it is much faster). The
 * positioned YAML document is only built when a position or an error message is needed.
 */
export function parseFrontmatter(source: string): ParsedFrontmatter {
  let parsed = parsedBySource.get(source);
  if (parsed === undefined) {
    if (parsedBySource.size >= MAX_CACHED) parsedBySource.clear();
    parsed = parse(source);
    parsedBySource.set(source, parsed);
  }
  return parsed;
}

function parse(source: string): ParsedFrontmatter {
  const match = FENCE.exec(source);
  const yamlText = match?.[1] ?? '';
  // The YAML starts on line 2 (after the opening fence); positions are shifted by that line.
  const lineOffset = 1;
  const body = match ? source.slice(match[0].length) : source;
  const bodyLine = match ? match[0].split('\n').length : 1;

  let parsed: { doc: Document; counter: LineCounter } | undefined;
  const document = () => {
    if (!parsed) {
      const counter = new LineCounter();
      const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
      parsed = { doc, counter };
    }
    return parsed;
  };
  const toPosition = (offset: number): SourcePosition => {
    const { line, col } = document().counter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };

  let data: unknown;
  let errors: ParsedFrontmatter['errors'] = [];
  if (!match) {
    errors = [
      {
        message: 'expected frontmatter between two lines of "---" at the top of the file',
        position: { line: 1, column: 1 },
      },
    ];
  } else {
    try {
      data = load(yamlText);
    } catch (error) {
      // The yaml library words errors better and finds all of them; js-yaml stops at the first.
      errors = document().doc.errors.map((e) => ({
        message: e.message.split('\n')[0] ?? e.message,
        position: toPosition(e.pos[0]),
      }));
      if (errors.length === 0) {
        const mark = markOf(error);
        const reason =
          error instanceof Error ? (error.message.split('\n')[0] ?? error.message) : String(error);
        errors = [
          {
            message: reason,
            position: mark
              ? { line: mark.line + 1 + lineOffset, column: mark.column + 1 }
              : { line: 1, column: 1 },
          },
        ];
      }
    }
  }

  return {
    data: errors.length === 0 ? data : undefined,
    errors,
    body,
    bodyLine,
    positionOf(path) {
      const { doc } = document();
      let node: unknown = doc.contents;
      let offset: number | undefined = (doc.contents as Node | null)?.range?.[0];
      for (const segment of path) {
        if (isMap(node)) {
          const pair = node.items.find(
            (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
          );
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
