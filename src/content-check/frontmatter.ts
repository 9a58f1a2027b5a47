import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  visit,
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
 * Astro's own frontmatter reading (`parseYaml` in @astrojs/internal-helpers: the yaml library, core schema,
 * timestamps, `<<` merges; a repeated key is an error), plus the plain error messages the check positions itself.
 */
const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  customTags: ['timestamp'],
  merge: true,
  schema: 'core',
  uniqueKeys: true,
  prettyErrors: false,
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
 * that pass the same text, so treat it (and its data) as read-only. The data is what Astro would read;
 * errors and fields are positioned in the whole file.
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

  // One document gives the data, the syntax errors and the position of every field.
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
    const document = documentOf();
    if (document.errors.length > 0) {
      errors = document.errors.map((e) => ({
        message: e.message.split('\n')[0] ?? e.message,
        position: toPosition(e.pos[0]),
      }));
    } else {
      try {
        // A document of only comments is null, as Astro reads it; empty frontmatter has no value at all.
        data = document.toJS({ maxAliasCount: -1 }) ?? null;
      } catch (error) {
        // An alias without its anchor is found only here; point at the first such alias.
        const message = error instanceof Error ? error.message : String(error);
        errors = [{ message, position: toPosition(unresolvedAliasOffset(document) ?? 0) }];
      }
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

/** Where the first alias whose anchor is not set before it starts, if any. */
function unresolvedAliasOffset(document: Document.Parsed): number | undefined {
  const anchors = new Set<string>();
  let offset: number | undefined;
  visit(document, (_key, node) => {
    if (isAlias(node)) {
      if (!anchors.has(node.source)) {
        offset = node.range?.[0];
        return visit.BREAK;
      }
    } else if ((isScalar(node) || isMap(node) || isSeq(node)) && node.anchor) {
      anchors.add(node.anchor);
    }
    return undefined;
  });
  return offset;
}
