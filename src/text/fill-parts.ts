import { PLACEHOLDER } from './fill.ts';

/**
 * A text split at its placeholders and filled: strings and numbers join the text around them, any other value
 * (a marked value, say) stays a part of its own, so a view can render it with its mark.
 */
export function fillParts<T extends object>(
  text: string,
  params: Readonly<Record<string, string | number | T>>,
): (string | T)[] {
  const parts: (string | T)[] = [];
  text.split(PLACEHOLDER).forEach((piece, i) => {
    const value = i % 2 === 1 ? params[piece] : piece;
    if (value === undefined) throw new Error(`No value for {${piece}} in "${text}"`);
    const last = parts.length - 1;
    if (typeof value === 'object') parts.push(value);
    else if (typeof parts[last] === 'string') parts[last] += String(value);
    else if (value !== '') parts.push(String(value));
  });
  return parts;
}
