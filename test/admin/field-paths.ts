/**
 * Field paths on both sides of the form, written the same way ("regions[].note",
 * "requirements.expert.resell[revenue].amount"), for the schema/form sync test.
 */
import type { DecapField, JsonSchema } from '../../src/admin/form-fields.ts';

const join = (path: string, name: string) => (path === '' ? name : `${path}.${name}`);

/** Every field a JSON Schema names; a list of alternatives contributes each alternative's fields. */
export function schemaPaths(schema: JsonSchema, path = ''): string[] {
  const out: string[] = [];
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    const key = join(path, name);
    out.push(key);
    const node = property.anyOf?.find((s) => s.type !== undefined) ?? property;
    if (node.type === 'object') out.push(...schemaPaths(node, key));
    const items = node.items;
    if (items?.type === 'object') out.push(...schemaPaths(items, `${key}[]`));
    for (const option of items?.oneOf ?? []) {
      const [kindKey, kind] =
        Object.entries(option.properties ?? {}).find(([, p]) => p.const !== undefined) ?? [];
      out.push(`${key}[${String(kind?.const)}].${kindKey}`);
      out.push(
        ...schemaPaths(option, `${key}[${String(kind?.const)}]`).filter((p) => !p.endsWith(`].${kindKey}`)),
      );
    }
  }
  return out.sort();
}

/** Every field a Decap form has, the typed lists' type key included (Decap adds it to each item). */
export function formPaths(fields: readonly DecapField[], path = ''): string[] {
  const out: string[] = [];
  for (const field of fields) {
    const key = join(path, field.name);
    out.push(key);
    if (field.widget === 'object') out.push(...formPaths(field.fields ?? [], key));
    if (field.widget === 'list' && field.fields) out.push(...formPaths(field.fields, `${key}[]`));
    for (const type of field.types ?? []) {
      out.push(`${key}[${type.name}].${field.typeKey ?? 'type'}`);
      out.push(...formPaths(type.fields, `${key}[${type.name}]`));
    }
  }
  return out.sort();
}
