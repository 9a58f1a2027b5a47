/**
 * Turns the JSON Schema of a zod content schema into Decap CMS form fields, so the form is generated from
 * the same schema the site and the content check read, never written a second time.
 */

/** The part of JSON Schema (draft 2020-12, as `z.toJSONSchema` writes it) the content schemas use. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: (string | number)[];
  const?: string | number | boolean;
  description?: string;
  default?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  format?: string;
}

/** A Decap CMS field, as config.yml writes it (only the keys this generator sets). */
export interface DecapField {
  name: string;
  label: string;
  widget: 'string' | 'number' | 'boolean' | 'select' | 'list' | 'object' | 'markdown';
  required?: boolean;
  hint?: string;
  default?: unknown;
  options?: string[];
  multiple?: boolean;
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  /** A list of plain values (strings): one field for every item. */
  field?: DecapField;
  /** A list of objects, or the parts of an object. */
  fields?: DecapField[];
  /** A list whose items are objects of several kinds, told apart by `typeKey`. */
  types?: DecapType[];
  typeKey?: string;
  summary?: string;
  collapsed?: boolean;
}

/** One item kind of a typed list: Decap's `types` entry. */
export interface DecapType {
  name: string;
  label: string;
  widget: 'object';
  summary?: string;
  fields: DecapField[];
}

/**
 * Descriptions of schema fields by path: `[]` for a list item, `[revenue]` for an item of that kind, e.g.
 * "regions[].note", "requirements.principal.integrate[revenue].amount".
 */
export type FieldHints = ReadonlyMap<string, string>;

/** A field name as a label: "periodMonths" reads "Period months". */
export function labelOf(name: string): string {
  const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The branch of `anyOf` a form can edit: dates are "a string or a YAML date", and a form writes the string. */
function editable(schema: JsonSchema): JsonSchema {
  if (schema.anyOf) {
    const typed = schema.anyOf.find((s) => s.type !== undefined);
    const description = schema.description ?? typed?.description;
    if (typed) return description === undefined ? typed : { ...typed, description };
  }
  return schema;
}

/** The discriminant of a `oneOf` whose branches are objects with a constant property, e.g. "kind". */
function discriminant(options: readonly JsonSchema[]): string | undefined {
  const [first] = options;
  if (!first?.properties) return undefined;
  return Object.keys(first.properties).find((key) =>
    options.every((o) => o.properties?.[key]?.const !== undefined),
  );
}

function hintFor(schema: JsonSchema, path: string, hints: FieldHints): string | undefined {
  return hints.get(path) ?? schema.description;
}

/**
 * The Decap field for one property. Throws on a schema shape it cannot edit, so a new kind of field is
 * noticed when the admin is built, not by an editor who finds it missing from the form.
 */
export function fieldFor(
  name: string,
  raw: JsonSchema,
  required: boolean,
  path: string,
  hints: FieldHints = new Map(),
): DecapField {
  const schema = editable(raw);
  const common: DecapField = { name, label: labelOf(name), widget: 'string', required };
  const hint = hintFor(schema, path, hints);
  if (hint) common.hint = hint;
  if (schema.default !== undefined && typeof schema.default !== 'object') common.default = schema.default;

  if (schema.enum) return { ...common, widget: 'select', options: schema.enum.map(String) };
  switch (schema.type) {
    // Patterns and lengths are left to the content check, whose messages say what to write instead.
    case 'string':
      return common;
    case 'integer':
    case 'number': {
      const field: DecapField = {
        ...common,
        widget: 'number',
        value_type: schema.type === 'integer' ? 'int' : 'float',
      };
      if (schema.minimum !== undefined) field.min = schema.minimum;
      if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER)
        field.max = schema.maximum;
      return field;
    }
    case 'boolean':
      return { ...common, widget: 'boolean' };
    case 'object': {
      if (!schema.properties)
        throw new Error(`${path}: no form field for an object without named fields yet`);
      const fields = fieldsFor(schema, path, hints);
      // Decap checks the required fields of an object even when the object itself is left out, so inside
      // an optional object (a competency's designation) nothing is required; the content check says what is.
      return { ...common, widget: 'object', fields: required ? fields : fields.map(optional) };
    }
    case 'array':
      return listFor(common, schema, path, hints);
  }
  throw new Error(`${path}: no form field for this schema yet: ${JSON.stringify(raw)}`);
}

/** The field with nothing in it required. */
function optional(field: DecapField): DecapField {
  const out: DecapField = { ...field, required: false };
  if (field.fields) out.fields = field.fields.map(optional);
  return out;
}

function listFor(common: DecapField, schema: JsonSchema, path: string, hints: FieldHints): DecapField {
  const items = schema.items ? editable(schema.items) : undefined;
  const itemPath = `${path}[]`;
  if (items?.enum) {
    return { ...common, widget: 'select', multiple: true, options: items.enum.map(String) };
  }
  if (items?.oneOf) {
    const key = discriminant(items.oneOf);
    if (key === undefined) throw new Error(`${path}: a list of alternatives needs a discriminant`);
    const types = items.oneOf.map((option): DecapType => {
      const name = String(option.properties?.[key]?.const);
      const rest: JsonSchema = { ...option, properties: { ...option.properties } };
      delete rest.properties?.[key];
      return {
        name,
        label: labelOf(name),
        widget: 'object',
        summary: `{{fields.label}} (${name})`,
        fields: fieldsFor(rest, `${path}[${name}]`, hints),
      };
    });
    return { ...common, widget: 'list', typeKey: key, types, collapsed: true };
  }
  if (items?.type === 'object') {
    return { ...common, widget: 'list', fields: fieldsFor(items, itemPath, hints) };
  }
  if (items) {
    const field = fieldFor('item', items, true, itemPath, hints);
    delete field.required;
    return { ...common, widget: 'list', field: { ...field, label: common.label } };
  }
  throw new Error(`${path}: a list needs an item schema`);
}

/** The fields of an object schema, in the schema's key order. */
export function fieldsFor(schema: JsonSchema, path = '', hints: FieldHints = new Map()): DecapField[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([name, property]) =>
    fieldFor(name, property, required.has(name), path === '' ? name : `${path}.${name}`, hints),
  );
}

/**
 * The defaults of a form's fields, by field name, nested as the fields are: what a field left out of a file
 * means (`status: active`), so the form shows it as that value and a save does not write it.
 */
export function defaultsOf(fields: readonly DecapField[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (field.default !== undefined) out[field.name] = field.default;
    else if (field.widget === 'object' && field.fields) {
      const nested = defaultsOf(field.fields);
      if (Object.keys(nested).length > 0) out[field.name] = nested;
    }
  }
  return out;
}

/** The parts of a field path as the check writes it: "requirements.expert.integrate[2].amount". */
function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
}

/**
 * A field of the check's messages named as the form shows it: "Requirements › Expert › Integrate › Archiving
 * revenue (revenue) › Amount". A list item is named by its summary in the form (the requirement's label and
 * kind), else by its first text, else by its position.
 */
export function formLabel(path: string, data: unknown): string {
  if (path === 'frontmatter' || path === 'file') return 'The whole entry';
  if (path === 'body') return labelOf('body');
  const names: string[] = [];
  let node: unknown = data;
  for (const segment of pathSegments(path)) {
    const value: unknown =
      Array.isArray(node) || isObject(node) ? (node as Record<string, unknown>)[segment] : undefined;
    if (typeof segment === 'string') names.push(labelOf(segment));
    else if (isObject(value) && typeof value['label'] === 'string' && typeof value['kind'] === 'string')
      names.push(`${value['label']} (${value['kind']})`);
    else {
      const text = isObject(value) ? Object.values(value).find((v) => typeof v === 'string') : value;
      names.push(typeof text === 'string' && text !== '' ? text : `item ${segment + 1}`);
    }
    node = value;
  }
  return names.join(' › ');
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
