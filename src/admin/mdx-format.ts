/**
 * Reads and writes content files for the form: YAML frontmatter between two `---` lines, then the MDX body.
 * Decap's own frontmatter writer rebuilds the YAML from the form's values, which reorders keys and drops
 * comments; this one merges the edited values into the file's own YAML document instead, so a save changes
 * exactly the lines whose values changed.
 */
import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';

/**
 * Where the file's text rides along with the form's values between reading and writing. Decap keeps keys it
 * has no field for, and the writer needs the original text to merge into.
 */
export const SOURCE_KEY = '__source';

/** The field that holds the body (Decap's name for it). */
export const BODY_KEY = 'body';

const FENCE = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

// The content files write flow lists as `[integrate, resell]` and never fold long lines.
const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false } as const;

type Data = Record<string, unknown>;

/** The parts of an MDX file: the YAML text (with its trailing newline) and the body. */
export function splitMdx(source: string): { yaml: string; body: string } {
  const match = FENCE.exec(source);
  if (!match) return { yaml: '', body: source };
  const yaml = match[1] ?? '';
  return {
    yaml: yaml === '' || yaml.endsWith('\n') ? yaml : `${yaml}\n`,
    body: source.slice(match[0].length),
  };
}

/**
 * The form's values of a file: the frontmatter's fields, the body, and the file's text to merge into later.
 * A field the file leaves out shows its default (`defaults`, as defaultsOf() in form-fields.ts gives them).
 */
export function fromFile(source: string, defaults: Data = {}): Data {
  const { yaml, body } = splitMdx(source);
  const data = (parseDocument(yaml).toJS() ?? {}) as Data;
  return { ...withDefaults(data, defaults), [BODY_KEY]: body, [SOURCE_KEY]: source };
}

const isRecord = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The values with each field they leave out set to its default, inside the maps they do have. */
function withDefaults(data: Data, defaults: Data): Data {
  const out: Data = { ...data };
  for (const [key, value] of Object.entries(defaults)) {
    if (isRecord(value)) {
      const inner = out[key];
      if (isRecord(inner)) out[key] = withDefaults(inner, value);
    } else if (out[key] === undefined) out[key] = value;
  }
  return out;
}

/** A value a form leaves behind in a field the editor never filled: nothing to write. */
const isBlank = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  value === '' ||
  (Array.isArray(value) && value.length === 0) ||
  (isRecord(value) && Object.values(value).every(isBlank));

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set(
      [...Object.keys(a), ...Object.keys(b)].filter((k) => !isBlank(a[k]) || !isBlank(b[k])),
    );
    return [...keys].every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

/**
 * The frontmatter a form's values stand for: without the body and the file's text, and without the empty
 * values a form leaves in fields nobody filled (an empty optional note is no note).
 */
export function frontmatterOf(data: Data): Data {
  const { [BODY_KEY]: _body, [SOURCE_KEY]: _source, ...values } = data;
  return prune(values) as Data;
}

function prune(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(prune);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => !isBlank(v))
      .map(([k, v]) => [k, prune(v)]),
  );
}

/**
 * Writes `next` into the document at `path`, touching only the nodes whose value differs from `before`. A
 * field the file left out stays out while it holds its default (from `defaults`, the map's own defaults).
 */
function merge(
  doc: Document,
  path: (string | number)[],
  before: unknown,
  next: unknown,
  defaults: unknown = {},
): void {
  if (sameValue(before, next)) return;
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (isRecord(before) && isRecord(next) && isMap(node)) {
    for (const key of Object.keys(before)) {
      if (isBlank(next[key]) && !isBlank(before[key])) doc.deleteIn([...path, key]);
    }
    const ownDefaults = isRecord(defaults) ? defaults : {};
    for (const [key, value] of Object.entries(next)) {
      if (isBlank(value)) continue;
      if (key in before) merge(doc, [...path, key], before[key], value, ownDefaults[key]);
      else if (!sameValue(value, ownDefaults[key])) doc.setIn([...path, key], doc.createNode(prune(value)));
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(next) && isSeq(node)) {
    next.forEach((value, i) => {
      if (i < before.length) merge(doc, [...path, i], before[i], value);
      else node.items.push(doc.createNode(prune(value)));
    });
    node.items.splice(next.length);
    return;
  }
  if (isScalar(node) && !isRecord(next) && !Array.isArray(next)) {
    // Changing the scalar in place keeps its quoting and the comment beside it.
    node.value = next;
    return;
  }
  doc.setIn(path, doc.createNode(prune(next)));
}

/**
 * The file text for the form's values: the original file with only the changed values rewritten, or, for a
 * new file, the values in form order. The body is written as edited.
 */
export function toFile(data: Data, defaults: Data = {}): string {
  const { [BODY_KEY]: body, [SOURCE_KEY]: source, ...values } = data;
  const text = typeof body === 'string' ? body : '';
  const original = typeof source === 'string' ? splitMdx(source) : { yaml: '', body: '' };
  const parsed = parseDocument(original.yaml);
  const doc: Document = isMap(parsed.contents) ? parsed : new Document(prune(values));
  if (doc === parsed) merge(doc, [], (parsed.toJS() ?? {}) as Data, values, defaults);
  // The Markdown editor trims the blank lines around the body; an unchanged body keeps the file's own.
  const unchanged = typeof source === 'string' && text.trim() === original.body.trim();
  const bodyText = unchanged ? original.body : `${/^\s*/.exec(original.body)?.[0] ?? ''}${text.trimStart()}`;
  return `---\n${keepFormatting(original.yaml, doc.toString(STRINGIFY))}---\n${bodyText}`;
}

/**
 * The merged YAML with every line the merge did not change taken from the original text. The YAML writer
 * has one style for everything (`{min: 0}`, never `{ min: 0 }`); the files mix styles, and an unchanged
 * line must stay byte for byte what it was.
 */
export function keepFormatting(original: string, merged: string): string {
  const rewritten = parseDocument(original).toString(STRINGIFY);
  const ours = original.split('\n');
  const before = rewritten.split('\n');
  const after = merged.split('\n');
  // Without a line-for-line match between the file and its rewrite, lines cannot be mapped back.
  if (original === '' || before.length !== ours.length) return merged;
  // Longest common subsequence of the rewritten original and the merged text, by lines.
  const n = before.length;
  const m = after.length;
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] =
        before[i] === after[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (j < m) {
    if (i < n && before[i] === after[j]) {
      out.push(ours[i]!);
      i++;
      j++;
    } else if (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!) {
      i++;
    } else {
      out.push(after[j]!);
      j++;
    }
  }
  return out.join('\n');
}

/**
 * The file with one frontmatter value set at `path` (created or replaced) and every other line as it was, for
 * tools that write a field of their own, such as `npm run content:lock` writing a history entry's effects.
 */
export function setFrontmatterValue(source: string, path: (string | number)[], value: unknown): string {
  const { yaml, body } = splitMdx(source);
  const doc = parseDocument(yaml);
  doc.setIn(path, doc.createNode(value));
  return `---\n${keepFormatting(yaml, doc.toString(STRINGIFY))}---\n${body}`;
}
