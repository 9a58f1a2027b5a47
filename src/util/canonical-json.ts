/** A JSON value with object keys in a fixed order, so equal data always serialises to equal text. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Copies plain data into JSON form with object keys sorted; undefined fields are dropped, as JSON drops them. */
export function canonicalize(value: unknown): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => canonicalize(item ?? null));
  if (typeof value === 'object') {
    const out: { [key: string]: JsonValue } = {};
    for (const key of Object.keys(value).sort()) {
      const field = (value as Record<string, unknown>)[key];
      if (field === undefined) continue;
      // Defined, not assigned: a "__proto__" key parsed from a file stays a key instead of setting the prototype.
      if (key === '__proto__')
        Object.defineProperty(out, key, { value: canonicalize(field), enumerable: true, writable: true });
      else out[key] = canonicalize(field);
    }
    return out;
  }
  return null;
}

/** Serialises plain data as canonical JSON: sorted keys, no whitespace. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalize(value));
}
