/** Whether a value is an object with string keys: not null, not a list. Parsed JSON and YAML maps are. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
