/**
 * A key's text as marked parts (Segments), for sentences that carry marked values: apart from provenance.ts,
 * which the islands' first view loads, so that only code that words such sentences loads this.
 */
import type { Marked, Segments } from './provenance.ts';
import { fillParts } from '../text/fill-parts.ts';
import type { TextKey, Translate } from '../text/translate.ts';

/** A key's text in parts, its placeholders filled with text, marked values or parts of their own. */
export function segmentsOf(
  t: Translate,
  key: TextKey,
  params: Readonly<Record<string, string | Marked | Segments>>,
): Segments {
  const wrapped: Record<string, string | Marked | { parts: Segments }> = {};
  for (const [name, value] of Object.entries(params))
    wrapped[name] = Array.isArray(value) ? { parts: value as Segments } : (value as string | Marked);
  return fillParts(t.raw(key), wrapped).flatMap((p) =>
    typeof p === 'object' && 'parts' in p ? p.parts : [p],
  );
}
