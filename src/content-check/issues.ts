import { z } from 'astro/zod';
import { isoDay } from '../util/dates.ts';
import { isRecord } from '../util/is-record.ts';
import { closest, didYouMean } from './suggest.ts';

type Path = readonly PropertyKey[];
type Issue = z.core.$ZodIssue;

/** A good value for each field, shown after "e.g." when a message has no example of its own. */
export const FIELD_EXAMPLES: Readonly<Record<string, string>> = {
  title: '"Archiving"',
  summary: '"For partners who keep mailboxes lean by archiving old content."',
  group: 'security',
  kind: 'competency',
  order: '10',
  status: 'active',
  businessModels: '[integrate, resell]',
  regions: '- id: emea',
  id: 'sales-training',
  label: '"Customer references"',
  evidence: '"Signed reference letters"',
  help: '"Count customers who agreed to take a call."',
  weight: '1',
  provenance: '{ threshold: illustrative, evidence: illustrative }',
  courses: '[Archiving Sales Foundations]',
  exam: '"Archiving Technical Specialist"',
  people: '2',
  amount: '150000',
  currency: 'USD',
  periodMonths: '12',
  percent: '10',
  count: '3',
  threshold: '8',
  scale: '{ min: 0, max: 10, name: Customer survey }',
  min: '0',
  max: '10',
  name: '"Customer satisfaction survey"',
  version: '"1.1"',
  effective: '2026-01-15',
  date: '2026-01-15',
  history: '- version: "1.0"',
  expertIncludesPrincipal: 'true',
  waives: '[revenue]',
  until: '"the launch of the next program"',
  businessModel: 'integrate',
  short: '"EMEA"',
  rank: '1',
  needs: '{ principal: 1, expert: 0 }',
  principal: '1',
  expert: '1',
  benefits: '[Partner discounts]',
  note: '"Resell only until 2027"',
};

/** The value at a path inside parsed YAML, or undefined when the path does not exist. */
export function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[segment];
  }
  return node;
}

/** Describes a YAML value the way an editor sees it: `"text"`, `3`, `a list`, `a map`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'object') return 'a map of fields';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return `a ${typeof value}`;
}

function lastKey(path: Path): string | undefined {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return undefined;
}

function example(path: Path): string {
  const key = lastKey(path);
  const sample = key === undefined ? undefined : FIELD_EXAMPLES[key];
  if (key === undefined || sample === undefined) return '';
  // Written as the YAML line an editor would type; list items already carry their own "- ".
  return sample.startsWith('- ') ? `, e.g. ${sample}` : `, e.g. ${key}: ${sample}`;
}

/** A schema's own message, with an example of a good value added when it has none. */
function withExample(message: string, path: Path): string {
  return message.includes('e.g.') ? message : `${message}${example(path)}`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of fields',
  date: 'a date',
};

// Zod's built-in messages start like this; the schemas' own messages start with "expected".
const isBuiltIn = (message: string) => !/^expected\b/.test(message);

/** Turns one zod issue into a message for an editor: what was expected, an example, and what was found. */
export function describeIssue(issue: Issue, data: unknown): string {
  const found = valueAt(data, issue.path);
  const got = found === undefined ? '' : `; found ${describeValue(found)}`;
  const own = !isBuiltIn(issue.message);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.path.length === 0)
        return 'expected frontmatter fields between the "---" lines, e.g. title: Archiving';
      const expected = own
        ? withExample(issue.message, issue.path)
        : `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}${example(issue.path)}`;
      return found === undefined ? `missing; ${expected}` : `${expected}${got}`;
    }
    case 'too_small':
    case 'too_big': {
      // A message given to the type (z.int('expected a whole number')) also labels its range checks; say the bound instead.
      const aboutBound = /\b(least|most|above|below|more|fewer|less)\b/.test(issue.message);
      if (own && aboutBound) return `${withExample(issue.message, issue.path)}${got}`;
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'at least' : 'at most';
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      return `expected ${word} ${String(bound)}${unit}${example(issue.path)}${got}`;
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const hint = typeof found === 'string' ? closest(found, options) : undefined;
      const base = own ? issue.message : `expected one of: ${options.join(', ')}`;
      return `${base}${got}${hint ? `; ${didYouMean(hint)}` : ''}`;
    }
    case 'invalid_union': {
      const options =
        'options' in issue && Array.isArray(issue['options']) ? issue['options'].map(String) : [];
      const hint = typeof found === 'string' ? closest(found, options) : undefined;
      if (found === undefined && options.length > 0) return `missing; ${issue.message}`;
      return `${own ? issue.message : `expected another form of value${example(issue.path)}`}${got}${hint ? `; ${didYouMean(hint)}` : ''}`;
    }
    case 'invalid_format':
      return own
        ? `${withExample(issue.message, issue.path)}${got}`
        : `expected a valid ${issue.format}${example(issue.path)}${got}`;
    default:
      return own
        ? withExample(issue.message, issue.path)
        : `${issue.message.toLowerCase()}${example(issue.path)}`;
  }
}

/** A field in the data that the schema does not know, with the fields it does know there. */
export interface UnknownField {
  path: PropertyKey[];
  known: string[];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    if (
      current instanceof z.ZodOptional ||
      current instanceof z.ZodDefault ||
      current instanceof z.ZodNullable
    ) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else {
      return current;
    }
  }
}

// YAML gives dates as Date objects; they are values, not maps of fields.
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && !(value instanceof Date);

/**
 * Walks data alongside its schema and lists keys the schema does not define. Zod reports these only on
 * strict objects and silently drops them elsewhere, where a misspelt optional field would vanish unseen.
 */
export function findUnknownFields(
  schema: z.ZodType,
  data: unknown,
  path: PropertyKey[] = [],
): UnknownField[] {
  const type = unwrap(schema);
  const out: UnknownField[] = [];
  if (type instanceof z.ZodObject && isPlainObject(data)) {
    const shape = type.shape as Record<string, z.ZodType>;
    const known = Object.keys(shape);
    for (const [key, value] of Object.entries(data)) {
      const field = shape[key];
      if (field === undefined) out.push({ path: [...path, key], known });
      else out.push(...findUnknownFields(field, value, [...path, key]));
    }
  } else if (type instanceof z.ZodArray && Array.isArray(data)) {
    data.forEach((item, index) =>
      out.push(...findUnknownFields(type.element as z.ZodType, item, [...path, index])),
    );
  } else if (type instanceof z.ZodDiscriminatedUnion && isPlainObject(data)) {
    const key = String(type.def.discriminator);
    const option = (type.options as z.ZodType[]).find((candidate) => {
      const inner = unwrap(candidate);
      if (!(inner instanceof z.ZodObject)) return false;
      const literal = (inner.shape as Record<string, z.ZodType>)[key];
      return literal instanceof z.ZodLiteral && literal.values.has(data[key] as never);
    });
    if (option) out.push(...findUnknownFields(option, data, path));
  }
  return out;
}

/** The message for an unknown field: a "did you mean" when it looks like a typo, else the fields allowed there. */
export function describeUnknownField(field: UnknownField): string {
  const name = String(field.path[field.path.length - 1]);
  const hint = closest(name, field.known);
  if (hint) return `unknown field "${name}"; ${didYouMean(hint)}`;
  return `unknown field "${name}"; fields allowed here: ${field.known.join(', ')}`;
}
