import { load as loadYaml, YAMLException } from 'js-yaml';
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type ParseOptions,
  type DocumentOptions,
  type SchemaOptions,
} from 'yaml';

/** A 1-based position in a source file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Frontmatter split from an MDX file, with a way to find the line of any field. */
export interface ParsedFrontmatter {
  /** The YAML data, or undefined when the YAML could not be parsed. */
  data: unknown;
  /** YAML errors, already positioned in the whole file; `advice` when the usual YAML advice does not fit. */
  errors: { message: string; position: SourcePosition; advice?: string }[];
  /** The body after the closing `---`. */
  body: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
  /** Position of the deepest existing key or item on `path`; the `---` line when nothing matches. */
  positionOf(path: readonly PropertyKey[]): SourcePosition;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)/;

/**
 * The yaml library's reading, for positions and syntax messages only (the data is js-yaml's): a repeated key
 * is an error, as it is for js-yaml, and `<<` merges.
 */
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  prettyErrors: false,
  uniqueKeys: true,
  merge: true,
};

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
 * that pass the same text, so treat it (and its data) as read-only. The data is what Astro would read
 * (js-yaml); errors and fields are positioned in the whole file.
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

  // The data comes from js-yaml, Astro's own frontmatter parser and about five times faster than building
  // the yaml library's document. That document, which knows where every node is, is built only when a
  // position is asked for: for a syntax error, or a field the check reports.
  const counter = new LineCounter();
  let doc: Document.Parsed | undefined;
  const documentOf = () => (doc ??= parseDocument(yamlText, { ...YAML_OPTIONS, lineCounter: counter }));
  const toPosition = (offset: number): SourcePosition => {
    const { line, col } = counter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };

  const positionOf = (path: readonly PropertyKey[]): SourcePosition => {
    const document = documentOf();
    let node: unknown = document.contents;
    let offset: number | undefined = (document.contents as Node | null)?.range?.[0];
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
  } else if (yamlText.trim() !== '') {
    try {
      // A document of only comments is null, as Astro reads it; empty frontmatter has no value at all.
      data = loadYaml(yamlText) ?? null;
    } catch (error) {
      if (!(error instanceof YAMLException)) throw error;
      errors = syntaxErrors(error, documentOf(), toPosition, lineOffset);
    }
    const problem = errors.length === 0 ? shapeProblem(data) : null;
    if (problem) errors = [{ ...problem, position: positionOf(problem.path) }];
  }

  return { data: errors.length === 0 ? data : undefined, errors, body, bodyLine, positionOf };
}

// Aliases (`&name` ... `*name`) make one value appear in several places. A value that contains itself never
// ends, and a few nested aliases can stand for billions of values: either would hang or crash whatever walks
// the data next (the check's rules, the schema, the build). Real frontmatter holds a few thousand values.
const MAX_VALUES = 100_000;
const MAX_DEPTH = 64;

/** Where the data stops being a finite, reasonably sized tree, and why; null when it is one. */
function shapeProblem(data: unknown): { path: PropertyKey[]; message: string; advice: string } | null {
  const path: PropertyKey[] = [];
  const ancestors = new Set<object>();
  let values = 0;
  const visit = (value: unknown): string | null => {
    if (++values > MAX_VALUES)
      return `the aliases (*) here repeat values until the frontmatter holds more than ${MAX_VALUES.toLocaleString('en')}`;
    if (value === null || typeof value !== 'object' || value instanceof Date) return null;
    if (ancestors.has(value))
      return 'this alias (*) refers to a value it is part of, so the value never ends';
    if (path.length >= MAX_DEPTH) return `the values nest more than ${MAX_DEPTH} levels deep`;
    ancestors.add(value);
    const entries: [PropertyKey, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    for (const [key, child] of entries) {
      path.push(key);
      const problem = visit(child);
      if (problem) return problem;
      path.pop();
    }
    ancestors.delete(value);
    return null;
  };
  const message = visit(data);
  return message === null ? null : { path: [...path], message, advice: 'write the values out instead' };
}

/**
 * The errors of YAML that js-yaml refused, in the yaml library's words and places, which name the problem
 * more plainly; js-yaml's own when the yaml library accepts the text (the two disagree on a few rare forms,
 * and the data must be what Astro would read).
 */
function syntaxErrors(
  error: YAMLException,
  document: Document.Parsed,
  toPosition: (offset: number) => SourcePosition,
  lineOffset: number,
): ParsedFrontmatter['errors'] {
  if (document.errors.length > 0) {
    return document.errors.map((e) => ({
      message: e.message.split('\n')[0] ?? e.message,
      position: toPosition(e.pos[0]),
    }));
  }
  const { mark } = error as YAMLException & { mark?: { line: number; column: number } };
  return [
    {
      message: error.reason || (error.message.split('\n')[0] ?? error.message),
      position: mark ? { line: mark.line + 1 + lineOffset, column: mark.column + 1 } : { line: 1, column: 1 },
    },
  ];
}
